package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A meeting of a buddy pair: the day, how long (minutes, if said) and a short note. */
public record BuddyMeeting(UUID id, UUID pairId, LocalDate metOn, @Nullable Integer durationMinutes,
		@Nullable String note) {
}
