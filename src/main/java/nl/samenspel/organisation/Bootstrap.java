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
 * ADMIN, who gets the activation link by e-mail (the operator finds it in the log when no SMTP server is configured).
 * Starting again with the same settings changes nothing, so the settings may stay; another name adds another organisation.
 */
@Component
@Order(1)
class Bootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	private final Organisations organisations;
	private final UserAccounts users;
	private final InvitationManagement invitations;
	private final Clock clock;
	private final String organisationName;
	private final String region;
	private final String username;
	private final String email;

	Bootstrap(Organisations organisations, UserAccounts users, InvitationManagement invitations, Clock clock,
			@Value("${samenspel.bootstrap.organisation:}") String organisationName,
			@Value("${samenspel.bootstrap.region:MIDDLE}") String region,
			@Value("${samenspel.bootstrap.admin-username:}") String username,
			@Value("${samenspel.bootstrap.admin-email:}") String email) {
		this.organisations = organisations;
		this.users = users;
		this.invitations = invitations;
		this.clock = clock;
		this.organisationName = organisationName.strip();
		this.region = region.strip().toUpperCase(Locale.ROOT);
		this.username = username.strip().toLowerCase(Locale.ROOT);
		this.email = email.strip();
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
		var organisation = organisations.save(new Organisation(UUID.randomUUID(), organisationName,
				Region.valueOf(region), Instant.now(clock)));
		invitations.inviteFirstAdmin(organisation.getId(), new InvitationDetails(username, username, email,
				EnumSet.of(Role.ADMIN), "nl"));
		log.info("Created organisation '{}' with ADMIN '{}', who was invited by e-mail", organisationName, username);
	}
}
