package nl.samenspel.organisation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByIdAndOrganisationId(UUID id, UUID organisationId);

	java.util.List<UserAccount> findByOrganisationId(UUID organisationId);

	Page<UserAccount> findByOrganisationIdAndUsernameContainingIgnoreCase(UUID organisationId, String username,
			Pageable pageable);

	@Query("select * from app_user where lower(email) = lower(:email) and status = 'ACTIVE'")
	java.util.List<UserAccount> findActiveByEmail(String email);

	@Query("""
			select u.id from app_user u join app_user_role r on r.app_user_id = u.id
			where u.organisation_id = :organisationId and u.id <> :userId and u.status = 'ACTIVE' and r.role = 'ADMIN'
			for update""")
	java.util.List<UUID> lockOtherActiveAdmins(UUID organisationId, UUID userId);
}
