package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Children's participation in a period (issue 17): ideas, votes, questions and feedback, per activity with the totals,
 * as {@link ParticipationFigures} counts them. A count is {@code null} where it is suppressed (shown as &lt;5); a
 * MUNICIPALITY user only ever receives suppressed figures, every count and every total perturbed by its own cell key.
 * Counts, an average and a median only: no child, no name, nothing a child wrote.
 */
public record ParticipationFigureTables(LocalDate from, LocalDate to, @Nullable String municipalityCode, boolean suppressed,
		List<Line> lines, Line total, QuestionFigures questions) {

	/**
	 * One activity of an organisation (or, with no {@code activityId}, the organisation's rounds about no activity; for
	 * {@link #total} every line, without an organisation), with the organisation's name: the
	 * ideas proposed in the period, by children and on behalf of a group, and of those the ideas planned and done now;
	 * the ballots cast in the period and the distinct children who cast them; the feedback forms recorded in the
	 * period, their average score (1 to 5, one decimal) and how many gave each score. The total's counts are cells of
	 * their own (for a municipality perturbed with their own keys), and its voters count each child once. For a
	 * municipality the average is that of the score counts as shown, and null when one of them is "&lt;5".
	 */
	public record Line(@Nullable String organisation, @Nullable UUID activityId, @Nullable String title, @Nullable Long ideas,
			@Nullable Long ideasByChildren, @Nullable Long ideasForGroups, @Nullable Long planned, @Nullable Long done,
			@Nullable Long ballots, @Nullable Long voters, @Nullable Long feedback, @Nullable BigDecimal averageScore,
			List<Score> scores) {
	}

	/** How many feedback forms gave a score, from 1 ("heel stom") to 5 ("super leuk"). */
	public record Score(int score, @Nullable Long count) {
	}

	/**
	 * Children's questions asked in the period: how many, how many of those have been answered, how many within the
	 * target time ({@code targetHours}, samenspel.participation.question-target), and the median time from asking to
	 * answering of the answered ones, in hours with one decimal ({@code null} without answers, or for a municipality
	 * unless the answered count is shown as 10 or more and the count within the target is shown).
	 */
	public record QuestionFigures(@Nullable Long asked, @Nullable Long answered, @Nullable Long answeredWithinTarget,
			@Nullable BigDecimal medianHours, long targetHours) {
	}
}
