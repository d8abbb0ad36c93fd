package nl.samenspel.participation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * One ballot per child per round. A worker records a paper ballot; a child on a kiosk or after their own login votes
 * through {@link ChildVoice#vote}, which calls the same package-private {@code cast}. The
 * round must be open, every idea approved and of this round; an APPROVAL ballot names at least one idea, a DOTS ballot
 * spreads exactly the round's dots. A second ballot is refused, also when two arrive at once: the unique constraint
 * on (round, child) decides, and its violation becomes the same refusal.
 */
@Service
@Transactional
public class Ballots {

	private final IdeaStore store;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;

	Ballots(IdeaStore store, ChildManagement children, AuditLog audit, Clock clock) {
		this.store = store;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
	}

	/** A worker records a paper ballot for a child of the organisation. */
	public void cast(CurrentUser user, UUID roundId, Ballot ballot) {
		Rounds.requireKeeper(user);
		var round = store.lockedRound(user.organisationId(), roundId).orElseThrow(NotFound::new);
		var childId = ballot.childId();
		if (childId == null || children.cards(user, List.of(childId)).isEmpty()) {
			throw new FieldRejected("childId", "participation.ideas.error.child");
		}
		cast(user.organisationId(), round, childId, ballot, user.id(), AuditLog.Actor.of(user));
	}

	/**
	 * The one way a ballot is stored, for a worker's paper ballot and for a child on a kiosk or after their own login
	 * ({@link ChildVoice#vote}): the caller has found the round in its organisation and decided the child is one of
	 * it. Checks that the round is open, the ballot's choice and that the child has not voted; the unique constraint
	 * on (round, child) decides when two ballots arrive at once, whatever the channel. Nothing is stored on a refusal.
	 */
	void cast(UUID organisationId, Round round, UUID childId, Ballot ballot, @Nullable UUID recordedBy,
			AuditLog.Actor actor) {
		if (!round.open()) {
			throw new FieldRejected("roundId", "participation.ideas.error.closed");
		}
		var votes = votes(round, ballot);
		var approved = store.ideas(round.id()).stream().filter(Idea::approved).map(Idea::id).toList();
		if (!approved.containsAll(votes.keySet())) {
			throw new FieldRejected("ideaIds", "participation.ideas.error.ideaNotInRound");
		}
		if (store.hasVoted(round.id(), childId)) {
			throw new FieldRejected("childId", "participation.ideas.error.alreadyVoted");
		}
		var id = UUID.randomUUID();
		try {
			store.insertBallot(id, organisationId, round.id(), childId, votes, recordedBy, clock.instant());
		}
		catch (DataIntegrityViolationException twice) {
			// another ballot of this child arrived at the same moment and got in first
			throw new FieldRejected("childId", "participation.ideas.error.alreadyVoted");
		}
		audit.record(actor, AuditAction.CREATED, "participation_ballot", id, AuditResult.SUCCESS);
	}

	private static Map<UUID, Integer> votes(Round round, Ballot ballot) {
		var votes = new HashMap<UUID, Integer>();
		if (round.method() == VotingMethod.APPROVAL) {
			if (ballot.ideaIds() == null || ballot.ideaIds().isEmpty()) {
				throw new FieldRejected("ideaIds", "participation.ideas.error.noChoice");
			}
			ballot.ideaIds().forEach(idea -> votes.put(idea, 1));
			return votes;
		}
		var total = 0;
		if (ballot.dots() != null) {
			for (var entry : ballot.dots().entrySet()) {
				// no idea gets more than the round's dots: a huge number could otherwise wrap the sum round to the total
				if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0
						|| entry.getValue() > round.dots()) {
					throw new FieldRejected("dots", "participation.ideas.error.dots", round.dots());
				}
				if (entry.getValue() > 0) {
					votes.put(entry.getKey(), entry.getValue());
					total += entry.getValue();
				}
			}
		}
		if (total != round.dots()) {
			throw new FieldRejected("dots", "participation.ideas.error.dots", round.dots());
		}
		return votes;
	}
}
