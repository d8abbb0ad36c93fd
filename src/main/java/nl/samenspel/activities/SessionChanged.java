package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.UUID;

/** A session that took place was moved, given other times, another location or other staff. */
public record SessionChanged(UUID organisationId, UUID activityId, UUID sessionId, LocalDate previousDate,
		LocalDate date) {
}
