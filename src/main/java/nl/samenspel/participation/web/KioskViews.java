package nl.samenspel.participation.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.activities.Session;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.Idea;
import nl.samenspel.participation.Kiosks;
import nl.samenspel.participation.Round;
import nl.samenspel.ui.FieldMessages;

/** What the kiosk pages (and the staff's kiosk page) show. */
public final class KioskViews {

	private KioskViews() {
	}

	/** The staff's page: today's sessions to open a kiosk for, and the open kiosks with a lock button. */
	public record StaffPage(List<Session> sessions, List<Kiosks.Listed> kiosks, FieldMessages errors) {
	}

	/** The names to tap: the children present at the session. */
	public record Names(Session session, List<Kiosks.KioskChild> children) {
	}

	/** A child's menu, or (without an avatar) the avatar picker. */
	public record Menu(Kiosks.KioskChild child, List<Kiosks.Avatar> avatars, FieldMessages errors) {
	}

	/** The idea form: the open rounds (none: nothing to propose in), the text sent back after an error. */
	public record IdeaForm(Kiosks.KioskChild child, List<Round> rounds, @Nullable UUID roundId, @Nullable String text,
			FieldMessages errors) {
	}

	/**
	 * The vote: several open rounds to choose from ({@code round} null), or one round's ballot, or that the child has
	 * voted in it already.
	 */
	public record VoteForm(Kiosks.KioskChild child, List<Round> rounds, @Nullable Round round, boolean voted,
			List<Idea> ideas, List<UUID> chosen, FieldMessages errors, Set<UUID> pictured) {
	}

	/** The feedback form on the kiosk's session. */
	public record FeedbackForm(Kiosks.KioskChild child, Session session, List<FeedbackViews.Smiley> smileys,
			@Nullable String fun, @Nullable String better, boolean named, FieldMessages errors) {
	}

	/** The question form, with the published questions (no names) below it. */
	public record QuestionForm(Kiosks.KioskChild child, @Nullable String text, boolean named, FieldMessages errors,
			List<ChildOutcomes.PublishedQuestion> published) {
	}

	/** 'You said, we did' for the child; {@code pictured}: the ideas with a drawing or photo. */
	public record MyIdeas(Kiosks.KioskChild child, List<ChildOutcomes.MyIdea> ideas, Set<UUID> pictured) {
	}
}
