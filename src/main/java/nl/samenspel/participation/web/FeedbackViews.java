package nl.samenspel.participation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.Session;
import nl.samenspel.participation.Feedback;
import nl.samenspel.participation.Satisfaction;
import nl.samenspel.ui.FieldMessages;

/** What the feedback pages show. */
public final class FeedbackViews {

	private FeedbackViews() {
	}

	/** One of the five smileys: the score, its pictogram (aria-hidden) and its text label. */
	public record Smiley(int score, String emoji, String label, boolean selected) {
	}

	/** The session's page: the form (with the sent values after an error) and the entries so far, without names. */
	public record SessionPage(Session session, List<Smiley> smileys, @Nullable String fun, @Nullable String better,
			FieldMessages errors, List<Feedback> entries) {
	}

	/** The activity's satisfaction figure. */
	public record ActivityPage(Activity activity, Satisfaction satisfaction, List<Smiley> smileys) {
	}
}
