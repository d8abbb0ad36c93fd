package nl.samenspel.participation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;

/**
 * Feedback after a session: five smileys and two optional short texts, recorded now by a COORDINATOR or WORKER on the
 * child's behalf, or by the child on a kiosk or after their own login ({@link ChildVoice#feedback}, through the same
 * package-private {@code store}). Anonymous by default: the child's id is kept only
 * when it is given and the child chose not to be anonymous. Per activity a satisfaction figure without names or texts.
 */
@Service
@Transactional
public class SessionFeedback {

	private final FeedbackStore store;
	private final Programme programme;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;

	SessionFeedback(FeedbackStore store, Programme programme, ChildManagement children, AuditLog audit, Clock clock) {
		this.store = store;
		this.programme = programme;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation's session (through the activities module's API); another organisation's is not found. */
	@Transactional(readOnly = true)
	public Session session(CurrentUser user, UUID sessionId) {
		Rounds.requireKeeper(user);
		return programme.session(user, sessionId);
	}

	/** Records one entry; bad input throws a {@link FieldRejected} and saves nothing. */
	public Feedback record(CurrentUser user, UUID sessionId, @Nullable Integer score, @Nullable String fun,
			@Nullable String better, @Nullable UUID childId, boolean anonymous) {
		var session = session(user, sessionId);
		var child = anonymous ? null : childId;
		if (child != null && children.cards(user, List.of(child)).isEmpty()) {
			throw new FieldRejected("childId", "participation.feedback.error.child");
		}
		return store(user.organisationId(), session, score, fun, better, child, null, user.id(), AuditLog.Actor.of(user));
	}

	/**
	 * The one way feedback is stored, for a worker and for a child ({@link ChildVoice#feedback}): the caller has found
	 * the session in its organisation and decided about the child. {@code childId} is kept for staff (the child chose
	 * to give their name), {@code giverId} only for the child themselves (staff never read it). Bad input throws a
	 * {@link FieldRejected} and saves nothing.
	 */
	Feedback store(UUID organisationId, Session session, @Nullable Integer score, @Nullable String fun,
			@Nullable String better, @Nullable UUID childId, @Nullable UUID giverId, @Nullable UUID recordedBy,
			AuditLog.Actor actor) {
		if (score == null || score < 1 || score > 5) {
			throw new FieldRejected("score", "participation.feedback.error.score");
		}
		var funText = text("fun", fun);
		var betterText = text("better", better);
		var id = UUID.randomUUID();
		var at = clock.instant();
		store.insert(id, organisationId, session.id(), session.activityId(), score, funText, betterText, childId, giverId,
				recordedBy, at);
		audit.record(actor, AuditAction.CREATED, "participation_feedback", id, AuditResult.SUCCESS);
		return new Feedback(id, session.id(), session.activityId(), score, funText, betterText, at);
	}

	/** The same, from a request (API); a session that is not the organisation's is a rejected field. */
	public Feedback record(CurrentUser user, FeedbackRequest request) {
		if (request.sessionId() == null) {
			throw new FieldRejected("sessionId", "participation.feedback.error.session");
		}
		try {
			session(user, request.sessionId());
		}
		catch (NotFound notFound) {
			throw new FieldRejected("sessionId", "participation.feedback.error.session");
		}
		return record(user, request.sessionId(), request.score(), request.fun(), request.better(), request.childId(),
				!Boolean.FALSE.equals(request.anonymous()));
	}

	private static @Nullable String text(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var stripped = text.strip();
		if (stripped.length() > FeedbackRequest.MAX_LENGTH) {
			throw new FieldRejected(field, "participation.feedback.error.tooLong", FeedbackRequest.MAX_LENGTH);
		}
		if (!new PlainText.Validator().isValid(stripped.replace('\n', ' ').replace('\r', ' '), null)) {
			throw new FieldRejected(field, "validation.plainText");
		}
		return stripped;
	}

	/** The session's entries for staff: scores and texts, no names. */
	@Transactional(readOnly = true)
	public List<Feedback> ofSession(CurrentUser user, UUID sessionId) {
		var session = session(user, sessionId);
		return store.ofSession(user.organisationId(), session.id());
	}

	/** The activity's satisfaction figure: count, average and distribution over 1 to 5. */
	@Transactional(readOnly = true)
	public Satisfaction satisfaction(CurrentUser user, UUID activityId) {
		Rounds.requireKeeper(user);
		var activity = programme.activity(user.organisationId(), activityId);
		var counts = store.distribution(user.organisationId(), activity.id());
		var entries = IntStream.of(counts).sum();
		var total = IntStream.range(0, 5).map(i -> counts[i] * (i + 1)).sum();
		return new Satisfaction(activity.id(), entries, entries == 0 ? 0 : (double) total / entries,
				IntStream.of(counts).boxed().toList());
	}
}
