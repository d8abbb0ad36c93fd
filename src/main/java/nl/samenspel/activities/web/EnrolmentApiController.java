package nl.samenspel.activities.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.activities.Enrolment;
import nl.samenspel.activities.EnrolmentRequest;
import nl.samenspel.activities.Enrolments;
import nl.samenspel.kernel.CurrentUser;

import static nl.samenspel.activities.web.ApiAccess.PLANNERS;

/** Enrolment over JSON: staff enrol any child of the organisation, a PARENT only their own. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Activities, schedules, sessions, enrolment, attendance and walk-ins")
class EnrolmentApiController {

	private final Enrolments enrolments;

	EnrolmentApiController(Enrolments enrolments) {
		this.enrolments = enrolments;
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
}
