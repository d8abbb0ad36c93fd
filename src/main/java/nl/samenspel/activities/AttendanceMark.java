package nl.samenspel.activities;

import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** One child present or absent at a session, with optional check-in and check-out times. */
public record AttendanceMark(@NotNull @Nullable UUID childId, @NotNull @Nullable Boolean present,
		@Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt) {
}
