package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A child's login as staff see it: never the code or the pictures. */
public record ChildLogin(UUID id, UUID childId, UUID accountId, @Nullable UUID issuedBy, Instant issuedAt,
		@Nullable UUID revokedBy, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
