package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tablet a worker opened for one session: it takes children's input until it is locked or until {@code closesAt}
 * (the session's end plus a grace period). Never holds the token, only who opened it and when.
 */
public record Kiosk(UUID id, UUID organisationId, UUID sessionId, UUID openedBy, Instant openedAt, Instant closesAt,
		@Nullable Instant lockedAt) {

	/** Whether the kiosk still takes input at that moment. */
	public boolean open(Instant now) {
		return lockedAt == null && now.isBefore(closesAt);
	}
}
