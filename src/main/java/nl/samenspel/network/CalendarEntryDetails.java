package nl.samenspel.network;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A calendar entry as typed (page or API): a day with a start and end time in Europe/Amsterdam, the ages (4 to 12),
 * optionally repeated weekly until a day. {@code partnerId} is whose activity it is when staff enter it (empty: the
 * organisation's own); a PARTNER's entries are always their own organisation's, whatever it says.
 */
public record CalendarEntryDetails(@Nullable UUID partnerId, @NotNull @Nullable UUID neighbourhoodId,
		@NotBlank @Size(max = 200) @PlainText @Nullable String title, @Size(max = 200) @PlainText @Nullable String location,
		@Size(max = 2000) @PlainText(multiline = true) @Nullable String description, @NotNull @Nullable LocalDate date,
		@NotNull @Nullable LocalTime startTime, @NotNull @Nullable LocalTime endTime,
		@NotNull @Min(CalendarEntryDetails.YOUNGEST) @Max(CalendarEntryDetails.OLDEST) @Nullable Integer minAge,
		@NotNull @Min(CalendarEntryDetails.YOUNGEST) @Max(CalendarEntryDetails.OLDEST) @Nullable Integer maxAge,
		@Nullable LocalDate repeatUntil) {

	public static final int YOUNGEST = 4;

	public static final int OLDEST = 12;

	public static CalendarEntryDetails of(CalendarEntry entry) {
		return new CalendarEntryDetails(entry.partnerId(), entry.neighbourhoodId(), entry.title(), entry.location(),
				entry.description(), entry.localStart().toLocalDate(), entry.localStart().toLocalTime(),
				entry.localEnd().toLocalTime(), entry.minAge(), entry.maxAge(), null);
	}
}
