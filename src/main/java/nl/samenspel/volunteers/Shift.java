package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

/** A volunteer on a session, as the open shifts and the volunteer's own list see it: ids, the day and the status. */
public record Shift(UUID assignmentId, UUID volunteerId, UUID sessionId, UUID activityId, LocalDate date,
		AssignmentStatus status) {

	/** Signed up or confirmed: the volunteer is on the session. */
	public boolean active() {
		return status != AssignmentStatus.CANCELLED;
	}
}
