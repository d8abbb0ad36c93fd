package nl.samenspel.participation.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.activities.Session;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.Idea;
import nl.samenspel.participation.Round;
import nl.samenspel.ui.FieldMessages;

/** What the pages of a child signed in with their own login show. */
public final class ChildPageViews {

	private ChildPageViews() {
	}

	/** You said, we did: the child's ideas, and the answers given lately; {@code pictured}: ideas with a picture. */
	public record Home(List<ChildOutcomes.MyIdea> ideas, List<ChildOutcomes.MyQuestion> answers, Set<UUID> pictured) {
	}

	/** An open round: the ideas to vote for and whether the child voted already. */
	public record RoundView(Round round, List<Idea> ideas, boolean voted) {
	}

	/**
	 * The ideas page; {@code errors} belong to the form of {@code errorRound}; {@code elsewhere} are shown at the
	 * top when that round is no longer open.
	 */
	public record Ideas(List<RoundView> rounds, @Nullable UUID errorRound, @Nullable String text, FieldMessages errors,
			FieldMessages elsewhere, Set<UUID> pictured) {

		public FieldMessages errorsOf(Round round) {
			return round.id().equals(errorRound) ? errors : FieldMessages.NONE;
		}

		public @Nullable String textOf(Round round) {
			return round.id().equals(errorRound) ? text : null;
		}
	}

	public record Questions(List<ChildOutcomes.MyQuestion> mine, List<ChildOutcomes.PublishedQuestion> published,
			@Nullable String text, boolean anonymous, boolean urgent, FieldMessages errors) {
	}

	public record FeedbackPage(List<Session> sessions, List<FeedbackViews.Smiley> smileys,
			List<ChildOutcomes.MyFeedback> given, @Nullable UUID errorSession, @Nullable Integer score, @Nullable String fun,
			@Nullable String better, FieldMessages errors) {

		public FieldMessages errorsOf(Session session) {
			return session.id().equals(errorSession) ? errors : FieldMessages.NONE;
		}

		public boolean selected(Session session, int value) {
			return session.id().equals(errorSession) && score != null && score == value;
		}
	}
}
