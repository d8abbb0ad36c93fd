package nl.samenspel.activities;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.AttendanceStore.Mark;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;

/**
 * Children who come without being registered, counted per age band and gender at the door, nothing more. Who may
 * count is who may take attendance ({@link Attendance#session}); a session in the future or a cancelled one takes no
 * counts, and a change to a count, or counting after the day, is written to the audit log.
 */
@Service
@Transactional
public class WalkIns {

	private final Attendance attendance;
	private final AttendanceStore store;
	private final HeldSessions held;
	private final AuditLog audit;
	private final ProgrammeClock today;

	WalkIns(Attendance attendance, AttendanceStore store, HeldSessions held, AuditLog audit, ProgrammeClock today) {
		this.attendance = attendance;
		this.store = store;
		this.held = held;
		this.audit = audit;
		this.today = today;
	}

	public Map<AgeBand, Map<WalkInGender, Integer>> walkIns(UUID sessionId) {
		return store.walkIns(sessionId);
	}

	/** Replaces the walk-in counts given (the others stay); negative counts are refused. */
	public Map<AgeBand, Map<WalkInGender, Integer>> recordWalkIns(CurrentUser user, UUID sessionId, List<WalkIn> counts) {
		var session = attendance.session(user, sessionId);
		session.checkTakesAttendance(today.today());
		if (counts.isEmpty()) {
			// nothing to register: the session must not count as held
			throw new FieldRejected("counts", "walkIns.error.empty");
		}
		for (var count : counts) {
			if (count.visitors() == null || count.visitors() < 0) {
				throw new FieldRejected("visitors", "walkIns.error.negative");
			}
		}
		var before = store.walkIns(sessionId);
		var changed = false;
		for (var count : counts) {
			var old = before.getOrDefault(count.ageBand(), Map.of()).get(count.gender());
			if (old != null && old.equals(count.visitors())) {
				continue;
			}
			changed |= old != null;
			store.setWalkIns(sessionId, user.organisationId(), count.ageBand(), count.gender(), count.visitors());
		}
		if (changed || session.date().isBefore(today.today())) {
			audit.record(AuditAction.UPDATED, "walk-ins", sessionId, AuditResult.SUCCESS);
		}
		var marks = store.marks(sessionId);
		var present = (int) marks.values().stream().filter(Mark::present).count();
		held.registered(session, present, marks.size() - present);
		return store.walkIns(sessionId);
	}
}
