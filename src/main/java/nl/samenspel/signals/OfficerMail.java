package nl.samenspel.signals;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

/**
 * Tells the organisation's SAFEGUARDING_OFFICERs that something needs them, with a link and never what it is about,
 * once the change is committed.
 */
@Component
class OfficerMail {

	private final UserManagement users;
	private final Mailer mailer;
	private final String baseUrl;

	OfficerMail(UserManagement users, Mailer mailer, @Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.users = users;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	void tell(UUID organisationId, String key, String path) {
		var officers = users.activeUsersWithAnyRole(organisationId, EnumSet.of(Role.SAFEGUARDING_OFFICER));
		Runnable send = () -> officers.forEach(officer -> {
			try {
				mailer.send(organisationId, officer.getEmail(), officer.getPreferredLanguage(), key, baseUrl + path);
			}
			catch (RuntimeException failed) {
				// the signal stands and is on the officers' list; the mail is only a nudge
				org.slf4j.LoggerFactory.getLogger(OfficerMail.class).warn("Could not send {}: {}", key,
						failed.getClass().getSimpleName());
			}
		});
		nl.samenspel.kernel.AfterCommit.run(send);
	}
}
