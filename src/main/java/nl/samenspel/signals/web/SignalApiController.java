package nl.samenspel.signals.web;

import java.util.List;
import java.util.Map;
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
import nl.samenspel.signals.CaseSummary;
import nl.samenspel.signals.ConcernCase;
import nl.samenspel.signals.Meldcode;
import nl.samenspel.signals.MeldcodeDecisions;
import nl.samenspel.signals.MeldcodeSteps;
import nl.samenspel.signals.Signal;
import nl.samenspel.signals.SignalRequest;
import nl.samenspel.signals.SignalSummary;
import nl.samenspel.signals.Signals;
import nl.samenspel.signals.StepRequests;

/**
 * Signals and Meldcode cases over JSON, with need to know: content only for those who may read it (403 for the
 * others, audited), another organisation's ids not found. A VOLUNTEER can raise a signal and gets its id back,
 * nothing more.
 */
@RestController
@RequestMapping(path = "/api/v1/signals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signals", description = "Signals of concern and Meldcode cases")
class SignalApiController {

	private static final String STAFF = nl.samenspel.kernel.Role.STAFF_RULE;

	private final Signals signals;
	private final Meldcode meldcode;
	private final MeldcodeSteps steps;
	private final MeldcodeDecisions decisions;

	SignalApiController(Signals signals, Meldcode meldcode, MeldcodeSteps steps, MeldcodeDecisions decisions) {
		this.signals = signals;
		this.meldcode = meldcode;
		this.steps = steps;
		this.decisions = decisions;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'VOLUNTEER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Raise a signal; the safeguarding officers are told that there is one (not what it says)")
	Map<String, UUID> raise(@Valid @RequestBody SignalRequest request) {
		return Map.of("id", signals.raise(CurrentUser.required(), request));
	}

	@GetMapping
	@PreAuthorize(STAFF)
	@Operation(summary = "The signals the caller may read, without their content")
	List<SignalSummary> readable() {
		return signals.readable(CurrentUser.required());
	}

	@GetMapping("/{id}")
	@PreAuthorize(STAFF)
	@Operation(summary = "A signal with its content, for those who may read it (the read is logged)")
	Signal signal(@PathVariable UUID id) {
		return signals.signal(CurrentUser.required(), id);
	}

	@PostMapping("/{id}/case")
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a Meldcode case from a signal")
	Map<String, UUID> openCase(@PathVariable UUID id) {
		return Map.of("id", meldcode.open(CurrentUser.required(), id));
	}

	@GetMapping("/cases")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'SAFEGUARDING_OFFICER')")
	@Operation(summary = "That cases exist and where they stand, without content")
	List<CaseSummary> cases() {
		return meldcode.overview(CurrentUser.required());
	}

	@GetMapping("/cases/{id}")
	@PreAuthorize(STAFF)
	@Operation(summary = "A case with its steps, for those who may read it (the read is logged)")
	ConcernCase concernCase(@PathVariable UUID id) {
		return meldcode.concernCase(CurrentUser.required(), id);
	}

	@PostMapping(path = "/cases/{id}/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 1: an observation, or a hypothesis")
	void observe(@PathVariable UUID id, @Valid @RequestBody StepRequests.Observation observation) {
		steps.observe(CurrentUser.required(), id, observation);
	}

	@PostMapping(path = "/cases/{id}/hypotheses/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 1: mark a hypothesis confirmed or refuted")
	void judge(@PathVariable UUID id, @PathVariable UUID entryId,
			@Valid @RequestBody StepRequests.HypothesisOutcome outcome) {
		steps.judgeHypothesis(CurrentUser.required(), id, entryId, outcome.confirmed());
	}

	@PostMapping(path = "/cases/{id}/consultations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 2: a consultation, or Veilig Thuis advice with its reference")
	void consult(@PathVariable UUID id, @Valid @RequestBody StepRequests.Consultation consultation) {
		steps.consult(CurrentUser.required(), id, consultation);
	}

	@PostMapping(path = "/cases/{id}/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 3: the conversation, or why it was skipped for safety")
	void converse(@PathVariable UUID id, @Valid @RequestBody StepRequests.Conversation conversation) {
		steps.converse(CurrentUser.required(), id, conversation);
	}

	@PostMapping(path = "/cases/{id}/weighing", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 4: the answer to the next question of the afwegingskader")
	void weigh(@PathVariable UUID id, @Valid @RequestBody StepRequests.Answer answer) {
		steps.weigh(CurrentUser.required(), id, answer);
	}

	@PostMapping(path = "/cases/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 5: is a report necessary, is help (also) possible")
	void decide(@PathVariable UUID id, @Valid @RequestBody StepRequests.Decision decision) {
		decisions.decide(CurrentUser.required(), id, decision);
	}

	@PostMapping(path = "/cases/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 5: the report to Veilig Thuis, with its date and reference")
	void report(@PathVariable UUID id, @Valid @RequestBody StepRequests.Report report) {
		decisions.report(CurrentUser.required(), id, report);
	}

	@PostMapping(path = "/cases/{id}/help", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Step 5: the help agreed, and the follow-up date")
	void help(@PathVariable UUID id, @Valid @RequestBody StepRequests.Help help) {
		decisions.agreeHelp(CurrentUser.required(), id, help);
	}

	@PostMapping(path = "/cases/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void close(@PathVariable UUID id, @Valid @RequestBody StepRequests.Closure closure) {
		decisions.close(CurrentUser.required(), id, closure);
	}

	@PostMapping(path = "/cases/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('SAFEGUARDING_OFFICER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Add a colleague to the case (safeguarding officers)")
	void addMember(@PathVariable UUID id, @Valid @RequestBody StepRequests.Member member) {
		meldcode.addMember(CurrentUser.required(), id, member.userId());
	}

	@PostMapping("/cases/{id}/members/{userId}/remove")
	@PreAuthorize("hasRole('SAFEGUARDING_OFFICER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
		meldcode.removeMember(CurrentUser.required(), id, userId);
	}
}
