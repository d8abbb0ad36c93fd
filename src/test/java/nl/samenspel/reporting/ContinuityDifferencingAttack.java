package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import nl.samenspel.reporting.CountRanges.Cell;

import static nl.samenspel.reporting.CountRanges.minus;
import static nl.samenspel.reporting.CountRanges.plus;
import static nl.samenspel.reporting.CountRanges.times;

/**
 * Plays the municipality that wants a hidden count of the continuity figures back ({@link ContinuityFigures}), as
 * {@link ParticipationDifferencingAttack} does for the participation figures and with the same reasoning
 * ({@link CountRanges}): it asks the API for the year, its quarters and its months and narrows every count's range along
 * everything that holds between what is shown, until nothing narrows any more:
 *
 * <ul>
 * <li>per period: with a child, started, ended and lasted a year at most the pairs that ran; a pair started in a fixed
 * period has not lasted a year in it (lasted + started at most running); ended is the sum of the reasons; a relation
 * that lasted a year at most the relations; the intergenerational children at most their presences, and those at most
 * the children times the sessions (shown as they are);</li>
 * <li>between periods (a year as any of the 16 mixes of its quarters and months, a quarter as its months, the parts in
 * the order of time): started, ended, each reason and the presences add up; the pairs that ran in the whole are those
 * that ran in its first part and those started in the others, and the pairs that ran in a part are those of the part
 * before it less those that ended in it, and those started in it; pairs with a child, pairs and relations that lasted
 * a year, relations and children are at least each part's and at most their sum (each counts in the part where it
 * last ran); meetings are at least each part's;</li>
 * <li>a median where shown (exact in days up to the rounding to a tenth of a month): 366 days or more means that at
 * least half lasted a year, below 365 days at most half; for pairs also, longer than the period means that at most half
 * started in it, and no longer than the period that at least half started or ended in it (a pair that neither started
 * nor ended in it ran the whole period).</li>
 * </ul>
 *
 * <p>A protected cell is a count whose true value is from 1 to 4 or that is shown as "&lt;5"; it is <em>recovered</em>
 * when its range is one value. Every constraint and every narrowing is checked against the true values.
 */
final class ContinuityDifferencingAttack {

	static final String PAIRS = "pairs";

	static final String RELATIONS = "relations";

	static final String INTERGENERATIONAL = "intergenerational";

	static final List<String> PAIR_COUNTS;

	static {
		var counts = new ArrayList<>(List.of("running", "withChild", "started", "ended", "lastedAYear", "meetings"));
		ContinuityFigures.REASONS.forEach(reason -> counts.add("reason:" + reason));
		PAIR_COUNTS = List.copyOf(counts);
	}

	static final List<String> RELATION_COUNTS = List.of("relations", "lastedAYear");

	static final List<String> INTERGENERATIONAL_COUNTS = List.of("children", "participations");

	/**
	 * One period's figures as the API gives them: the counts per section (null: "&lt;5"), the two medians in months where
	 * shown, the intergenerational sessions (never perturbed) and the day durations are measured up to.
	 */
	record Table(Map<String, Map<String, @Nullable Long>> counts, @Nullable BigDecimal pairMedian,
			@Nullable BigDecimal relationMedian, long sessions, LocalDate from, LocalDate measuredOn) {

		static Table of(JsonNode json) {
			var counts = new LinkedHashMap<String, Map<String, @Nullable Long>>();
			var pairs = json.get(PAIRS);
			var pairCounts = new HashMap<String, @Nullable Long>();
			for (var figure : PAIR_COUNTS) {
				if (!figure.startsWith("reason:")) {
					pairCounts.put(figure, count(pairs.get(figure)));
				}
			}
			for (var reason : pairs.get("endReasons")) {
				pairCounts.put("reason:" + reason.get("reason").asString(), count(reason.get("count")));
			}
			counts.put(PAIRS, pairCounts);
			var relations = json.get(RELATIONS);
			var relationCounts = new HashMap<String, @Nullable Long>();
			RELATION_COUNTS.forEach(figure -> relationCounts.put(figure, count(relations.get(figure))));
			counts.put(RELATIONS, relationCounts);
			var intergenerational = json.get(INTERGENERATIONAL);
			var intergenerationalCounts = new HashMap<String, @Nullable Long>();
			INTERGENERATIONAL_COUNTS
				.forEach(figure -> intergenerationalCounts.put(figure, count(intergenerational.get(figure))));
			counts.put(INTERGENERATIONAL, intergenerationalCounts);
			return new Table(counts, months(pairs.get("medianMonths")), months(relations.get("medianMonths")),
					intergenerational.get("sessions").asLong(), LocalDate.parse(json.get("from").asString()),
					LocalDate.parse(json.get("measuredOn").asString()));
		}

		private static @Nullable Long count(@Nullable JsonNode node) {
			return node == null || node.isNull() ? null : node.asLong();
		}

		private static @Nullable BigDecimal months(@Nullable JsonNode node) {
			return node == null || node.isNull() ? null : node.decimalValue().setScale(1, RoundingMode.HALF_UP);
		}

		/**
		 * What a municipality would see of these exact figures with primary suppression only: counts from 1 to 4
		 * hidden, the rest as they are, a median where the count under it is shown, exact.
		 */
		Table primarySuppressionOnly() {
			var hidden = new LinkedHashMap<String, Map<String, @Nullable Long>>();
			counts.forEach((section, values) -> {
				var shown = new HashMap<String, @Nullable Long>();
				values.forEach((figure, value) -> shown.put(figure, value != null && CellKey.small(value) ? null : value));
				hidden.put(section, shown);
			});
			return new Table(hidden, hidden.get(PAIRS).get("running") == null ? null : pairMedian,
					hidden.get(RELATIONS).get("relations") == null ? null : relationMedian, sessions, from, measuredOn);
		}

		/**
		 * These counts with the medians of {@code exact} wherever the count under them is shown: as a municipality got
		 * them before.
		 */
		Table withMediansOf(Table exact) {
			return new Table(counts, counts.get(PAIRS).get("running") == null ? null : exact.pairMedian(),
					counts.get(RELATIONS).get("relations") == null ? null : exact.relationMedian(), sessions, from,
					measuredOn);
		}
	}

