package nl.samenspel.volunteers.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.volunteers.HourKind;
import nl.samenspel.volunteers.VolunteerHours;
import nl.samenspel.volunteers.YearOfHours;

/** A volunteer's hours of a year over JSON, for the COORDINATOR: totals in minutes, per month and per kind. */
@RestController
@RequestMapping(path = "/api/v1/volunteers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Volunteers", description = "Volunteers, their screening, sessions and hours")
class HoursApiController {

	private final VolunteerHours hours;

	HoursApiController(VolunteerHours hours) {
		this.hours = hours;
	}

	/** A year's totals in minutes: sessions worked at and approved entries per kind; {@code waiting} not counted. */
	public record Totals(UUID volunteerId, int year, int sessionMinutes, int trainingMinutes, int preparationMinutes,
			int otherMinutes, int totalMinutes, int sessions, long waiting, List<MonthTotals> months) {

		static Totals of(YearOfHours hours) {
			return new Totals(hours.volunteer().id(), hours.year(), hours.sessionMinutes(), hours.minutes(HourKind.TRAINING),
					hours.minutes(HourKind.PREPARATION), hours.minutes(HourKind.OTHER), hours.totalMinutes(),
					hours.sessions().size(), hours.waiting(), hours.months().stream()
						.map(month -> new MonthTotals(month.month(), month.sessionMinutes(), month.otherMinutes(),
								month.totalMinutes()))
						.toList());
		}
	}

	/** One month (1-12): minutes at sessions, approved minutes besides (all kinds), and both together. */
	public record MonthTotals(int month, int sessionMinutes, int otherMinutes, int totalMinutes) {
	}

	@GetMapping("/{id}/hours")
	@PreAuthorize("hasRole('COORDINATOR')")
	@Operation(summary = "A volunteer's hours of a year (default: this year) in minutes: confirmed sessions they attended"
			+ " that took place, and approved entries (training, preparation, other), per month and in total")
	Totals hours(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year) {
		var user = CurrentUser.required();
		return Totals.of(hours.of(user, id, hours.year(year)));
	}
}
