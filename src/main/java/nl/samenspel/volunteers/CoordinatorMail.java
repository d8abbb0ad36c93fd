package nl.samenspel.volunteers;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.DateFormats;

/**
 * Tells the organisation's COORDINATORs by e-mail that a volunteer cancelled a shift: who, which session, when, the
 * reason they gave, and a link to the session. After the commit ({@link VolunteerCancelled}); nothing when the
 * volunteer signed up again before the mail went out. An address that fails is logged, not retried, so that a second
 * delivery does not mail the others twice.
 */
@Component
class CoordinatorMail {

	private final ShiftStore shifts;
	private final ShiftSessions sessions;
	private final VolunteerStore volunteers;
	private final UserManagement users;
	private final Mailer mailer;
	private final String baseUrl;

	CoordinatorMail(ShiftStore shifts, ShiftSessions sessions, VolunteerStore volunteers, UserManagement users,
			Mailer mailer, @Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.shifts = shifts;
		this.sessions = sessions;
		this.volunteers = volunteers;
		this.users = users;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(VolunteerCancelled event) {
		var shift = shifts.find(event.organisationId(), event.assignmentId()).orElse(null);
		var volunteer = volunteers.find(event.organisationId(), event.volunteerId()).orElse(null);
		if (shift == null || shift.active() || volunteer == null) {
			return;
		}
		var session = sessions.of(event.organisationId(), List.of(shift)).get(shift.sessionId());
		if (session == null) {
			return;
		}
		var reason = shifts.cancelReason(shift.assignmentId());
		for (var coordinator : users.activeUsersWithAnyRole(event.organisationId(), EnumSet.of(Role.COORDINATOR))) {
			var locale = Locale.forLanguageTag(coordinator.getPreferredLanguage());
			mailer.sendOrLog(event.organisationId(), coordinator.getEmail(), coordinator.getPreferredLanguage(),
					"volunteers.shifts.mail.cancelled", volunteer.name(), session.title(),
					DateFormats.day(session.date(), locale), session.startsAt().toString(), reason == null ? "–" : reason,
					baseUrl + "/sessions/" + session.id());
		}
	}
}