	/** What the attack found, and how many medians it was shown. */
	record Result(CountRanges.Findings findings, int pairMedians, int relationMedians) {

		int recovered() {
			return findings.recovered();
		}

		List<String> recoveredCells() {
			return findings.recoveredCells();
		}

		@Override
		public String toString() {
			return "constraints " + findings.constraints() + ", cells " + findings.cells() + " (" + findings.protectedCells()
					+ " protected, " + findings.narrowed() + " of those narrowed beyond their own publication), medians shown "
					+ pairMedians + " of pairs and " + relationMedians + " of relations, recovered " + findings.recovered()
					+ (findings.recoveredCells().isEmpty() ? "" : ": " + findings.recoveredCells());
		}
	}

	private final CountRanges ranges;
	private int pairMedians;
	private int relationMedians;

	private ContinuityDifferencingAttack(int maxNoise) {
		this.ranges = new CountRanges(maxNoise);
	}

	/**
	 * Attacks one year (in the past, so that every period is measured up to its last day): {@code shown} is what the
	 * municipality gets for a fixed period, {@code exact} the same figures unperturbed (the coordinator's, narrowed to
	 * the municipality), {@code maxNoise} the largest noise the attacker allows for (0: only "&lt;5" hides anything).
	 */
	static Result attack(int year, int maxNoise, Function<ReportPeriod, Table> shown, Function<ReportPeriod, Table> exact) {
		var attack = new ContinuityDifferencingAttack(maxNoise);
		for (var period : DifferencingAttack.periods(year)) {
			attack.read(period.code(), shown.apply(period), exact.apply(period));
		}
		attack.relate(year);
		attack.ranges.propagate();
		return new Result(attack.ranges.findings(), attack.pairMedians, attack.relationMedians);
	}

	private void read(String p, Table shown, Table exact) {
		shown.counts().forEach((section, values) -> values.forEach(
				(figure, value) -> ranges.put(new Cell(p, section, figure), value, exact.counts().get(section).get(figure))));
		if (!shown.measuredOn().equals(exact.measuredOn()) || shown.sessions() != exact.sessions()) {
			throw new IllegalStateException("the municipality and the coordinator see another period or other sessions");
		}
		long length = ChronoUnit.DAYS.between(shown.from(), shown.measuredOn());
		var running = cell(p, PAIRS, "running");
		var started = cell(p, PAIRS, "started");
		var ended = cell(p, PAIRS, "ended");
		var lasted = cell(p, PAIRS, "lastedAYear");
		for (var figure : List.of("withChild", "started", "ended", "lastedAYear")) {
			ranges.atMost(List.of(cell(p, PAIRS, figure)), List.of(running));
		}
		ranges.atMost(List.of(lasted, started), List.of(running));
		ranges.equal(ended, ContinuityFigures.REASONS.stream().map(reason -> cell(p, PAIRS, "reason:" + reason)).toList());
		ranges.atMost(List.of(cell(p, RELATIONS, "lastedAYear")), List.of(cell(p, RELATIONS, "relations")));
		var children = cell(p, INTERGENERATIONAL, "children");
		var presences = cell(p, INTERGENERATIONAL, "participations");
		ranges.atMost(List.of(children), List.of(presences));
		ranges.linear(List.of(plus(presences), times(-shown.sessions(), children)), -CountRanges.INFINITE, 0);
		if (shown.pairMedian() != null) {
			pairMedians++;
			var median = shown.pairMedian();
			aYear(median, running, lasted);
			if (low(median) > length) {
				// more than half ran longer than the period, so did not start in it
				ranges.linear(List.of(times(2, started), minus(running)), -CountRanges.INFINITE, 0);
			}
			if (high(median) <= length + 1) {
				// at least half ran no longer than the period: each started or ended in it
				ranges.linear(List.of(times(2, started), times(2, ended), minus(running)), 0, CountRanges.INFINITE);
			}
		}
		if (shown.relationMedian() != null) {
			relationMedians++;
			aYear(shown.relationMedian(), cell(p, RELATIONS, "relations"), cell(p, RELATIONS, "lastedAYear"));
		}
	}

