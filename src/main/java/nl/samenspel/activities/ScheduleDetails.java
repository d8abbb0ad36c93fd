package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * A schedule as typed: once, weekly or every other week from the first to the last date (a one-off needs no last
 * date), at these times, with a rule for the school holidays.
 */
public record ScheduleDetails(@NotNull @Nullable Recurrence recurrence, @NotNull @Nullable LocalDate firstDate,
		@Nullable LocalDate lastDate, @NotNull @Nullable LocalTime startsAt, @NotNull @Nullable LocalTime endsAt,
		@Nullable HolidayRule holidays) {

	public HolidayRule holidayRule() {
		return holidays == null ? HolidayRule.SKIP : holidays;
	}

	public LocalDate until() {
		return recurrence == Recurrence.ONCE || lastDate == null ? firstDate : lastDate;
	}
}
