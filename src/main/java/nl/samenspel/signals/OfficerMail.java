package nl.samenspel.signals;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

/**
 * Tells the organisation's SAFEGUARDING_OFFICERs that something needs them, with a link and never what it is about:
 * a new signal (after the commit, through {@link SignalRaised}; one still due when a node stops is sent after the
 * restart), a case's follow-up day (the reminder job). A mail that could not be delivered is logged, not retried: the
 * signal stands and is on the officers' list, the mail is only a nudge.
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

	@ApplicationModuleListener
	void on(SignalRaised event) {
		tell(event.organisationId(), "mail.signalRaised", "/signals");
	}

	void tell(UUID organisationId, String key, String path) {
		for (var officer : users.activeUsersWithAnyRole(organisationId, EnumSet.of(Role.SAFEGUARDING_OFFICER))) {
			mailer.sendOrLog(organisationId, officer.getEmail(), officer.getPreferredLanguage(), key, baseUrl + path);
		}
	}
}
