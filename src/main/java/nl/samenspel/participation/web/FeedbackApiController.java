package nl.samenspel.participation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.participation.Feedback;
import nl.samenspel.participation.FeedbackRequest;
import nl.samenspel.participation.Satisfaction;
import nl.samenspel.participation.SessionFeedback;

/** Feedback after a session over JSON, for COORDINATORs and WORKERs, with the pages' rules. */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback", description = "Children's feedback after a session and the satisfaction figure per activity")
class FeedbackApiController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final SessionFeedback feedback;

	FeedbackApiController(SessionFeedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a child's feedback on a session: score 1-5, optional fun and better (max 300); anonymous by default")
	Feedback record(@Valid @RequestBody FeedbackRequest request) {
		return feedback.record(CurrentUser.required(), request);
	}

	@GetMapping("/activities/{id}")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "An activity's satisfaction figure: entries, average and distribution over 1-5; no names, no texts")
	Satisfaction activity(@PathVariable UUID id) {
		return feedback.satisfaction(CurrentUser.required(), id);
	}
}
