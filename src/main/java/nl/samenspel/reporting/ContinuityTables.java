package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Continuity for task 9 in a period, as {@link ContinuityFigures} measures it: the buddy pairs, the volunteers' relations
 * with groups, and the intergenerational activities. A count is {@code null} where it is suppressed (shown as &lt;5); a
 * MUNICIPALITY user only ever receives suppressed figures. Durations are measured up to {@code measuredOn}: the
 * period's last day, or today when that is earlier. Counts, medians and shares only: no person, no name, no note.
 */
public record ContinuityTables(LocalDate from, LocalDate to, LocalDate measuredOn, @Nullable String municipalityCode,
		boolean suppressed, Pairs pairs, Relations relations, Intergenerational intergenerational) {

	/**
	 * The buddy pairs that ran in the period (started on or before {@code measuredOn}, not ended before the period): how
	 * many, how many with a child, how many started and ended in it (with a count per reason), the median duration in
	 * months (from the start to the end, or to {@code measuredOn} while running), how many lasted a year or more and
	 * their share in percent, the meetings they logged up to {@code measuredOn} and the meetings per pair.
	 */
	public record Pairs(@Nullable Long running, @Nullable Long withChild, @Nullable Long started, @Nullable Long ended,
			List<Reason> endReasons, @Nullable BigDecimal medianMonths, @Nullable Long lastedAYear,
			@Nullable BigDecimal shareLastedAYear, @Nullable Long meetings, @Nullable BigDecimal meetingsPerPair) {
	}

	/** How many pairs that ended in the period ended for a reason. */
	public record Reason(String reason, @Nullable Long count) {
	}

	/**
	 * The volunteers' relations with groups that had a session in the period: per volunteer and activity, from the
	 * first to the last session that took place with the volunteer confirmed (and not absent), up to
	 * {@code measuredOn}; how many, the median duration in months, how many lasted a year or more and their share.
	 */
	public record Relations(@Nullable Long relations, @Nullable BigDecimal medianMonths, @Nullable Long lastedAYear,
			@Nullable BigDecimal shareLastedAYear) {
	}

	/**
	 * The activities marked intergenerational with a session that took place in the period, those sessions (not
	 * counts of persons, never suppressed), the registered children present at them and their presences.
	 */
	public record Intergenerational(long activities, long sessions, @Nullable Long children,
			@Nullable Long participations) {
	}
}
