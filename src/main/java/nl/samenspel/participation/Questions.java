package nl.samenspel.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Children's questions: asked by a child of the organisation or anonymously, recorded now by a worker on the child's
 * behalf ({@link #record}); the child's own login and the kiosk will call {@link #ask} with the organisation, the
 * child (or none) and the text. The text and the answer are sealed and never logged or put in an event. A question
 * that matches the {@link DangerWords danger list} is urgent and publishes {@link QuestionNeedsAttention} (ids only),
 * which mails the safeguarding officers at once. Staff (COORDINATOR, WORKER, SAFEGUARDING_OFFICER) read and answer;
 * opening a question is logged. An unanswered question is overdue after the target time
 * ({@code samenspel.participation.question-target}, seven days by default).
 */
@Service
@Transactional
public class Questions {

	static final int MAX_TEXT = 1000;
	static final int MAX_ANSWER = 2000;

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	private final QuestionStore store;
	private final DangerWords danger;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration target;
	private final Moderator moderator;
	private final Kiosks kiosks;

	Questions(QuestionStore store, DangerWords danger, ChildManagement children, Encryption encryption, AuditLog audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${samenspel.participation.question-target:P7D}") Duration target, Moderator moderator,
			Kiosks kiosks) {
		this.moderator = moderator;
		this.kiosks = kiosks;
		this.store = store;
		this.danger = danger;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.target = target;
	}

	/** What asking did: the new question's id and whether it matched the danger list (then show the help at once). */
	public record Asked(UUID id, boolean urgent) {
	}

	/** A row of the staff's list: no text. */
	public record Summary(UUID id, @Nullable String childName, boolean urgent, boolean overdue, Instant askedAt,
			@Nullable Instant answeredAt, boolean published) {

		public boolean answered() {
			return answeredAt != null;
		}
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			throw new AccessDeniedException("staff only");
		}
	}

	/** A worker records a question on a child's behalf: for a child of the organisation, or anonymously. */
	public Asked record(CurrentUser user, QuestionRequest request) {
		requireStaff(user);
		UUID child = Boolean.TRUE.equals(request.anonymous()) ? null : request.childId();
		if (child != null && children.cards(user, List.of(child)).isEmpty()) {
			throw new FieldRejected("childId", "participation.questions.error.child");
		}
		return ask(user.organisationId(), child, request.text(), user.id());
	}

	/**
	 * A question of a child of the organisation (or anonymous, without a child), recorded by someone of staff or by
	 * the child ({@code recordedBy} null). The caller has decided the child is theirs to ask for.
	 */
	public Asked ask(UUID organisationId, @Nullable UUID childId, @Nullable String text, @Nullable UUID recordedBy) {
		var user = CurrentUser.current();
		return ask(organisationId, childId, null, text, recordedBy,
				user == null ? AuditLog.Actor.anonymous(null) : AuditLog.Actor.of(user));
	}

	/**
	 * The same, with the child who asked themselves ({@code askerId}, kept also when they ask anonymously, so that they
	 * can read their question and its answer later; staff never read it) and the actor for the audit log: for
	 * {@link ChildVoice#ask}.
	 */
	Asked ask(UUID organisationId, @Nullable UUID childId, @Nullable UUID askerId, @Nullable String text,
			@Nullable UUID recordedBy, AuditLog.Actor actor) {
		return ask(organisationId, childId, askerId, text, recordedBy, actor, null);
	}

	/** The same, asked on a kiosk ({@code kioskId}), for {@link ChildVoice#ask}. */
	Asked ask(UUID organisationId, @Nullable UUID childId, @Nullable UUID askerId, @Nullable String text,
			@Nullable UUID recordedBy, AuditLog.Actor actor, @Nullable UUID kioskId) {
		// control characters (but line breaks) go: a question of nothing else is empty. Nothing else is refused, so no
		// character a child's keyboard makes (a newer emoji than the JDK knows) keeps a question from the danger list
		var plain = text == null ? "" : CONTROL.matcher(text).replaceAll("").strip();
		if (plain.isEmpty()) {
			throw new FieldRejected("text", "participation.questions.error.text");
		}
		if (plain.length() > MAX_TEXT) {
			throw new FieldRejected("text", "participation.questions.error.textLong", MAX_TEXT);
		}
		if (childId != null) {
			children.partnerCard(organisationId, childId);
		}
		if (askerId != null) {
			children.partnerCard(organisationId, askerId);
		}
		var id = UUID.randomUUID();
		var urgent = danger.matches(plain);
		store.insert(new QuestionStore.Row(id, organisationId, childId, encryption.seal(plain, id), urgent, recordedBy,
				clock.instant(), null, null, null, false, null, null, kioskId), askerId);
		audit.record(actor, AuditAction.CREATED, "question", id, AuditResult.SUCCESS);
		if (urgent) {
			events.publishEvent(new QuestionNeedsAttention(organisationId, id));
		}
		return new Asked(id, urgent);
	}

	/** A question opened for the child who asked it: the text and the answer in plain text. */
	record Own(UUID id, String text, boolean anonymous, Instant askedAt, @Nullable String answer,
			@Nullable Instant answeredAt) {
	}

	/** The child's own questions (asked by them, or recorded for them by name), newest first; every read is logged. */
	List<Own> own(UUID organisationId, UUID childId, AuditLog.Actor actor) {
		return store.own(organisationId, childId).stream().map(row -> {
			audit.record(actor, AuditAction.READ, "question", row.id(), AuditResult.SUCCESS);
			return new Own(row.id(), encryption.open(row.text(), row.id()), row.childId() == null, row.askedAt(),
					encryption.open(row.answer(), row.id()), row.answeredAt());
		}).toList();
	}

	/**
	 * For the child's access request, read by staff: only the questions asked with the child's name and not urgent, each
	 * read logged. A question the child asked without their name stays anonymous towards staff, and one that reads like
	 * danger is not handed to whoever asked for the export (it may be the parent the child is afraid of; UAVG art. 41).
	 */
	List<Own> named(UUID organisationId, UUID childId, AuditLog.Actor actor) {
		return store.own(organisationId, childId).stream().filter(row -> row.childId() != null && !row.urgent())
			.map(row -> {
				audit.record(actor, AuditAction.READ, "question", row.id(), AuditResult.SUCCESS);
				return new Own(row.id(), encryption.open(row.text(), row.id()), false, row.askedAt(),
						encryption.open(row.answer(), row.id()), row.answeredAt());
			}).toList();
	}

	/** A published question with its answer: no name. */
	record Published(UUID id, String text, String answer, Instant publishedAt) {
	}

	/** The organisation's published questions, newest first, for the children's pages. */
	List<Published> published(UUID organisationId) {
		return store.published(organisationId).stream()
			.filter(row -> row.answer() != null && row.publishedAt() != null)
			.map(row -> new Published(row.id(), encryption.open(row.text(), row.id()),
					encryption.open(row.answer(), row.id()), row.publishedAt()))
			.toList();
	}

	/** The organisation's questions: urgent unanswered ones first, overdue ones marked, answered ones last. */
	@Transactional(readOnly = true)
	public List<Summary> list(CurrentUser user) {
		requireStaff(user);
		var rows = store.list(user.organisationId());
		var names = new HashMap<UUID, String>();
		var ids = rows.stream().map(QuestionStore.Listed::childId).filter(java.util.Objects::nonNull).distinct().toList();
		children.cards(user, ids).forEach(card -> names.put(card.id(), card.name()));
		return rows.stream()
			.map(row -> new Summary(row.id(), row.childId() == null ? null : names.get(row.childId()), row.urgent(),
					overdue(row.askedAt(), row.answeredAt()), row.askedAt(), row.answeredAt(), row.published()))
			.toList();
	}

	/** A question, opened for staff of the organisation; the read is logged. */
	public Question question(CurrentUser user, UUID id) {
		requireStaff(user);
		var row = store.find(user.organisationId(), id).orElseThrow(NotFound::new);
		String childName = null;
		if (row.childId() != null) {
			childName = children.cards(user, List.of(row.childId())).stream().findFirst().map(card -> card.name())
				.orElse(null);
		}
		audit.record(AuditAction.READ, "question", id, AuditResult.SUCCESS);
		var kiosk = row.urgent() && row.kioskId() != null ? kiosks.origin(user.organisationId(), row.kioskId()).orElse(null)
				: null;
		return new Question(id, row.childId(), childName, encryption.open(row.text(), id), row.urgent(), row.askedAt(),
				row.askedAt().plus(target), overdue(row.askedAt(), row.answeredAt()), encryption.open(row.answer(), id),
				row.answeredAt(), row.published(), row.publishedAt(), kiosk);
	}

	/** Staff answer (or correct the answer to) a question of their organisation. */
	public void answer(CurrentUser user, UUID id, QuestionAnswer answer) {
		requireStaff(user);
		store.find(user.organisationId(), id).orElseThrow(NotFound::new);
		var plain = answer.text() == null ? "" : answer.text().strip();
		if (plain.isEmpty()) {
			throw new FieldRejected("text", "participation.questions.error.answer");
		}
		if (plain.length() > MAX_ANSWER) {
			throw new FieldRejected("text", "participation.questions.error.answerLong", MAX_ANSWER);
		}
		store.answer(user.organisationId(), id, encryption.seal(plain, id), user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "question", id, AuditResult.SUCCESS);
	}

	/**
	 * Publishes an answered question with its answer on the children's page, without a name (moderated: the one who
	 * publishes has read both), or takes it off again. Who published is kept.
	 */
	public void publish(CurrentUser user, UUID id, boolean published) {
		requireStaff(user);
		var row = store.find(user.organisationId(), id).orElseThrow(NotFound::new);
		if (published && row.answeredAt() == null) {
			throw new FieldRejected("published", "participation.questions.error.publishUnanswered");
		}
		if (published && row.urgent()) {
			throw new FieldRejected("published", "participation.questions.error.publishUrgent");
		}
		store.publish(user.organisationId(), id, published, published ? user.id() : null,
				published ? clock.instant() : null);
		audit.record(AuditAction.UPDATED, "question", id, AuditResult.SUCCESS);
	}

	/**
	 * What moderation flags in the question's text (a child's name, a phone number, an address), as message keys: for
	 * the worker who decides to publish it, since a published question carries no name.
	 */
	public List<String> moderation(CurrentUser user, Question question) {
		requireStaff(user);
		return moderator.flags(user.organisationId(), question.text());
	}

	boolean overdue(Instant askedAt, @Nullable Instant answeredAt) {
		return answeredAt == null && askedAt.plus(target).isBefore(clock.instant());
	}

	Duration target() {
		return target;
	}
}
