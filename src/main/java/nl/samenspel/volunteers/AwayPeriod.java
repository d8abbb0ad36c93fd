package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Days a volunteer is away (holiday, illness), both ends included, with an optional note of their own. */
public record AwayPeriod(UUID id, UUID volunteerId, LocalDate from, LocalDate until, @Nullable String note) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(until);
	}
}
