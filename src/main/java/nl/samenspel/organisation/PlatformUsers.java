package nl.samenspel.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;

/**
 * What only the platform's operators may look up across organisations: a user by name and whether some organisation
 * works in a municipality, so that an operator can link a MUNICIPALITY user to the municipality whose figures they
 * read (the reporting module keeps that link). Every method refuses (403) anyone who is not a platform operator; an
 * organisation's ADMIN never reaches another organisation's users or figures this way.
 */
@Component
@Transactional(readOnly = true)
public class PlatformUsers {

	/** A user as an operator sees them: no e-mail, no personal data beyond the name they sign in with. */
	public record Found(UUID id, UUID organisationId, String username, Set<Role> roles, boolean active) {
	}

	private final UserAccounts accounts;
	private final PlatformOperators operators;
	private final JdbcClient jdbc;

	PlatformUsers(UserAccounts accounts, PlatformOperators operators, JdbcClient jdbc) {
		this.accounts = accounts;
		this.operators = operators;
		this.jdbc = jdbc;
	}

	public Optional<Found> byUsername(CurrentUser operator, String username) {
		operators.check(operator);
		return accounts.findByUsername(SearchTerm.of(username).toLowerCase(Locale.ROOT)).map(PlatformUsers::found);
	}

	/** The names of these users, for a list an operator reads; ids without a user are left out. */
	public Map<UUID, String> usernames(CurrentUser operator, Collection<UUID> ids) {
		operators.check(operator);
		return accounts.findAllById(List.copyOf(Set.copyOf(ids))).stream()
			.collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername, (a, b) -> a));
	}

	/** Whether some organisation works in the municipality with this CBS code ({@code GM0363}). */
	public boolean municipalityServed(CurrentUser operator, String code) {
		operators.check(operator);
		return jdbc.sql("select count(*) from municipality where code = :code and active = true").param("code", code)
			.query(Integer.class).single() > 0;
	}

	private static Found found(UserAccount account) {
		return new Found(account.getId(), account.getOrganisationId(), account.getUsername(), account.getRoles(),
				account.isActive());
	}
}
