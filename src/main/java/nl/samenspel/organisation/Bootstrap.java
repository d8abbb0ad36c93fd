package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.Role;

/**
 * How a real installation gets its first organisation and ADMIN, without demo data: start once with
 * {@code samenspel.bootstrap.organisation}, {@code samenspel.bootstrap.admin-username} and
 * {@code samenspel.bootstrap.admin-email}. If no organisation of that name exists yet, it is created with an invited
 * ADMIN, who gets the activation link by e-mail, valid for 24 hours (the operator finds it in the log when no SMTP
 * server is configured). Set {@code samenspel.bootstrap.admin-password} as well (from the environment,
 * {@code SAMENSPEL_BOOTSTRAP_ADMIN_PASSWORD}, or {@code -Dsamenspel.bootstrap.admin-password=...}) and the ADMIN is
 * created active with that password instead, and no link exists at all; a password the policy refuses stops the
 * start before anything is created. Remove it from the environment after the first start.
 * Starting again with the same settings changes nothing, so the settings may stay; another name adds another organisation.
 */
@Component
@Order(1)
class Bootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	private final Organisations organisations;
	private final UserAccounts users;
	private final InvitationManagement invitations;
	private final PasswordManagement passwords;
	private final Clock clock;
	private final String organisationName;
	private final String region;
	private final String username;
	private final String email;
	private final String password;

	Bootstrap(Organisations organisations, UserAccounts users, InvitationManagement invitations,
			PasswordManagement passwords, Clock clock,
			@Value("${samenspel.bootstrap.organisation:}") String organisationName,
			@Value("${samenspel.bootstrap.region:MIDDLE}") String region,
			@Value("${samenspel.bootstrap.admin-username:}") String username,
			@Value("${samenspel.bootstrap.admin-email:}") String email,
			@Value("${samenspel.bootstrap.admin-password:}") String password) {
		this.organisations = organisations;
		this.users = users;
		this.invitations = invitations;
		this.passwords = passwords;
		this.clock = clock;
		this.organisationName = organisationName.strip();
		this.region = region.strip().toUpperCase(Locale.ROOT);
		this.username = username.strip().toLowerCase(Locale.ROOT);
		this.email = email.strip();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (organisationName.isEmpty()) {
			return;
		}
		if (username.isEmpty() || email.isEmpty()) {
			throw new IllegalStateException("samenspel.bootstrap.organisation needs samenspel.bootstrap.admin-username "
					+ "and samenspel.bootstrap.admin-email");
		}
		if (organisations.findAll().stream().anyMatch(it -> it.getName().equalsIgnoreCase(organisationName))) {
			return;
		}
		if (users.findByUsername(username).isPresent()) {
			throw new IllegalStateException("samenspel.bootstrap.admin-username '" + username + "' is taken");
		}
		if (!password.isEmpty()) {
			passwords.problem(password, username, email, organisationName).ifPresent(problem -> {
				throw new IllegalStateException("samenspel.bootstrap.admin-password does not meet the password policy ("
						+ problem + "): 12 to 128 characters, not a common password, nothing of the user name, e-mail "
						+ "address or organisation name (docs/security.md)");
			});
		}
		var organisation = organisations.save(new Organisation(UUID.randomUUID(), organisationName,
				Region.valueOf(region), Instant.now(clock)));
		var details = new InvitationDetails(username, username, email, EnumSet.of(Role.ADMIN), "nl");
		if (password.isEmpty()) {
			invitations.inviteFirstAdmin(organisation.getId(), details);
			log.info("Created organisation '{}' with ADMIN '{}', who was invited by e-mail", organisationName, username);
		}
		else {
			invitations.createFirstAdmin(organisation.getId(), details, passwords.hash(password));
			log.info("Created organisation '{}' with ADMIN '{}', whose password was set from "
					+ "samenspel.bootstrap.admin-password", organisationName, username);
		}
	}
}
