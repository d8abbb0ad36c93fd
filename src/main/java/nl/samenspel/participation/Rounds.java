package nl.samenspel.participation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Rounds of ideas and votes, kept by COORDINATORs and WORKERs of the organisation: opening one, closing it, and its
 * results (counts per idea, never a child's name).
 */
@Service
@Transactional
public class Rounds {

	private final IdeaStore store;
	private final Programme programme;
	private final AuditLog audit;
	private final Clock clock;

	Rounds(IdeaStore store, Programme programme, AuditLog audit, Clock clock) {
		this.store = store;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
	}

	/** Only the staff who run the activities keep rounds and ideas: COORDINATOR and WORKER. */
	static void requireKeeper(CurrentUser user) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			throw new AccessDeniedException("coordinator or worker only");
		}
	}

	/** Refuses an activity id that is not one of the organisation's activities (through the activities module's API). */
	static void checkActivity(Programme programme, UUID organisationId, @Nullable UUID activityId) {
		if (activityId == null) {
			return;
		}
		try {
			programme.activity(organisationId, activityId);
		}
		catch (NotFound notFound) {
			throw new FieldRejected("activityId", "participation.ideas.error.activity");
		}
	}

	public Round open(CurrentUser user, RoundDetails details) {
		requireKeeper(user);
		if (details.opensOn() != null && details.closesOn() != null && details.closesOn().isBefore(details.opensOn())) {
			throw new FieldRejected("closesOn", "participation.ideas.error.datesInverted");
		}
		if (details.method() == VotingMethod.DOTS && details.dots() == null) {
			throw new FieldRejected("dots", "participation.ideas.error.dotsRequired");
		}
		checkActivity(programme, user.organisationId(), details.activityId());
		var id = UUID.randomUUID();
		var dots = details.method() == VotingMethod.DOTS ? details.dots() : 1;
		store.insertRound(id, user.organisationId(), details, dots, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "participation_round", id, AuditResult.SUCCESS);
		return round(user, id);
	}

	@Transactional(readOnly = true)
	public List<Round> rounds(CurrentUser user) {
		requireKeeper(user);
		return store.rounds(user.organisationId());
	}

	@Transactional(readOnly = true)
	public Round round(CurrentUser user, UUID id) {
		requireKeeper(user);
		return store.round(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** Closes the round: no more ideas or ballots. Closing a closed round changes nothing. */
	public Round close(CurrentUser user, UUID id) {
		requireKeeper(user);
		var round = store.lockedRound(user.organisationId(), id).orElseThrow(NotFound::new);
		if (round.open()) {
			store.closeRound(id);
			audit.record(AuditAction.UPDATED, "participation_round", id, AuditResult.SUCCESS);
		}
		return round(user, id);
	}

	/** An idea's count: how many children voted for it and, in a DOTS round, how many dots it got. */
	public record Result(UUID ideaId, String text, IdeaStatus status, int voters, int points) {
	}

	/** The results for staff: every approved idea with its counts, most points first. No names. */
	public record Results(int ballots, List<Result> ideas) {
	}

	@Transactional(readOnly = true)
	public Results results(CurrentUser user, UUID id) {
		var round = round(user, id);
		var tallies = store.tallies(round.id());
		var ideas = store.ideas(round.id()).stream().filter(Idea::approved).map(idea -> {
			var tally = tallies.getOrDefault(idea.id(), new int[2]);
			return new Result(idea.id(), idea.text(), idea.status(), tally[0], tally[1]);
		}).sorted(Comparator.comparingInt(Result::points).reversed()).toList();
		return new Results(store.ballots(round.id()), ideas);
	}
}
