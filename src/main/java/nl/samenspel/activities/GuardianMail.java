package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.ui.DateFormats;

/**
 * Tells a child's guardians about the programme by e-mail, in their own language: a place that came free, a session
 * that was cancelled. It listens to the module's own events, so a mail goes out only after the change committed,
 * never for one that was rolled back, and a mail still due when a node stops is sent after the restart (the event
 * publication log). The child's first name is the first argument of every message; dates are written out in the
 * guardian's language. A guardian whose mail could not be delivered is logged, not retried: a second delivery of the
 * event would mail the others twice, and the change stands in the parents' portal anyway.
 */
@Component
class GuardianMail {

	private final ChildManagement children;
	private final Mailer mailer;
	private final ActivityStore activities;
	private final SessionStore sessions;
	private final EnrolmentStore enrolments;

	GuardianMail(ChildManagement children, Mailer mailer, ActivityStore activities, SessionStore sessions,
			EnrolmentStore enrolments) {
		this.children = children;
		this.mailer = mailer;
		this.activities = activities;
		this.sessions = sessions;
		this.enrolments = enrolments;
	}

	/** A child moved up from the waiting list: the guardians hear they have a place (in the series, or one session). */
	@ApplicationModuleListener
	void on(EnrolmentChanged event) {
		if (!event.movedUp()) {
			return;
		}
		var enrolment = enrolments.find(event.organisationId(), event.enrolmentId());
		if (enrolment.isEmpty() || enrolment.get().status() != EnrolmentStatus.ENROLLED) {
			return;
		}
		var title = activities.activity(event.organisationId(), event.activityId()).title();
		var session = event.sessionId() == null ? null : sessions.findSession(event.sessionId()).orElse(null);
		if (session == null) {
			tell(event.organisationId(), enrolment.get().childId(), "mail.enrolmentPromoted", title);
		}
		else {
			tell(event.organisationId(), enrolment.get().childId(), "mail.enrolmentPromotedSession", title, session.date());
		}
	}

	/** A session was cancelled: the guardians of every child with a place in it hear why. */
	@ApplicationModuleListener
	void on(SessionCancelled event) {
		var session = sessions.session(event.organisationId(), event.sessionId());
		var reason = session.cancelReason() == null ? "" : session.cancelReason();
		for (var child : enrolments.enrolledIn(session)) {
			tell(event.organisationId(), child, "mail.sessionCancelled", session.title(), session.date(),
					session.startsAt().toString(), reason);
		}
	}

	private void tell(UUID organisationId, UUID childId, String key, Object... arguments) {
		for (var address : children.guardianAddresses(organisationId, childId)) {
			var locale = Locale.forLanguageTag(address.language());
			var filled = new Object[arguments.length + 1];
			filled[0] = address.childFirstName();
			for (int i = 0; i < arguments.length; i++) {
				filled[i + 1] = arguments[i] instanceof LocalDate date
						? DateFormats.day(date, locale) : arguments[i];
			}
			// a failure is logged: the change stands, and the worker can tell the family another way
			mailer.sendOrLog(organisationId, address.email(), address.language(), key, filled);
		}
	}
}
