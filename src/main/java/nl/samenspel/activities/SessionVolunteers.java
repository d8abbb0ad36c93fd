package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which sessions a VOLUNTEER user works at: the one answer to "what may this volunteer see" in the programme (their
 * session list, one session, the attendance list, their home, the door, the API, and through
 * {@link VolunteerAssignments} the children's safety information). The volunteers module answers it from its
 * assignments, and only while the volunteer is cleared (active, a valid VOG, the code of conduct signed) today; until a
 * module provides it, {@link #NONE} says no sessions at all.
 */
public interface SessionVolunteers {

	SessionVolunteers NONE = new SessionVolunteers() {

		@Override
		public Set<UUID> sessionsOf(UUID userId, LocalDate from, LocalDate to) {
			return Set.of();
		}

		@Override
		public boolean worksAt(UUID userId, UUID sessionId) {
			return false;
		}
	};

	/** The ids of the sessions between two days (both included) the user works at as a volunteer. */
	Set<UUID> sessionsOf(UUID userId, LocalDate from, LocalDate to);

	/** Whether the user works at the session as a volunteer. */
	boolean worksAt(UUID userId, UUID sessionId);
}
