package nl.samenspel.participation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;

/**
 * Ideas in a round and what became of them ('you said, we did'). A child's idea waits for a worker's approval before
 * other children see it (a worker's own idea, on behalf of a group, needs none); a text that looks like it holds a
 * phone number, e-mail address or address is flagged for the worker. Every status change is kept with who, when and
 * why; NOT_NOW needs a reason a child understands, PLANNED and DONE may link the activity the idea became.
 */
@Service
@Transactional
public class Ideas {

	private final IdeaStore store;
	private final ChildManagement children;
	private final Programme programme;
	private final AuditLog audit;
	private final Clock clock;

	Ideas(IdeaStore store, ChildManagement children, Programme programme, AuditLog audit, Clock clock) {
		this.store = store;
		this.children = children;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
	}

	public Idea propose(CurrentUser user, IdeaProposal proposal) {
		Rounds.requireKeeper(user);
		var round = store.lockedRound(user.organisationId(), proposal.roundId())
			.orElseThrow(() -> new FieldRejected("roundId", "participation.ideas.error.round"));
		if (proposal.childId() != null && children.cards(user, List.of(proposal.childId())).isEmpty()) {
			throw new FieldRejected("childId", "participation.ideas.error.child");
		}
		var id = insert(user.organisationId(), round, proposal.text(), proposal.childId(), proposal.childId() == null,
				user.id(), AuditLog.Actor.of(user));
		return idea(user, id);
	}

	/**
	 * Stores an idea in an open round the caller found (locked) in its organisation, for a worker and for a child
	 * ({@link ChildVoice#propose}, {@code by} null); a child's idea waits for approval, and the moderation flags are
	 * set here for both.
	 */
	UUID insert(UUID organisationId, Round round, @Nullable String text, @Nullable UUID childId, boolean approved,
			@Nullable UUID by, AuditLog.Actor actor) {
		if (!round.open()) {
			throw new FieldRejected("roundId", "participation.ideas.error.closed");
		}
		var plain = text == null ? "" : text.strip();
		if (plain.isEmpty()) {
			throw new FieldRejected("text", "participation.ideas.error.textRequired");
		}
		if (plain.length() > IdeaProposal.MAX_LENGTH) {
			throw new FieldRejected("text", "participation.ideas.error.textTooLong", IdeaProposal.MAX_LENGTH);
		}
		if (!new PlainText.Validator().isValid(plain.replace('\n', ' ').replace('\r', ' '), null)) {
			throw new FieldRejected("text", "validation.plainText");
		}
		var id = UUID.randomUUID();
		// a worker's own idea for a group is seen at once; a child's waits for a worker
		store.insertIdea(id, organisationId, round.id(), plain, childId, approved, Moderation.flags(plain), by,
				clock.instant());
		audit.record(actor, AuditAction.CREATED, "participation_idea", id, AuditResult.SUCCESS);
		return id;
	}

	@Transactional(readOnly = true)
	public Idea idea(CurrentUser user, UUID id) {
		Rounds.requireKeeper(user);
		return store.idea(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** The round's ideas for staff, the ones waiting for approval too. */
	@Transactional(readOnly = true)
	public List<Idea> ofRound(CurrentUser user, UUID roundId) {
		Rounds.requireKeeper(user);
		var round = store.round(user.organisationId(), roundId).orElseThrow(NotFound::new);
		return store.ideas(round.id());
	}

	/** A worker lets other children see the idea (and vote for it). */
	public Idea approve(CurrentUser user, UUID id) {
		var idea = idea(user, id);
		if (!idea.approved()) {
			store.approve(id);
			audit.record(AuditAction.UPDATED, "participation_idea", id, AuditResult.SUCCESS);
		}
		return idea(user, id);
	}

	public Idea changeStatus(CurrentUser user, UUID id, StatusChange change) {
		var idea = idea(user, id);
		var reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
		if (change.status() == IdeaStatus.NOT_NOW && reason == null) {
			throw new FieldRejected("reason", "participation.ideas.error.reasonRequired");
		}
		if (change.activityId() != null && !change.status().linksActivity()) {
			throw new FieldRejected("activityId", "participation.ideas.error.activityStatus");
		}
		Rounds.checkActivity(programme, user.organisationId(), change.activityId());
		store.changeStatus(idea.id(), change, reason, user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "participation_idea", id, AuditResult.SUCCESS);
		return idea(user, id);
	}
}