	/** 366 days or more always reach the anniversary, 364 or fewer never do. */
	private void aYear(BigDecimal median, Cell count, Cell lasted) {
		if (low(median) >= 366) {
			ranges.linear(List.of(times(2, lasted), minus(count)), 0, CountRanges.INFINITE);
		}
		else if (high(median) <= 365) {
			ranges.linear(List.of(times(2, lasted), minus(count)), -CountRanges.INFINITE, 0);
		}
	}

	/** The least the median can be in days: a median shown as m months was at least (m - 0.05) months. */
	private static double low(BigDecimal months) {
		return months.subtract(new BigDecimal("0.05")).multiply(Continuity.DAYS_PER_MONTH).doubleValue();
	}

	/** The median was below this in days: (m + 0.05) months. */
	private static double high(BigDecimal months) {
		return months.add(new BigDecimal("0.05")).multiply(Continuity.DAYS_PER_MONTH).doubleValue();
	}

	private void relate(int year) {
		var adjacent = new HashSet<List<String>>();
		for (var whole : CountRanges.wholes(year)) {
			var w = whole.period();
			var parts = whole.parts();
			for (var figure : PAIR_COUNTS) {
				var cells = parts.stream().map(part -> cell(part, PAIRS, figure)).toList();
				if (figure.equals("started") || figure.equals("ended") || figure.startsWith("reason:")) {
					ranges.equal(cell(w, PAIRS, figure), cells);
				}
				else if (figure.equals("meetings")) {
					cells.forEach(part -> ranges.atMost(List.of(part), List.of(cell(w, PAIRS, figure))));
				}
				else {
					ranges.within(cell(w, PAIRS, figure), cells);
				}
			}
			for (var figure : RELATION_COUNTS) {
				ranges.within(cell(w, RELATIONS, figure), parts.stream().map(part -> cell(part, RELATIONS, figure)).toList());
			}
			ranges.within(cell(w, INTERGENERATIONAL, "children"),
					parts.stream().map(part -> cell(part, INTERGENERATIONAL, "children")).toList());
			ranges.equal(cell(w, INTERGENERATIONAL, "participations"),
					parts.stream().map(part -> cell(part, INTERGENERATIONAL, "participations")).toList());
			// the pairs of the whole: those of its first part and those started in the others
			var first = new ArrayList<CountRanges.Term>();
			first.add(plus(cell(w, PAIRS, "running")));
			first.add(minus(cell(parts.get(0), PAIRS, "running")));
			parts.subList(1, parts.size()).forEach(part -> first.add(minus(cell(part, PAIRS, "started"))));
			ranges.linear(first, 0, 0);
			// still running at the end: the whole's pairs less its ended ones are those of its last part
			var last = parts.get(parts.size() - 1);
			ranges.linear(List.of(plus(cell(w, PAIRS, "running")), minus(cell(w, PAIRS, "ended")),
					minus(cell(last, PAIRS, "running")), plus(cell(last, PAIRS, "ended"))), 0, 0);
			for (int i = 1; i < parts.size(); i++) {
				adjacent.add(List.of(parts.get(i - 1), parts.get(i)));
			}
		}
		for (var pair : adjacent) {
			var before = pair.get(0);
			var after = pair.get(1);
			ranges.linear(List.of(plus(cell(after, PAIRS, "running")), minus(cell(before, PAIRS, "running")),
					plus(cell(before, PAIRS, "ended")), minus(cell(after, PAIRS, "started"))), 0, 0);
		}
	}

	private static Cell cell(String period, String line, String figure) {
		return new Cell(period, line, figure);
	}
}
