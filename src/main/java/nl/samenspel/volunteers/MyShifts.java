package nl.samenspel.volunteers;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * A VOLUNTEER's own shifts to come (signed up and confirmed), and cancelling one ("afmelden") with an optional
 * reason: the shift becomes CANCELLED and {@link VolunteerCancelled} tells the coordinators (after the commit). A
 * session that has begun or is over cannot be cancelled.
 */
@Service
@Transactional
public class MyShifts {

	/** How far ahead the volunteer's list looks. */
	public static final int MONTHS_AHEAD = 6;

	private final ShiftStore store;
	private final ShiftSessions sessions;
	private final VolunteerRecords records;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	MyShifts(ShiftStore store, ShiftSessions sessions, VolunteerRecords records, AuditLog audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.sessions = sessions;
		this.records = records;
		this.audit = audit;
		this.events = events;
	}

	/** The signed-in volunteer's shifts from today on that are signed up or confirmed, soonest first. */
	@Transactional(readOnly = true)
	public List<MyShift> upcoming(CurrentUser user) {
		var volunteer = records.own(user).orElse(null);
		if (volunteer == null) {
			return List.of();
		}
		var today = sessions.today();
		var shifts = store.between(volunteer.organisationId(), volunteer.id(), today, today.plusMonths(MONTHS_AHEAD),
				EnumSet.of(AssignmentStatus.REQUESTED, AssignmentStatus.CONFIRMED));
		if (shifts.isEmpty()) {
			return List.of();
		}
		var found = sessions.of(volunteer.organisationId(), shifts);
		var locations = sessions.locationNames(volunteer.organisationId());
		return shifts.stream().filter(shift -> found.containsKey(shift.sessionId()))
			.map(shift -> {
				var session = found.get(shift.sessionId());
				return new MyShift(shift, session, locations.getOrDefault(session.locationId(), ""));
			})
			.sorted(Comparator.comparing((MyShift it) -> it.session().date()).thenComparing(it -> it.session().startsAt()))
			.toList();
	}

	/** Takes the volunteer off the session; refused when it has begun or is over, not found when it is not theirs. */
	public void cancel(CurrentUser user, UUID assignmentId, @Nullable String reason) {
		var volunteer = records.ownOrNotFound(user);
		var shift = store.find(volunteer.organisationId(), volunteer.id(), assignmentId)
			.filter(Shift::active).orElseThrow(NotFound::new);
		var session = sessions.of(volunteer.organisationId(), List.of(shift)).get(shift.sessionId());
		if (session == null) {
			throw new NotFound();
		}
		if (sessions.begun(session)) {
			throw new FieldRejected("reason", "volunteers.shifts.error.cancelPast");
		}
		if (!store.cancel(assignmentId, user.id(), sessions.now(),
				reason == null || reason.isBlank() ? null : reason.strip())) {
			throw new NotFound();
		}
		audit.record(AuditAction.UPDATED, "volunteer_assignment", assignmentId, AuditResult.SUCCESS);
		events.publishEvent(new VolunteerCancelled(volunteer.organisationId(), volunteer.id(), assignmentId,
				shift.sessionId(), shift.date()));
	}
}
