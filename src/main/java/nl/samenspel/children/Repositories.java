package nl.samenspel.children;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Children extends ListCrudRepository<Child, UUID> {

	Optional<Child> findByIdAndOrganisationId(UUID id, UUID organisationId);

	@Query("select c.* from child c join child_guardian g on g.child_id = c.id where g.guardian_id in (:guardians) and c.status <> 'ERASED' order by c.first_name")
	List<Child> findByGuardians(List<UUID> guardians);
}

interface Guardians extends ListCrudRepository<Guardian, UUID> {

	Optional<Guardian> findByIdAndOrganisationId(UUID id, UUID organisationId);

	List<Guardian> findByAppUserId(UUID appUserId);
}
