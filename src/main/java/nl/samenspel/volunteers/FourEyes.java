package nl.samenspel.volunteers;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionNotices;

/**
 * The four-eyes rule of an activity: at least two screened adults at each session. The session's staff (COORDINATOR,
 * WORKER: the organisation's own people) count as screened, and so does each volunteer with a confirmed assignment who
 * is cleared on the session's date. Not met is a warning on the planning and on the session's pages, never a refusal.
 */
@Component
@Transactional(readOnly = true)
class FourEyes implements SessionNotices {

	static final int ADULTS = 2;

	private final AssignmentStore assignments;

	FourEyes(AssignmentStore assignments) {
		this.assignments = assignments;
	}

	/** The screened adults at the session: its staff and its cleared, confirmed volunteers (each person once). */
	static int screenedAdults(Session session, Collection<AssignmentStore.Placed> placed) {
		var people = new HashSet<UUID>(session.staff());
		for (var it : placed) {
			if (it.assignment().confirmed() && it.volunteer().clearedOn(session.date())) {
				people.add(it.volunteer().userId() != null ? it.volunteer().userId() : it.volunteer().id());
			}
		}
		return people.size();
	}

	/** Whether the rule asks for more adults than the session has: never for a cancelled one. */
	static boolean notMet(ActivityRule rule, Session session, int adults) {
		return rule.fourEyes() && !session.cancelled() && adults < ADULTS;
	}

	@Override
	public List<Notice> notices(UUID organisationId, Session session) {
		var rule = assignments.rule(organisationId, session.activityId());
		if (!rule.fourEyes() || session.cancelled()) {
			return List.of();
		}
		var adults = screenedAdults(session, assignments.placedAt(organisationId, List.of(session.id())));
		return adults < ADULTS ? List.of(new Notice("volunteers.fourEyes.warning", List.of(adults))) : List.of();
	}
}
