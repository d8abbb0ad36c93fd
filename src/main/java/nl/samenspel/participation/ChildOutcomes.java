package nl.samenspel.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;

/**
 * What a child sees back of their voice, on the kiosk or after their own login (the Lundy model's influence): what
 * became of their ideas ('you said, we did'), their questions with the answers (every read logged), the feedback they
 * gave, the organisation's published questions, and the pictures of ideas they may see. Acting is {@link ChildVoice};
 * this class changes with what the children's pages show. Only the child's own rows, or published ones, ever.
 */
@Service
@Transactional(readOnly = true)
public class ChildOutcomes {

	/** What became of one of the child's ideas. {@code reason} only for NOT_NOW; the activity only for PLANNED/DONE. */
	public record MyIdea(UUID id, String roundTitle, String text, IdeaStatus status, boolean approved,
			@Nullable String reason, @Nullable String activityTitle, @Nullable LocalDate activityDate, Instant createdAt) {
	}

	/** One of the child's questions with its answer (none yet: {@code answer} null). */
	public record MyQuestion(UUID id, String text, boolean anonymous, Instant askedAt, @Nullable String answer,
			@Nullable Instant answeredAt) {

		public boolean answered() {
			return answer != null;
		}
	}

	/** Feedback the child gave: for which session (title and date), the smileys and the texts. */
	public record MyFeedback(UUID id, String sessionTitle, LocalDate sessionDate, int score, @Nullable String fun,
			@Nullable String better, Instant givenAt) {
	}

	/** A question staff published with its answer, without a name. */
	public record PublishedQuestion(UUID id, String text, String answer, Instant publishedAt) {
	}

	private final IdeaStore ideaStore;
	private final FeedbackStore feedbackStore;
	private final PictureStore pictureStore;
	private final IdeaPictures pictures;
	private final Questions questions;
	private final ChildManagement children;
	private final Attendance attendance;
	private final Programme programme;

	ChildOutcomes(IdeaStore ideaStore, FeedbackStore feedbackStore, PictureStore pictureStore, IdeaPictures pictures,
			Questions questions, ChildManagement children, Attendance attendance, Programme programme) {
		this.ideaStore = ideaStore;
		this.feedbackStore = feedbackStore;
		this.pictureStore = pictureStore;
		this.pictures = pictures;
		this.questions = questions;
		this.children = children;
		this.attendance = attendance;
		this.programme = programme;
	}

	/** The child must be one of the organisation's (and not erased): else not found. */
	private void check(Speaker speaker) {
		children.partnerCard(speaker.organisationId(), speaker.childId());
	}

	/**
	 * Which ideas of the organisation have a drawing or photo, to show an image only where there is one; the picture
	 * itself still goes through {@link #picture}.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> picturedIdeas(Speaker speaker) {
		check(speaker);
		return pictureStore.picturedIdeas(speaker.organisationId());
	}

	/**
	 * The drawing or photo of an idea as the child sees it: their own idea's (also while it waits), another's only
	 * once approved; anything else, or another organisation's idea, is empty.
	 */
	@Transactional(readOnly = true)
	public Optional<IdeaPictures.Picture> picture(Speaker speaker, UUID ideaId) {
		check(speaker);
		return pictures.pictureForChild(speaker.organisationId(), ideaId, speaker.childId());
	}

	/** 'You said, we did': the child's own ideas, newest first, with what became of them. */
	@Transactional(readOnly = true)
	public List<MyIdea> myIdeas(Speaker speaker) {
		check(speaker);
		return ideaStore.ideasOf(speaker.organisationId(), speaker.childId()).stream().map(row -> {
			var idea = row.idea();
			String title = null;
			LocalDate date = null;
			if (idea.status().linksActivity() && idea.activityId() != null) {
				try {
					title = programme.activity(speaker.organisationId(), idea.activityId()).title();
					var from = idea.createdAt().atZone(DutchTime.ZONE).toLocalDate();
					date = programme.sessions(speaker.organisationId(), idea.activityId(), from, from.plusYears(1)).stream()
						.filter(session -> !session.cancelled()).map(Session::date).findFirst().orElse(null);
				}
				catch (NotFound gone) {
					title = null;
				}
			}
			return new MyIdea(idea.id(), row.roundTitle(), idea.text(), idea.status(), idea.approved(),
					idea.status() == IdeaStatus.NOT_NOW ? idea.reason() : null, title, date, idea.createdAt());
		}).toList();
	}

	/** The child's own questions, newest first, with the answers; every question read is logged. */
	@Transactional // not read-only: the reads are audited
	public List<MyQuestion> myQuestions(Speaker speaker) {
		check(speaker);
		return questions.own(speaker.organisationId(), speaker.childId(), ChildVoice.actor(speaker)).stream()
			.map(own -> new MyQuestion(own.id(), own.text(), own.anonymous(), own.askedAt(), own.answer(),
					own.answeredAt()))
			.toList();
	}

	/** The feedback the child gave (also anonymously), newest first. */
	@Transactional(readOnly = true)
	public List<MyFeedback> myFeedback(Speaker speaker) {
		check(speaker);
		return feedbackStore.givenBy(speaker.organisationId(), speaker.childId()).stream().map(entry -> {
			var session = attendance.presence(speaker.organisationId(), entry.sessionId()).session();
			return new MyFeedback(entry.id(), session.title(), session.date(), entry.score(), entry.fun(), entry.better(),
					entry.recordedAt());
		}).toList();
	}

	/** The organisation's published questions with their answers, newest first, without names. */
	@Transactional(readOnly = true)
	public List<PublishedQuestion> publishedQuestions(UUID organisationId) {
		return questions.published(organisationId).stream()
			.map(published -> new PublishedQuestion(published.id(), published.text(), published.answer(),
					published.publishedAt()))
			.toList();
	}
}
