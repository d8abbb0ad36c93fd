package nl.samenspel.volunteers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A time a volunteer can work every week: a weekday from one time until another (same day). */
public record WeeklySlot(UUID id, UUID volunteerId, DayOfWeek day, LocalTime from, LocalTime until) {

	/** Whether this slot and the other share a moment on the same weekday (touching at an end is no overlap). */
	public boolean overlaps(WeeklySlot other) {
		return day == other.day && from.isBefore(other.until) && other.from.isBefore(until);
	}

	/** Whether a session on this weekday from {@code start} to {@code end} lies wholly within the slot. */
	public boolean covers(DayOfWeek sessionDay, LocalTime start, LocalTime end) {
		return day == sessionDay && !start.isBefore(from) && !end.isAfter(until);
	}
}
