package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.Cancellation;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;

import static nl.samenspel.activities.web.ApiAccess.AT_THE_DOOR;
import static nl.samenspel.activities.web.ApiAccess.PLANNERS;

/** Sessions over JSON: a VOLUNTEER reads only the sessions they work at; COORDINATOR and WORKER move and cancel. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class SessionApiController {

	private final Programme programme;
	private final SessionChanges changes;

	SessionApiController(Programme programme, SessionChanges changes) {
		this.programme = programme;
		this.changes = changes;
	}

	@GetMapping("/sessions")
	@PreAuthorize(AT_THE_DOOR)
	@Operation(summary = "Sessions on a day (default today) or in a period; a volunteer's own only")
	List<Session> sessionsOn(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		var start = from == null ? DutchTime.today() : from;
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
		return changes.updateSession(CurrentUser.required(), id, details);
	}

	@PostMapping(path = "/sessions/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(PLANNERS)
	@Operation(summary = "Cancel a session with a reason; the enrolled children's guardians are mailed")
	Session cancelSession(@PathVariable UUID id, @Valid @RequestBody Cancellation cancellation) {
		return changes.cancelSession(CurrentUser.required(), id, cancellation);
	}
}
