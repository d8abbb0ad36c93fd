package nl.samenspel.activities;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What registering at the door tells the rest: the first registration marks the session held
 * ({@link SessionHeld}), and every registration publishes the session's counts ({@link AttendanceRegistered}).
 */
@Component
class HeldSessions {

	private final SessionStore sessions;
	private final AttendanceStore attendance;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HeldSessions(SessionStore sessions, AttendanceStore attendance, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.events = events;
		this.clock = clock;
	}

	/** After marks or walk-in counts were saved: {@code present} and {@code absent} as the marks stand now. */
	void registered(Session session, int present, int absent) {
		var walkIns = attendance.walkInTotal(session.id());
		if (session.heldAt() == null && present + absent == 0 && walkIns == 0) {
			// only zeros (the walk-in form saved as it opens) and nobody marked: nothing shows the session took place
			return;
		}
		if (session.heldAt() == null && sessions.markHeld(session.id(), clock.instant())) {
			events.publishEvent(new SessionHeld(session.organisationId(), session.activityId(), session.id(),
					session.date(), session.minutes()));
		}
		events.publishEvent(new AttendanceRegistered(session.organisationId(), session.activityId(), session.id(),
				session.date(), present, absent, walkIns));
	}
}
