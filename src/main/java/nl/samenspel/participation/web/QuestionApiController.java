package nl.samenspel.participation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.participation.Question;
import nl.samenspel.participation.QuestionAnswer;
import nl.samenspel.participation.QuestionRequest;
import nl.samenspel.participation.Questions;

/**
 * Children's questions over JSON, with the pages' rules: staff record, list, open (logged) and answer their
 * organisation's questions; the list carries no text. Asking answers whether the question matched the danger list,
 * so a client shows the child the help at once.
 */
@RestController
@RequestMapping(path = "/api/v1/questions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Questions", description = "Children's questions and their answers")
class QuestionApiController {

	private static final String STAFF = Role.STAFF_RULE;

	private final Questions questions;

	QuestionApiController(Questions questions) {
		this.questions = questions;
	}

	@GetMapping
	@PreAuthorize(STAFF)
	@Operation(summary = "The organisation's questions, urgent first, without their text")
	List<Questions.Summary> list() {
		return questions.list(CurrentUser.required());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a child's question (childId empty or anonymous true: anonymous)")
	Questions.Asked ask(@Valid @RequestBody QuestionRequest request) {
		return questions.record(CurrentUser.required(), request);
	}

	@GetMapping("/{id}")
	@PreAuthorize(STAFF)
	@Operation(summary = "A question with its answer; the read is logged")
	Question question(@PathVariable UUID id) {
		return questions.question(CurrentUser.required(), id);
	}

	@PutMapping(path = "/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@Operation(summary = "Answer a question (or correct the answer)")
	Question answer(@PathVariable UUID id, @Valid @RequestBody QuestionAnswer answer) {
		var user = CurrentUser.required();
		questions.answer(user, id, answer);
		return questions.question(user, id);
	}
}
