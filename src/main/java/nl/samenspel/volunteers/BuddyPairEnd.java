package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** How a pair ends: the day (not before it started, not in the future) and why. */
public record BuddyPairEnd(@NotNull @Nullable LocalDate endedOn, @NotNull @Nullable BuddyEndReason reason) {
}
