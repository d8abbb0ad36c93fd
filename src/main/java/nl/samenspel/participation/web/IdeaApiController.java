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
import nl.samenspel.participation.Ballot;
import nl.samenspel.participation.Ballots;
import nl.samenspel.participation.Idea;
import nl.samenspel.participation.IdeaProposal;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.Round;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.participation.StatusChange;

/** Ideas, rounds and votes over JSON, for COORDINATORs and WORKERs, with the pages' rules. */
@RestController
@RequestMapping(path = "/api/v1/ideas", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ideas", description = "Children's ideas in rounds, votes and \"you said, we did\"")
class IdeaApiController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final Rounds rounds;
	private final Ideas ideas;
	private final Ballots ballots;

	IdeaApiController(Rounds rounds, Ideas ideas, Ballots ballots) {
		this.rounds = rounds;
		this.ideas = ideas;
		this.ballots = ballots;
	}

	@GetMapping("/rounds")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "The organisation's rounds, open ones first")
	List<Round> rounds() {
		return rounds.rounds(CurrentUser.required());
	}

	@PostMapping(path = "/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a round: APPROVAL (several yes votes) or DOTS (dots to spread, 1 to 20)")
	Round open(@Valid @RequestBody RoundDetails details) {
		return rounds.open(CurrentUser.required(), details);
	}

	/** A round with its ideas (those waiting for approval too) and the counts per idea: no child's name. */
	public record RoundView(Round round, List<Idea> ideas, Rounds.Results results) {
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize(KEEPERS)
	@Operation(summary = "A round with its ideas and results")
	RoundView round(@PathVariable UUID id) {
		var user = CurrentUser.required();
		return new RoundView(rounds.round(user, id), ideas.ofRound(user, id), rounds.results(user, id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose an idea for a child (it waits for approval) or for a group (no childId)")
	Idea propose(@Valid @RequestBody IdeaProposal proposal) {
		return ideas.propose(CurrentUser.required(), proposal);
	}

	@PutMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KEEPERS)
	@Operation(summary = "Change an idea's status; NOT_NOW needs a reason, PLANNED and DONE may link an activity")
	Idea status(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
		return ideas.changeStatus(CurrentUser.required(), id, change);
	}

	@PostMapping(path = "/rounds/{id}/ballots", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a child's ballot: ideaIds (APPROVAL) or dots per idea (DOTS); one per child per round")
	void ballot(@PathVariable UUID id, @Valid @RequestBody Ballot ballot) {
		ballots.cast(CurrentUser.required(), id, ballot);
	}
}
