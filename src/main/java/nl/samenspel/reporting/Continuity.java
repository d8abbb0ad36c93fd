package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the continuity measures (task 9), kept apart so that it is tested without a database: how long a
 * relation lasted, whether it lasted a year, the median in months and a share in percent.
 */
final class Continuity {

	/** The average length of a month in days (365.25 / 12): a duration in days over this is one in months. */
	static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

	private Continuity() {
	}

	/** The days from the first day to the last (0 when they are the same day). */
	static long days(LocalDate first, LocalDate last) {
		return ChronoUnit.DAYS.between(first, last);
	}

	/** Whether a relation from the first day to the last lasted a year or more: the last is on or after the anniversary. */
	static boolean lastedAYear(LocalDate first, LocalDate last) {
		return !last.isBefore(first.plusYears(1));
	}

	/**
	 * The median of durations in days, in months of {@link #DAYS_PER_MONTH} days with one decimal, rounded half up: the
	 * middle one of an odd number, the mean of the two middle ones of an even number.
	 */
	static BigDecimal medianMonths(List<Long> days) {
		if (days.isEmpty()) {
			throw new IllegalArgumentException("a median of nothing");
		}
		var sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
		int middle = sorted.length / 2;
		var twice = sorted.length % 2 == 1 ? BigDecimal.valueOf(sorted[middle]).multiply(BigDecimal.valueOf(2))
				: BigDecimal.valueOf(sorted[middle - 1]).add(BigDecimal.valueOf(sorted[middle]));
		return twice.divide(DAYS_PER_MONTH.multiply(BigDecimal.valueOf(2)), 1, RoundingMode.HALF_UP);
	}

	/**
	 * A part of a whole in percent with one decimal, rounded half up; none when either is not shown (null) or the whole
	 * is zero. A municipality's share is taken over the published counts, so it says nothing they do not.
	 */
	static @Nullable BigDecimal percent(@Nullable Long part, @Nullable Long whole) {
		if (part == null || whole == null || whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}

	/** A count per another with one decimal, rounded half up; none when either is not shown or the other is zero. */
	static @Nullable BigDecimal per(@Nullable Long count, @Nullable Long over) {
		if (count == null || over == null || over == 0) {
			return null;
		}
		return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(over), 1, RoundingMode.HALF_UP);
	}
}
