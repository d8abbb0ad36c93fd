package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Cancellation;
import nl.samenspel.activities.Coverage;
import nl.samenspel.activities.Enrolment;
import nl.samenspel.activities.EnrolmentRequest;
import nl.samenspel.activities.Enrolments;
import nl.samenspel.activities.Holiday;
import nl.samenspel.activities.HolidayDetails;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.ScheduleResult;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.PagedResult;

/**
 * The programme over JSON, with the same rules as the pages: scoped to the caller's organisation, COORDINATOR and
 * WORKER plan and enrol, a VOLUNTEER reaches only the sessions they work at. Attendance can be sent one child at a
 * time (PUT .../attendance/{childId}) or as a list that is checked as a whole before anything is saved.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class ActivityApiController {

	private static final String PLANNERS = "hasAnyRole('COORDINATOR', 'WORKER')";
	private static final String AT_THE_DOOR = "hasAnyRole('COORDINATOR', 'WORKER', 'VOLUNTEER')";

	private final Programme programme;
	private final Enrolments enrolments;
	private final Attendance attendance;
	private final Coverage coverage;

	ActivityApiController(Programme programme, Enrolments enrolments, Attendance attendance, Coverage coverage) {
		this.programme = programme;
		this.enrolments = enrolments;
		this.attendance = attendance;
		this.coverage = coverage;
	}

	// activities

	@GetMapping("/activities")
	@PreAuthorize(PLANNERS)
	@Operation(summary = "The organisation's activities by title; inactive ones only when asked")
	PagedResult<Activity> activities(@RequestParam(defaultValue = "") @Size(max = 200) String q,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var user = CurrentUser.required();
		return PagedResult.of(programme.activities(user.organisationId(), q, inactive, PageRequest.of(page, size)),
				activity -> activity);
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
		return programme.addSchedule(CurrentUser.required(), id, details);
	}

	@GetMapping("/activities/{id}/sessions")
	@PreAuthorize(PLANNERS)
	List<Session> sessions(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		var start = from == null ? LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) : from;
		var end = to == null ? start.plusYears(1) : to;
		if (end.isBefore(start)) {
			throw new FieldRejected("to", "validation.period.endBeforeStart");
		}
		return programme.sessions(CurrentUser.required().organisationId(), id, start, end);
	}

	@GetMapping("/activities/{id}/enrolments")
	@PreAuthorize(PLANNERS)
	@Operation(summary = "The places and the waiting list of an activity")
	List<Enrolment> enrolments(@PathVariable UUID id) {
		return enrolments.ofActivity(CurrentUser.required(), id);
	}

	@PostMapping(path = "/activities/{id}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'PARENT')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol a child (a parent: their own); a full activity refuses unless waitingList is true")
	Enrolment enrol(@PathVariable UUID id, @Valid @RequestBody EnrolmentRequest request) {
		return enrolments.enrol(CurrentUser.required(), id, request);
	}

	@DeleteMapping("/enrolments/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'PARENT')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cancel a place; the first child on the waiting list gets it and the guardians are mailed")
	void cancelEnrolment(@PathVariable UUID id) {
		enrolments.cancel(CurrentUser.required(), id);
	}

	// sessions

	@GetMapping("/sessions")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Sessions on a day (default today) or in a period; a volunteer's own only")
	List<Session> sessionsOn(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		var start = from == null ? LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")) : from;
		var end = to == null ? start : to;
		if (end.isBefore(start)) {
			throw new FieldRejected("to", "validation.period.endBeforeStart");
		}
		if (start.plusDays(366).isBefore(end)) {
			throw new FieldRejected("to", "validation.period.tooLong");
		}
		return programme.sessionsBetween(CurrentUser.required(), start, end);
	}

	@GetMapping("/sessions/{id}")
	@PreAuthorize(AT_THE_DOOR)
	Session session(@PathVariable UUID id) {
		return programme.session(CurrentUser.required(), id);
	}

	@PutMapping(path = "/sessions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@Operation(summary = "Move a session or change its staff")
	Session updateSession(@PathVariable UUID id, @Valid @RequestBody SessionDetails details) {
		return programme.updateSession(CurrentUser.required(), id, details);
	}

	@PostMapping(path = "/sessions/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@Operation(summary = "Cancel a session with a reason; the enrolled children's guardians are mailed")
	Session cancelSession(@PathVariable UUID id, @Valid @RequestBody Cancellation cancellation) {
		return programme.cancelSession(CurrentUser.required(), id, cancellation);
	}

	// attendance

	/** One line of the attendance list; the flags only for those who may see health information. */
	public record AttendanceLine(UUID childId, String firstName, @Nullable String lastName, int age, boolean enrolled,
			@Nullable Boolean present, @Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt,
			boolean safetyNotes, boolean emergencyContact) {

		static AttendanceLine of(Attendance.Line line, LocalDate day) {
			var child = line.child();
			return new AttendanceLine(child.id(), child.firstName(), child.lastName(), child.ageOn(day), line.enrolled(),
					line.present(), line.checkedInAt(), line.checkedOutAt(), child.safetyNotes(), child.emergencyContact());
		}
	}

	public record AttendanceList(UUID sessionId, LocalDate date, int present, int absent, int walkIns,
			List<AttendanceLine> children) {
	}

	public record AttendanceChange(@NotNull @Nullable Boolean present, @Nullable LocalTime checkedInAt,
			@Nullable LocalTime checkedOutAt) {
	}

	@GetMapping("/sessions/{id}/attendance")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "The attendance list: children with a place and children marked (the read is logged)")
	AttendanceList attendance(@PathVariable UUID id) {
		var sheet = attendance.sheet(CurrentUser.required(), id);
		var day = sheet.session().date();
		return new AttendanceList(id, day, sheet.present(), sheet.absent(), sheet.walkInTotal(),
				sheet.lines().stream().map(line -> AttendanceLine.of(line, day)).toList());
	}

	@PutMapping(path = "/sessions/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Mark several children at once; nothing is saved if one of them is refused")
	List<AttendanceLine> markAll(@PathVariable UUID id, @RequestBody @Size(min = 1, max = 500) List<@Valid AttendanceMark> marks) {
		var marked = attendance.markAll(CurrentUser.required(), id, marks);
		return marked.lines().stream().map(line -> AttendanceLine.of(line, marked.session().date())).toList();
	}

	@PutMapping(path = "/sessions/{id}/attendance/{childId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Mark one child present or absent, with optional check-in and check-out times")
	AttendanceLine mark(@PathVariable UUID id, @PathVariable UUID childId, @Valid @RequestBody AttendanceChange change) {
		var marked = attendance.markAll(CurrentUser.required(), id, List.of(new AttendanceMark(childId, change.present(),
				change.checkedInAt(), change.checkedOutAt())));
		return AttendanceLine.of(marked.lines().get(0), marked.session().date());
	}

	public record WalkInCount(AgeBand ageBand, WalkInGender gender, int visitors) {
	}

	@GetMapping("/sessions/{id}/walk-ins")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Children who came without being registered, per age band and gender")
	List<WalkInCount> walkIns(@PathVariable UUID id) {
		attendance.session(CurrentUser.required(), id);
		return counts(attendance.walkIns(id));
	}

	@PutMapping(path = "/sessions/{id}/walk-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Set walk-in counts; the counts not sent stay as they are")
	List<WalkInCount> recordWalkIns(@PathVariable UUID id,
			@RequestBody @Size(min = 1, max = 20) List<@Valid WalkIn> counts) {
		return counts(attendance.recordWalkIns(CurrentUser.required(), id, counts));
	}

	private static List<WalkInCount> counts(Map<AgeBand, Map<WalkInGender, Integer>> counts) {
		return counts.entrySet().stream()
			.flatMap(band -> band.getValue().entrySet().stream()
				.map(gender -> new WalkInCount(band.getKey(), gender.getKey(), gender.getValue())))
			.toList();
	}

	// planning

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
		return programme.holidays(CurrentUser.required().organisationId());
	}

	@PostMapping(path = "/holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	Holiday addHoliday(@Valid @RequestBody HolidayDetails details) {
		return programme.addHoliday(CurrentUser.required(), details);
	}

	@DeleteMapping("/holidays/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeHoliday(@PathVariable UUID id) {
		programme.removeHoliday(CurrentUser.required(), id);
	}
}
