package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.Coverage;
import nl.samenspel.activities.Holiday;
import nl.samenspel.activities.HolidayDetails;
import nl.samenspel.activities.Holidays;
import nl.samenspel.kernel.CurrentUser;

import static nl.samenspel.activities.web.ApiAccess.PLANNERS;

/** The planning tools over JSON: the coverage matrix and the school holidays (a COORDINATOR changes them). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class PlanningApiController {

	private final Coverage coverage;
	private final Holidays holidays;

	PlanningApiController(Coverage coverage, Holidays holidays) {
		this.coverage = coverage;
		this.holidays = holidays;
	}

	@GetMapping("/coverage")
	@PreAuthorize("hasRole('COORDINATOR')")
	@Operation(summary = "Hours on offer per neighbourhood, age band and task in a period (default: this school year)")
	Coverage.Matrix coverage(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return coverage.matrix(CurrentUser.required().organisationId(), from, to);
	}

	@GetMapping("/holidays")
	@PreAuthorize(PLANNERS)
	List<Holiday> holidays() {
		return holidays.holidays(CurrentUser.required().organisationId());
	}

	@PostMapping(path = "/holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	Holiday addHoliday(@Valid @RequestBody HolidayDetails details) {
		return holidays.addHoliday(CurrentUser.required(), details);
	}

	@DeleteMapping("/holidays/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeHoliday(@PathVariable UUID id) {
		holidays.removeHoliday(CurrentUser.required(), id);
	}
}
