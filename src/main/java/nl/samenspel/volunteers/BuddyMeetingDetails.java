package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A meeting to log: the day (not in the future, not before the pair started), minutes if said, a short note. */
public record BuddyMeetingDetails(@NotNull @Nullable LocalDate metOn,
		@Min(1) @Max(BuddyMeetingDetails.LONGEST) @Nullable Integer durationMinutes,
		@Size(max = BuddyMeetingDetails.NOTE) @PlainText(multiline = true) @Nullable String note) {

	public static final int LONGEST = 1440;

	public static final int NOTE = 500;
}
