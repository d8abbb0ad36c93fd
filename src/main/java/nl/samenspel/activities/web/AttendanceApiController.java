package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Collected;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.activities.WalkIns;
import nl.samenspel.kernel.CurrentUser;

import static nl.samenspel.activities.web.ApiAccess.AT_THE_DOOR;

/**
 * Attendance and walk-ins over JSON, for the sessions the caller may take attendance for. Attendance can be sent one
 * child at a time (PUT .../attendance/{childId}) or as a list that is checked as a whole before anything is saved.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class AttendanceApiController {

	private final Attendance attendance;
	private final WalkIns walkIns;

	AttendanceApiController(Attendance attendance, WalkIns walkIns) {
		this.attendance = attendance;
		this.walkIns = walkIns;
	}

	/**
	 * One line of the attendance list; the health flags only for those who may see health information;
	 * {@code noPhotos} when no consent to photos is in force; who collected the child only for staff.
	 */
	public record AttendanceLine(UUID childId, String firstName, @Nullable String lastName, int age, boolean enrolled,
			@Nullable Boolean present, @Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt,
			boolean safetyNotes, boolean emergencyContact, boolean noPhotos, @Nullable Collected collectedBy) {

		static AttendanceLine of(Attendance.Line line, LocalDate day) {
			var child = line.child();
			return new AttendanceLine(child.id(), child.firstName(), child.lastName(), child.ageOn(day), line.enrolled(),
					line.present(), line.checkedInAt(), line.checkedOutAt(), child.safetyNotes(), child.emergencyContact(),
					line.noPhotos(), line.collectedBy());
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
		return counts(walkIns.walkIns(id));
	}

	@PutMapping(path = "/sessions/{id}/walk-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Set walk-in counts; the counts not sent stay as they are")
	List<WalkInCount> recordWalkIns(@PathVariable UUID id,
			@RequestBody @Size(min = 1, max = 20) List<@Valid WalkIn> counts) {
		return counts(walkIns.recordWalkIns(CurrentUser.required(), id, counts));
	}

	private static List<WalkInCount> counts(Map<AgeBand, Map<WalkInGender, Integer>> counts) {
		return counts.entrySet().stream()
			.flatMap(band -> band.getValue().entrySet().stream()
				.map(gender -> new WalkInCount(band.getKey(), gender.getKey(), gender.getValue())))
			.toList();
	}
}
