package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.UUID;

/** A planned session was cancelled; the reason stays in the session, never in the event. */
public record SessionCancelled(UUID organisationId, UUID activityId, UUID sessionId, LocalDate date) {
}
