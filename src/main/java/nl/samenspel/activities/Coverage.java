package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The coverage matrix: per neighbourhood (of the session's location), per age band and per task, how many hours of
 * activity are on offer in a period (planned sessions, cancelled ones left out). An activity counts for every band
 * its age range touches and for every task it serves. Empty cells are where a neighbourhood gets less than others:
 * task 8, no two-tier offer.
 */
@Service
@Transactional(readOnly = true)
public class Coverage {

	private final SessionStore sessions;
	private final ProgrammeClock clock;
	private final OrganisationManagement organisations;

	Coverage(SessionStore sessions, ProgrammeClock clock, OrganisationManagement organisations) {
		this.sessions = sessions;
		this.clock = clock;
		this.organisations = organisations;
	}

	/** One row of the matrix: a neighbourhood (empty: locations outside any) and an age band, hours per task. */
	public record Row(@Nullable UUID neighbourhoodId, String neighbourhood, AgeBand band, Map<Task, Double> hours) {

		public double hours(Task task) {
			return hours.getOrDefault(task, 0.0);
		}

		public double total() {
			return hours.values().stream().mapToDouble(Double::doubleValue).sum();
		}
	}

	public record Matrix(LocalDate from, LocalDate to, List<Row> rows, int emptyCells) {
	}

	/** The school year (1 August to 31 July) a day falls in. */
	public static LocalDate[] season(LocalDate day) {
		var start = LocalDate.of(day.getMonth().compareTo(Month.AUGUST) >= 0 ? day.getYear() : day.getYear() - 1, 8, 1);
		return new LocalDate[] { start, start.plusYears(1).minusDays(1) };
	}

	public Matrix matrix(UUID organisationId, @Nullable LocalDate from, @Nullable LocalDate to) {
		var season = season(clock.today());
		var start = from == null ? season[0] : from;
		var end = to == null ? (from == null ? season[1] : start.plusYears(1).minusDays(1)) : to;
		if (end.isBefore(start)) {
			throw new FieldRejected("to", "coverage.error.endBeforeStart");
		}
		if (start.plusYears(3).isBefore(end)) {
			throw new FieldRejected("to", "coverage.error.tooLong");
		}
		var neighbourhoodOf = new HashMap<UUID, UUID>();
		organisations.allLocations(organisationId).forEach(location -> {
			if (location.getNeighbourhoodId() != null) {
				neighbourhoodOf.put(location.getId(), location.getNeighbourhoodId());
			}
		});
		// minutes per (neighbourhood, band, task)
		var minutes = new HashMap<String, Integer>();
		for (var planned : sessions.plannedMinutes(organisationId, start, end)) {
			var neighbourhood = neighbourhoodOf.get(planned.locationId());
			for (var band : AgeBand.core()) {
				if (band.overlaps(planned.minAge(), planned.maxAge())) {
					minutes.merge(neighbourhood + "/" + band + "/" + planned.task(), planned.minutes(), Integer::sum);
				}
			}
		}
		var rows = new ArrayList<Row>();
		var places = new ArrayList<Map.Entry<UUID, String>>();
		organisations.currentNeighbourhoods(organisationId).stream().filter(it -> it.isActive())
			.forEach(it -> places.add(Map.entry(it.getId(), it.getName())));
		var outside = minutes.keySet().stream().anyMatch(key -> key.startsWith("null/"));
		int empty = 0;
		for (var place : places) {
			for (var band : AgeBand.core()) {
				var row = row(place.getKey(), place.getValue(), band, minutes);
				empty += (int) java.util.Arrays.stream(Task.values()).filter(task -> row.hours(task) == 0).count();
				rows.add(row);
			}
		}
		if (outside) {
			for (var band : AgeBand.core()) {
				rows.add(row(null, "", band, minutes));
			}
		}
		return new Matrix(start, end, rows, empty);
	}

	private static Row row(@Nullable UUID neighbourhood, String name, AgeBand band, Map<String, Integer> minutes) {
		var hours = new EnumMap<Task, Double>(Task.class);
		for (var task : Task.values()) {
			var value = minutes.get(neighbourhood + "/" + band + "/" + task);
			if (value != null) {
				hours.put(task, value / 60.0);
			}
		}
		return new Row(neighbourhood, name, band, hours);
	}
}
