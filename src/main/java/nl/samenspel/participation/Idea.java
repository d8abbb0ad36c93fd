package nl.samenspel.participation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An idea in a round, for staff: who proposed it (a child of the organisation, or none when a worker proposed it on
 * behalf of a group), whether a worker approved it for other children to see, whether the text looked like it holds a
 * phone number, e-mail address or address, and its status with the history of changes.
 */
public record Idea(UUID id, UUID roundId, String text, @Nullable UUID childId, boolean approved, boolean flagged,
		IdeaStatus status, @Nullable String reason, @Nullable UUID activityId, Instant createdAt, List<Change> history) {

	/** One status change: who, when, why, and the activity it linked to. */
	public record Change(IdeaStatus status, @Nullable String reason, @Nullable UUID activityId, @Nullable UUID changedBy,
			Instant changedAt) {
	}
}
