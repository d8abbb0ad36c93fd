package nl.samenspel.activities;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.SessionAssignments;

/**
 * A volunteer may see a child's safety information while they are assigned to a session the child has a place in (or
 * was marked at): from 30 days before that session to 30 days after it, and not for cancelled sessions. Which sessions
 * are theirs comes from {@link SessionVolunteers} (the volunteers module's confirmed assignments, and only while the
 * volunteer is cleared today), so it stops the day their VOG lapses or they are deactivated.
 */
@Component
class VolunteerAssignments implements SessionAssignments {

	static final int WINDOW_DAYS = 30;

	private final AttendanceStore attendance;
	private final VolunteerSessions volunteers;
	private final ProgrammeClock clock;

	VolunteerAssignments(AttendanceStore attendance, VolunteerSessions volunteers, ProgrammeClock clock) {
		this.attendance = attendance;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	@Override
	public boolean assignedToSessionOf(UUID volunteerUserId, UUID childId) {
		var today = clock.today();
		var sessions = volunteers.between(volunteerUserId, today.minusDays(WINDOW_DAYS), today.plusDays(WINDOW_DAYS));
		for (var chunk : chunks(sessions)) {
			if (attendance.onListOfPlanned(chunk, childId)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Set<UUID> onListsOf(UUID volunteerUserId, Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return Set.of();
		}
		var sessions = volunteers.between(volunteerUserId, VolunteerSessions.EVER_FROM, VolunteerSessions.EVER_TO);
		var found = new HashSet<UUID>();
		for (var chunk : chunks(sessions)) {
			found.addAll(attendance.onListsOf(chunk, childIds));
		}
		return found;
	}

	private static List<List<UUID>> chunks(Set<UUID> ids) {
		var all = List.copyOf(ids);
		var chunks = new java.util.ArrayList<List<UUID>>();
		for (int from = 0; from < all.size(); from += 500) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
		}
		return chunks;
	}
}
