package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.UUID;

import nl.samenspel.organisation.Region;

/** A school holiday of a region, first and last day included. */
public record Holiday(UUID id, Region region, String name, LocalDate startsOn, LocalDate endsOn) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
