package nl.samenspel.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** How many children of an age band and gender came without being registered. */
public record WalkIn(@NotNull @Nullable AgeBand ageBand, @NotNull @Nullable WalkInGender gender,
		@NotNull @Min(0) @Max(500) @Nullable Integer visitors) {
}
