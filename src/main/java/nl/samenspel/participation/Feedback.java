package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One feedback entry as staff see it: the score and the texts, never who gave it. */
public record Feedback(UUID id, UUID sessionId, UUID activityId, int score, @Nullable String fun, @Nullable String better,
		Instant recordedAt) {
}
