package nl.samenspel.activities;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;

/**
 * Single sessions moved, given other staff or cancelled (the guardians hear of a cancellation through
 * {@link SessionCancelled}, which {@link GuardianMail} listens to). Scoped to the user's organisation; COORDINATOR
 * and WORKER plan (the controllers check the roles).
 */
@Service
@Transactional
public class SessionChanges {

	private final SessionStore sessions;
	private final PlanningChecks checks;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	SessionChanges(SessionStore sessions, PlanningChecks checks, AuditLog audit, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.checks = checks;
		this.audit = audit;
		this.events = events;
	}

	/** Moves one session or changes its staff; a new date remembers the one it was moved from. */
	public Session updateSession(CurrentUser user, UUID id, SessionDetails details) {
		var session = sessions.session(user.organisationId(), id);
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new FieldRejected("endsAt", "schedule.error.endBeforeStart");
		}
		checks.checkLocation(user.organisationId(), details.locationId());
		checks.checkStaff(user.organisationId(), details.staffList().stream()
			.filter(staff -> !session.staff().contains(staff)).toList(), "staff");
		var movedFrom = session.movedFrom() != null ? session.movedFrom()
				: details.date().equals(session.date()) ? null : session.date();
		sessions.update(id, details, movedFrom);
		audit.record(AuditAction.UPDATED, "session", id, AuditResult.SUCCESS);
		if (session.heldAt() != null) {
			events.publishEvent(new SessionChanged(user.organisationId(), session.activityId(), id, session.date(),
					details.date()));
		}
		return sessions.session(user.organisationId(), id);
	}

	/** Cancels one session; the guardians of the children with a place in it get an e-mail with the reason. */
	public Session cancelSession(CurrentUser user, UUID id, Cancellation cancellation) {
		var session = sessions.session(user.organisationId(), id);
		if (session.cancelled()) {
			throw new FieldRejected("reason", "session.error.alreadyCancelled");
		}
		if (session.heldAt() != null) {
			throw new FieldRejected("reason", "session.error.alreadyHeld");
		}
		var reason = cancellation.reason().strip();
		sessions.cancel(id, reason);
		audit.record(AuditAction.UPDATED, "session", id, AuditResult.SUCCESS);
		events.publishEvent(new SessionCancelled(user.organisationId(), session.activityId(), id, session.date()));
		return sessions.session(user.organisationId(), id);
	}
}
