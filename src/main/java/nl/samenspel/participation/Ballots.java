package nl.samenspel.participation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * One ballot per child per round. A worker records a paper ballot now; a kiosk will call the same {@link #cast}. The
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

	public void cast(CurrentUser user, UUID roundId, Ballot ballot) {
		Rounds.requireKeeper(user);
		var round = store.round(user.organisationId(), roundId).orElseThrow(NotFound::new);
		if (!round.open()) {
			throw new FieldRejected("roundId", "participation.ideas.error.closed");
		}
		var childId = ballot.childId();
		if (childId == null || children.cards(user, List.of(childId)).isEmpty()) {
			throw new FieldRejected("childId", "participation.ideas.error.child");
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
			store.insertBallot(id, user.organisationId(), round.id(), childId, votes, user.id(), clock.instant());
		}
		catch (DataIntegrityViolationException twice) {
			// another ballot of this child arrived at the same moment and got in first
			throw new FieldRejected("childId", "participation.ideas.error.alreadyVoted");
		}
		audit.record(AuditAction.CREATED, "participation_ballot", id, AuditResult.SUCCESS);
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
				if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0) {
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
