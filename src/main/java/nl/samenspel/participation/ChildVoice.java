package nl.samenspel.participation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Attendance;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * The one place a child (not a worker) acts: on a kiosk ({@link Channel#KIOSK}) or after their own login
 * ({@link Channel#LOGIN}). Whoever calls it has decided who the child is and builds a {@link Speaker}; every method
 * checks that the child is one of the organisation's (else {@link NotFound}) and that the round or session is the
 * organisation's (else {@link NotFound}).
 * <ul>
 * <li>{@link #openRounds}, {@link #ballotIdeas} (approved ideas only, without who proposed them),
 * {@link #hasVoted};</li>
 * <li>{@link #propose}: an idea in an open round, waiting for a worker's approval, flagged by {@code Moderation} as a
 * worker's is ({@link Ideas}' shared {@code insert}); optionally with a drawing or photo ({@link IdeaPictures}), saved
 * with the idea or, when the picture is refused, neither;</li>
 * <li>{@link #vote}: one ballot per child per round whatever the channel, through {@link Ballots}' shared
 * {@code cast} (the same checks and the same unique-constraint race handling as a worker's paper ballot);</li>
 * <li>{@link #feedback}: for a session of the organisation the child was marked present at, anonymous by default,
 * through {@link SessionFeedback}'s shared {@code store};</li>
 * <li>{@link #ask}: through {@link Questions}' shared {@code ask} (the danger list, the alert); the child is kept
 * as the asker also when anonymous, in a column only {@link ChildOutcomes#myQuestions} reads.</li>
 * </ul>
 * What a child sees back (their ideas' outcomes, their answers, their feedback, the published questions, pictures)
 * is {@link ChildOutcomes}: it changes with what the pages show, this class with the rules of taking part.
 * Bad input throws a {@link FieldRejected} with a message in child language ({@code participation.voice.error.*})
 * and saves nothing (one transaction). The audit log records the channel and the kiosk or login as the actor
 * ({@code kiosk:<id>}, {@code child-login:<id>}, roles CHILD), never the child: an anonymous question stays
 * anonymous there too. Texts never go into logs or events.
 */
@Service
@Transactional
public class ChildVoice {

	/** A child's message for each key the shared checks throw; anything else gets the general one. */
	private static final Map<String, String> CHILD_KEYS = Map.ofEntries(
			Map.entry("participation.ideas.error.closed", "participation.voice.error.closed"),
			Map.entry("participation.ideas.error.alreadyVoted", "participation.voice.error.alreadyVoted"),
			Map.entry("participation.ideas.error.noChoice", "participation.voice.error.noChoice"),
			Map.entry("participation.ideas.error.dots", "participation.voice.error.dots"),
			Map.entry("participation.ideas.error.ideaNotInRound", "participation.voice.error.idea"),
			Map.entry("participation.ideas.error.textRequired", "participation.voice.error.ideaText"),
			Map.entry("participation.ideas.error.textTooLong", "participation.voice.error.tooLong"),
			Map.entry("participation.feedback.error.score", "participation.voice.error.score"),
			Map.entry("participation.feedback.error.tooLong", "participation.voice.error.tooLong"),
			Map.entry("participation.questions.error.text", "participation.voice.error.questionText"),
			Map.entry("participation.questions.error.textLong", "participation.voice.error.tooLong"),
			Map.entry("validation.plainText", "participation.voice.error.plainText"),
			Map.entry("participation.pictures.error.format", "participation.childPicture.error.format"),
			Map.entry("participation.pictures.error.tooManyPixels", "participation.childPicture.error.tooBig"));

	private final IdeaStore ideaStore;
	private final Ideas ideas;
	private final Ballots ballots;
	private final SessionFeedback feedback;
	private final Questions questions;
	private final ChildManagement children;
	private final Attendance attendance;
	private final IdeaPictures pictures;
	private final KioskStore kiosks;
	private final ChildLoginStore logins;
	private final FeedbackStore feedbackStore;
	private final Clock clock;

	ChildVoice(IdeaStore ideaStore, Ideas ideas, Ballots ballots, SessionFeedback feedback, Questions questions,
			ChildManagement children, Attendance attendance, IdeaPictures pictures, KioskStore kiosks,
			ChildLoginStore logins, FeedbackStore feedbackStore, Clock clock) {
		this.ideaStore = ideaStore;
		this.ideas = ideas;
		this.ballots = ballots;
		this.feedback = feedback;
		this.questions = questions;
		this.children = children;
		this.attendance = attendance;
		this.pictures = pictures;
		this.kiosks = kiosks;
		this.logins = logins;
		this.feedbackStore = feedbackStore;
		this.clock = clock;
	}

	/** The actor the audit log records for a child's action: the channel and the kiosk or login, never the child. */
	static AuditLog.Actor actor(Speaker speaker) {
		var name = speaker.channel() == Channel.KIOSK ? "kiosk" : "child-login";
		return new AuditLog.Actor(speaker.organisationId(), null,
				speaker.via() == null ? name : name + ":" + speaker.via(), "CHILD");
	}

	/** The child must be one of the organisation's (and not erased): else not found. */
	private void check(Speaker speaker) {
		children.partnerCard(speaker.organisationId(), speaker.childId());
	}

	/**
	 * The kiosk or login the child acts through still takes input, read again in this transaction: the caller found it
	 * open when the request began, but a worker may have locked the kiosk (or revoked the login) since, and nothing may
	 * be saved after that. A kiosk that takes no input is {@link KioskClosed}, a revoked login {@link NotFound}.
	 */
	private void stillOpen(Speaker speaker) {
		var via = speaker.via();
		if (via == null) {
			return;
		}
		if (speaker.channel() == Channel.KIOSK) {
			var now = clock.instant();
			if (kiosks.findForInput(speaker.organisationId(), via).filter(kiosk -> kiosk.open(now)).isEmpty()) {
				throw new KioskClosed();
			}
		}
		else if (!logins.active(speaker.organisationId(), via, speaker.childId())) {
			throw new NotFound();
		}
	}

	private Round round(Speaker speaker, UUID roundId) {
		check(speaker);
		return ideaStore.round(speaker.organisationId(), roundId).orElseThrow(NotFound::new);
	}

	/** The organisation's open rounds, newest first. */
	@Transactional(readOnly = true)
	public List<Round> openRounds(Speaker speaker) {
		check(speaker);
		return ideaStore.rounds(speaker.organisationId()).stream().filter(Round::open).toList();
	}

	/**
	 * The round's approved ideas, oldest first, to vote for: without who proposed them ({@code childId} null), the
	 * moderation flag or the history.
	 */
	@Transactional(readOnly = true)
	public List<Idea> ballotIdeas(Speaker speaker, UUID roundId) {
		return approvedIdeas(round(speaker, roundId));
	}

	private List<Idea> approvedIdeas(Round round) {
		return ideaStore.ideas(round.id()).stream().filter(Idea::approved)
			.map(idea -> new Idea(idea.id(), idea.roundId(), idea.text(), null, true, false, idea.status(), null, null,
					idea.createdAt(), List.of()))
			.toList();
	}

	/**
	 * What a vote page shows: the open rounds, the round to vote in (the given one when it is open, else the only open
	 * one, else none), whether the child voted in it and, when not, its {@link #ballotIdeas ideas}.
	 */
	public record BallotPage(List<Round> rounds, @Nullable Round round, boolean voted, List<Idea> ideas) {
	}

	/** The kiosk's vote page in one go: the child is checked once and each round read once. */
	@Transactional(readOnly = true)
	public BallotPage ballotPage(Speaker speaker, @Nullable UUID roundId) {
		var rounds = openRounds(speaker);
		var round = roundId != null ? rounds.stream().filter(open -> open.id().equals(roundId)).findFirst().orElse(null)
				: rounds.size() == 1 ? rounds.get(0) : null;
		var voted = round != null && ideaStore.hasVoted(round.id(), speaker.childId());
		return new BallotPage(rounds, round, voted, round == null || voted ? List.of() : approvedIdeas(round));
	}

	/** Whether the child has voted in the round, on any channel (or a worker recorded their paper ballot). */
	@Transactional(readOnly = true)
	public boolean hasVoted(Speaker speaker, UUID roundId) {
		var round = round(speaker, roundId);
		return ideaStore.hasVoted(round.id(), speaker.childId());
	}

	/** The child proposes an idea in an open round; it waits for a worker's approval before others see it. */
	public Idea propose(Speaker speaker, UUID roundId, @Nullable String text) {
		return propose(speaker, roundId, text, null);
	}

	/**
	 * The child proposes an idea with a drawing or photo ({@code picture}; none: null), in one transaction: a picture
	 * {@link IdeaPictures} refuses (not a JPEG, PNG or GIF, empty, too large) refuses the idea too, with a child's
	 * message on the field {@code picture}. The picture is moderated with the idea; it is stored as uploaded by the
	 * worker who opened the kiosk or by the child's own login account.
	 */
	public Idea propose(Speaker speaker, UUID roundId, @Nullable String text, byte @Nullable [] picture) {
		stillOpen(speaker);
		check(speaker);
		var round = ideaStore.lockedRound(speaker.organisationId(), roundId).orElseThrow(NotFound::new);
		if (picture != null && picture.length > IdeaPictures.MAX_BYTES) {
			// the shared check calls this "not a picture of at most 5 MB"; a child is told it is too big
			throw new FieldRejected("picture", "participation.childPicture.error.tooBig");
		}
		var id = inChildLanguage(() -> ideas.insert(speaker.organisationId(), round, text, speaker.childId(), false, null,
				actor(speaker)));
		if (picture != null) {
			var uploader = uploader(speaker);
			inChildLanguage(() -> pictures.attach(speaker.organisationId(), id, speaker.childId(), picture, uploader));
		}
		return ideaStore.idea(speaker.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** The user a child's upload is recorded as: the worker who opened the kiosk, or the child's login account. */
	private UUID uploader(Speaker speaker) {
		if (speaker.channel() == Channel.KIOSK && speaker.via() != null) {
			return kiosks.find(speaker.organisationId(), speaker.via()).orElseThrow(NotFound::new).openedBy();
		}
		return logins.activeOfChildLocked(speaker.organisationId(), speaker.childId()).orElseThrow(NotFound::new)
			.accountId();
	}

	/**
	 * The child's ballot in an open round: approved ideas of the round, at least one (APPROVAL), or exactly the
	 * round's dots (DOTS). One ballot per child per round, whatever the channel: a second one is refused
	 * ({@code participation.voice.error.alreadyVoted}), also when two arrive at once.
	 */
	public void vote(Speaker speaker, UUID roundId, @Nullable List<UUID> ideaIds, @Nullable Map<UUID, Integer> dots) {
		stillOpen(speaker);
		check(speaker);
		// locked like the kiosk: a round that closes waits for the ballots under way, and none comes in after
		var round = ideaStore.lockedRound(speaker.organisationId(), roundId).orElseThrow(NotFound::new);
		if ((ideaIds != null && ideaIds.size() > 100) || (dots != null && dots.size() > 100)) {
			throw new FieldRejected("ideaIds", "participation.voice.error.idea");
		}
		inChildLanguage(() -> {
			ballots.cast(speaker.organisationId(), round, speaker.childId(),
					new Ballot(speaker.childId(), ideaIds, dots), null, actor(speaker));
			return null;
		});
	}

	/**
	 * The child's feedback on a session of the organisation they were marked present at, once (on the kiosk and after
	 * login together; {@code participation.voice.error.feedbackGiven} after that): a score of 1 to 5 and two
	 * optional short texts. Anonymous (the default) keeps the child's name from staff; the child still sees it in
	 * {@link ChildOutcomes#myFeedback}.
	 */
	public Feedback feedback(Speaker speaker, UUID sessionId, @Nullable Integer score, @Nullable String fun,
			@Nullable String better, boolean anonymous) {
		stillOpen(speaker);
		check(speaker);
		var presence = attendance.presence(speaker.organisationId(), sessionId);
		if (!presence.present().contains(speaker.childId())) {
			throw new FieldRejected("sessionId", "participation.voice.error.notPresent");
		}
		// once per session, kiosk and login together: tapping a smiley twenty times is not twenty children's say
		if (feedbackStore.givenBy(speaker.organisationId(), presence.session().id(), speaker.childId())) {
			throw new FieldRejected("score", "participation.voice.error.feedbackGiven");
		}
		try {
			return inChildLanguage(() -> feedback.store(speaker.organisationId(), presence.session(), score, fun, better,
					anonymous ? null : speaker.childId(), speaker.childId(), null, actor(speaker)));
		}
		catch (DuplicateKeyException atTheSameMoment) {
			// another of the child's taps got in first (participation_feedback_once, V56)
			throw new FieldRejected("score", "participation.voice.error.feedbackGiven");
		}
	}

	/**
	 * The child asks a question, with their name for staff or anonymously. A question that matches the danger list is
	 * {@link Questions.Asked#urgent() urgent}: show the help at once; the safeguarding officers are alerted.
	 */
	public Questions.Asked ask(Speaker speaker, @Nullable String text, boolean anonymous) {
		stillOpen(speaker);
		check(speaker);
		return inChildLanguage(() -> questions.ask(speaker.organisationId(), anonymous ? null : speaker.childId(),
				speaker.childId(), text, null, actor(speaker), speaker.channel() == Channel.KIOSK ? speaker.via() : null));
	}

	/** Runs a shared check and gives its refusal a child's message (same field, same arguments). */
	private static <T> T inChildLanguage(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (FieldRejected rejected) {
			throw new FieldRejected(rejected.field(),
					CHILD_KEYS.getOrDefault(rejected.messageKey(), "participation.voice.error.general"),
					rejected.arguments());
		}
	}
}
