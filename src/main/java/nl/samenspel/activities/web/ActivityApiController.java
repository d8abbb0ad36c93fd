package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityDetails;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.ScheduleResult;
import nl.samenspel.activities.Schedules;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.PagedResult;

import static nl.samenspel.activities.web.ApiAccess.PLANNERS;

/**
 * Activities over JSON, with the same rules as the pages: scoped to the caller's organisation, COORDINATOR and WORKER
 * plan. Enrolments, sessions, attendance and the planning tools each have their own controller under the same tag.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class ActivityApiController {

	private final Programme programme;
	private final Schedules schedules;

	ActivityApiController(Programme programme, Schedules schedules) {
		this.programme = programme;
		this.schedules = schedules;
	}

	@GetMapping("/activities")
	@PreAuthorize(PLANNERS)
	@Operation(summary = "The organisation's activities by title; inactive ones only when asked, only the "
			+ "intergenerational ones (young and old together) when asked")
	PagedResult<Activity> activities(@RequestParam(defaultValue = "") @Size(max = 200) String q,
			@RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "false") boolean intergenerational,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var user = CurrentUser.required();
		return PagedResult.of(programme.activities(user.organisationId(), q, inactive, intergenerational,
				PageRequest.of(page, size)), activity -> activity);
	}

	@PostMapping(path = "/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@ResponseStatus(HttpStatus.CREATED)
	Activity create(@Valid @RequestBody ActivityDetails details) {
		return programme.create(CurrentUser.required(), details);
	}

	@GetMapping("/activities/{id}")
	@PreAuthorize(PLANNERS)
	Activity activity(@PathVariable UUID id) {
		return programme.activity(CurrentUser.required().organisationId(), id);
	}

	@PutMapping(path = "/activities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@Operation(summary = "Change an activity; a higher capacity gives waiting children their place")
	Activity update(@PathVariable UUID id, @Valid @RequestBody ActivityDetails details) {
		return programme.update(CurrentUser.required(), id, details);
	}

	@DeleteMapping("/activities/{id}")
	@PreAuthorize(PLANNERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take an activity off the programme; its sessions and attendance stay")
	void deactivate(@PathVariable UUID id) {
		programme.deactivate(CurrentUser.required(), id);
	}

	@PostMapping(path = "/activities/{id}/schedules", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a schedule: makes its sessions around the school holidays and lists overlaps at the same location")
	ScheduleResult schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleDetails details) {
		return schedules.addSchedule(CurrentUser.required(), id, details);
	}

	@GetMapping("/activities/{id}/sessions")
	@PreAuthorize(PLANNERS)
	List<Session> sessions(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		var start = from == null ? DutchTime.today() : from;
		var end = to == null ? start.plusYears(1) : to;
		if (end.isBefore(start)) {
			throw new FieldRejected("to", "validation.period.endBeforeStart");
		}
		return programme.sessions(CurrentUser.required().organisationId(), id, start, end);
	}
}
