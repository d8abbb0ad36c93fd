package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A children's council (kinderraad) of the organisation, optionally linked to the activity it meets in. */
public record Council(UUID id, String name, @Nullable UUID activityId, Instant createdAt) {
}
