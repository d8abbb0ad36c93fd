package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

/** A volunteer took themselves off a session (signed up or confirmed). Ids and the session's day only. */
public record VolunteerCancelled(UUID organisationId, UUID volunteerId, UUID assignmentId, UUID sessionId,
		LocalDate sessionDate) {
}
