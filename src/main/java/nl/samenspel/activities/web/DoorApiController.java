package nl.samenspel.activities.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.CheckOuts;
import nl.samenspel.activities.Collected;
import nl.samenspel.children.CollectionSheet;
import nl.samenspel.kernel.CurrentUser;

import static nl.samenspel.activities.web.ApiAccess.AT_THE_DOOR;

/**
 * The door over JSON, as on the attendance page: everyone on the list present at once, and a child's check-out with
 * who may collect the child (read and logged like the safety information) and who did.
 */
@RestController
@RequestMapping(path = "/api/v1/sessions/{id}/attendance", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class DoorApiController {

	private final Attendance attendance;
	private final CheckOuts checkOuts;

	DoorApiController(Attendance attendance, CheckOuts checkOuts) {
		this.attendance = attendance;
		this.checkOuts = checkOuts;
	}

	@PostMapping("/everyone-present")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Mark every enrolled child nobody has marked yet present; answers the children marked now")
	List<AttendanceApiController.AttendanceLine> everyonePresent(@PathVariable UUID id) {
		var marked = attendance.markEveryonePresent(CurrentUser.required(), id);
		return marked.lines().stream()
			.map(line -> AttendanceApiController.AttendanceLine.of(line, marked.session().date()))
			.toList();
	}

	@GetMapping("/{childId}/collectors")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Who may collect a child marked present: the allowed people, the guardians, going home alone (the read is logged)")
	CollectionSheet collectors(@PathVariable UUID id, @PathVariable UUID childId) {
		return checkOuts.door(CurrentUser.required(), id, childId).collection();
	}

	/** Who collected: ALLOWED or GUARDIAN with the person's id, ALONE, or OTHER with a name. */
	public record CheckOutRequest(Collected.@Nullable Kind collectedBy, @Nullable UUID personId,
			@Nullable String otherName) {
	}

	@PostMapping(path = "/{childId}/check-out", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Check a child out now and record who collected the child")
	Collected checkOut(@PathVariable UUID id, @PathVariable UUID childId, @RequestBody CheckOutRequest request) {
		return checkOuts.checkOut(CurrentUser.required(), id, childId,
				new CheckOuts.CheckOut(request.collectedBy(), request.personId(), request.otherName()));
	}
}
