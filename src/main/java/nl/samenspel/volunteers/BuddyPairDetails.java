package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A new buddy pair as the form sends it. The buddy is a volunteer of the organisation ({@code volunteerId}) or a
 * resident who is not a volunteer ({@code residentName} and {@code residentAgeBand}); the partner is a child
 * ({@code childId}) or a group ({@code activityId}). One of each; the pair starts on {@code startedOn}.
 */
public record BuddyPairDetails(@Nullable UUID volunteerId,
		@Size(max = BuddyPairDetails.NAME) @PlainText @Nullable String residentName,
		@Nullable AgeBand residentAgeBand, @Nullable UUID childId, @Nullable UUID activityId,
		@NotNull @Nullable LocalDate startedOn) {

	public static final int NAME = 200;
}
