package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * Hours as a form or the API sends them: the day, hours and minutes (either may be left empty, not both), what they
 * were for and a short description. {@link HourEntries} checks the rules the annotations cannot (a day in the future,
 * nothing at all, more than 24 hours on one day).
 */
public record HourEntryDetails(@NotNull @Nullable LocalDate workedOn, @Min(0) @Max(24) @Nullable Integer hours,
		@Min(0) @Max(59) @Nullable Integer minutes, @NotNull @Nullable HourKind kind,
		@NotBlank @Size(max = HourEntryDetails.DESCRIPTION) @PlainText @Nullable String description) {

	/** The longest description. */
	public static final int DESCRIPTION = 200;

	/** An empty form. */
	public static HourEntryDetails blank() {
		return new HourEntryDetails(null, null, null, null, null);
	}

	/** The form filled in from an entry, to change it. */
	public static HourEntryDetails of(HourEntry entry) {
		return new HourEntryDetails(entry.workedOn(), entry.minutes() / 60, entry.minutes() % 60, entry.kind(),
				entry.description());
	}

	/** Hours and minutes together, in minutes; empty fields count as zero. */
	public int totalMinutes() {
		return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
	}
}
