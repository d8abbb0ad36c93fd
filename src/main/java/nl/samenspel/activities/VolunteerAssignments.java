package nl.samenspel.activities;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.SessionAssignments;

/**
 * A volunteer may see a child's safety information while they work at a session the child has a place in (or was
 * marked at): from 30 days before that session to 30 days after it, and not for cancelled sessions.
 */
@Component
class VolunteerAssignments implements SessionAssignments {

	static final int WINDOW_DAYS = 30;

	private final AttendanceStore attendance;
	private final ProgrammeClock clock;

	VolunteerAssignments(AttendanceStore attendance, ProgrammeClock clock) {
		this.attendance = attendance;
		this.clock = clock;
	}

	@Override
	public boolean assignedToSessionOf(UUID volunteerUserId, UUID childId) {
		var today = clock.today();
		return attendance.worksAtSessionOf(volunteerUserId, childId, today.minusDays(WINDOW_DAYS),
				today.plusDays(WINDOW_DAYS));
	}

	@Override
	public Set<UUID> onListsOf(UUID volunteerUserId, Collection<UUID> childIds) {
		return childIds.isEmpty() ? Set.of() : attendance.onListsOf(volunteerUserId, childIds);
	}
}
