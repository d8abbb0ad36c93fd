package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision the council took in a meeting, in the children's own words, optionally about an idea of the
 * organisation, with who will do what and where it stands (FAILED with a reason in child language).
 */
public record CouncilDecision(UUID id, UUID meetingId, String text, @Nullable UUID ideaId, @Nullable String assignee,
		DecisionStatus status, @Nullable String reason, Instant changedAt) {
}
