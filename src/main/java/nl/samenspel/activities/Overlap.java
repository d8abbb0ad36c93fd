package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A session at the same location as another one, at times that overlap: shown to the planner, not refused. */
public record Overlap(UUID sessionId, LocalDate date, LocalTime startsAt, LocalTime endsAt, UUID otherSessionId,
		String otherTitle, LocalTime otherStartsAt, LocalTime otherEndsAt) {
}
