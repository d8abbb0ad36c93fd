package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.UUID;

/** A session took place: the first attendance or walk-in count for it was registered. */
public record SessionHeld(UUID organisationId, UUID activityId, UUID sessionId, LocalDate date, int minutes) {
}
