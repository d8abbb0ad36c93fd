package nl.samenspel.participation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A child's ballot in a round: in an APPROVAL round the ideas they said yes to ({@code ideaIds}), in a DOTS round the
 * dots per idea ({@code dots}, adding up to the round's number). Who hands it in (a worker with a paper ballot now, a
 * kiosk later) calls {@link Ballots#cast} with it.
 */
public record Ballot(@NotNull @Nullable UUID childId, @Size(max = 100) @Nullable List<UUID> ideaIds,
		@Size(max = 100) @Nullable Map<UUID, Integer> dots) {
}
