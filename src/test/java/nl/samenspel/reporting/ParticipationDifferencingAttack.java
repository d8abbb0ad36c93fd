package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import nl.samenspel.reporting.CountRanges.Cell;

/**
 * Plays the municipality that wants a hidden count of the children's participation figures back
 * ({@link ParticipationFigures}), as {@link DifferencingAttack} does for the figures per neighbourhood, and stronger: it
 * asks for the year, its quarters and its months through the API, and reasons about every cell's range at once until
 * nothing narrows any more (interval propagation). What it knows about each cell from its own publication: 0 is
 * nobody; "&lt;5" is 1 to 4 + the largest noise; a shown value is at most the largest noise off and, since 1 to 3 are
 * never moved, at least {@link CellKey#SMALLEST_MOVED}. What holds between cells, all of which it uses:
 *
 * <ul>
 * <li>equations: a line's ideas are those by children and those for groups; its feedback is the five score counts; the
 * total is the sum of the lines (but for voters); a year is its quarters, its months or any of the 16 mixes, a quarter
 * its months (again but for voters), for every line, the total and the questions;</li>
 * <li>inequalities: planned and done together at most the ideas; voters at most the ballots; the total's voters at
 * least each line's and at most their sum, a period's voters at least each part's and at most their sum; answered at
 * most asked, within the target at most answered;</li>
 * <li>the average score, where shown and exact over the forms (as a coordinator's is, and a municipality's was): the
 * score counts whose average, rounded half up to a tenth, is the one shown. An average worked out from the score
 * counts as shown (a municipality's now) tells nothing they do not; the attack checks that it is one;</li>
 * <li>the median wait, where shown and clearly on one side of the target: at least (at most) half the answered
 * questions were answered within the target.</li>
 * </ul>
 *
 * <p>A protected cell is a count whose true value is from 1 to 4 or that is shown as "&lt;5"; it is <em>recovered</em>
 * when its range is one value. Every narrowing is checked against the true value (it must stay inside), and every
 * equation against the true values, so the attack proves what it claims. The ranges and their propagation are
 * {@link CountRanges}', shared with {@link ContinuityDifferencingAttack}.
 */
final class ParticipationDifferencingAttack {

	/** The counts of a line (an activity, the rounds about no activity, or the total). */
	static final List<String> LINE_COUNTS = List.of("ideas", "ideasByChildren", "ideasForGroups", "planned", "done",
			"ballots", "voters", "feedback", "score1", "score2", "score3", "score4", "score5");

	/** The counts of the questions, which have no lines. */
	static final List<String> QUESTION_COUNTS = List.of("asked", "answered", "answeredWithinTarget");

	static final String TOTAL = "total";

	static final String QUESTIONS = "questions";

	/**
	 * One period's figures as the API gives them: per line (by activity id, "none" for the rounds about no activity,
	 * {@link #TOTAL}, {@link #QUESTIONS}) the counts (null: "&lt;5", left out of the JSON), each line's average score
	 * where shown, the median wait where shown.
	 */
	record Table(Map<String, Map<String, @Nullable Long>> counts, Map<String, BigDecimal> averages,
			@Nullable BigDecimal median, long targetHours) {

		static Table of(JsonNode json) {
			var counts = new LinkedHashMap<String, Map<String, @Nullable Long>>();
			var averages = new HashMap<String, BigDecimal>();
			var lines = new ArrayList<Map.Entry<String, JsonNode>>();
			for (var line : json.get("lines")) {
				var id = line.get("activityId");
				lines.add(Map.entry(id == null || id.isNull() ? "none:" + line.get("organisation").asString() : id.asString(),
						line));
			}
			lines.add(Map.entry(TOTAL, json.get("total")));
			for (var entry : lines) {
				var line = entry.getValue();
				var values = new HashMap<String, @Nullable Long>();
				for (var figure : LINE_COUNTS) {
					if (figure.startsWith("score")) {
						continue;
					}
					values.put(figure, count(line.get(figure)));
				}
				for (var score : line.get("scores")) {
					values.put("score" + score.get("score").asInt(), count(score.get("count")));
				}
				counts.put(entry.getKey(), values);
				var average = line.get("averageScore");
				if (average != null && !average.isNull()) {
					averages.put(entry.getKey(), average.decimalValue().setScale(1, RoundingMode.HALF_UP));
				}
			}
			var questions = json.get("questions");
			var values = new HashMap<String, @Nullable Long>();
			for (var figure : QUESTION_COUNTS) {
				values.put(figure, count(questions.get(figure)));
			}
			counts.put(QUESTIONS, values);
			var median = questions.get("medianHours");
			return new Table(counts, averages,
					median == null || median.isNull() ? null : median.decimalValue().setScale(1, RoundingMode.HALF_UP),
					questions.get("targetHours").asLong());
		}

		private static @Nullable Long count(@Nullable JsonNode node) {
			return node == null || node.isNull() ? null : node.asLong();
		}

		/**
		 * What a municipality would see of these exact figures with primary suppression only: counts from 1 to 4
		 * hidden, the rest as they are, an average or median where the count under it is shown, exact.
		 */
		Table primarySuppressionOnly() {
			var hidden = new LinkedHashMap<String, Map<String, @Nullable Long>>();
			counts.forEach((line, values) -> {
				var shown = new HashMap<String, @Nullable Long>();
				values.forEach((figure, value) -> shown.put(figure, value != null && CellKey.small(value) ? null : value));
				hidden.put(line, shown);
			});
			var shownAverages = new HashMap<String, BigDecimal>();
			averages.forEach((line, average) -> {
				if (hidden.get(line).get("feedback") != null) {
					shownAverages.put(line, average);
				}
			});
			return new Table(hidden, shownAverages, hidden.get(QUESTIONS).get("answered") == null ? null : median,
					targetHours);
		}

		/** These counts with the median of {@code exact} where the answered count is shown: as a municipality got it before. */
		Table withMedianOf(Table exact) {
			return new Table(counts, averages, counts.get(QUESTIONS).get("answered") == null ? null : exact.median(),
					targetHours);
		}

		/**
		 * These counts with the exact averages of {@code exact} where the feedback count is shown: what a municipality
		 * got before its average was worked out from the counts as shown.
		 */
		Table withExactAveragesOf(Table exact) {
			var exactAverages = new HashMap<String, BigDecimal>();
			exact.averages().forEach((line, average) -> {
				var values = counts.get(line);
				if (values != null && values.get("feedback") != null) {
					exactAverages.put(line, average);
				}
			});
			return new Table(counts, exactAverages, median, targetHours);
		}
	}

	/**
	 * What the attack found: how many protected cells it narrowed beyond what their own publication says, how many it
	 * recovered ({@code recoveredCells} names them).
	 */
	record Result(int constraints, int cells, int protectedCells, int narrowed, int recovered,
			List<String> recoveredCells, int averagesShown, int mediansShown) {

		@Override
		public String toString() {
			return "constraints " + constraints + ", cells " + cells + " (" + protectedCells + " protected, " + narrowed
					+ " of those narrowed beyond their own publication), averages shown " + averagesShown + ", medians shown "
					+ mediansShown + ", recovered "
					+ recovered
					+ (recoveredCells.isEmpty() ? "" : ": " + recoveredCells);
		}
	}

	private record Average(String period, String line, BigDecimal average) {
	}

	private record Median(String period, BigDecimal median, long targetHours) {
	}

	private final CountRanges ranges;
	private final List<Average> averages = new ArrayList<>();
	private final List<Median> medians = new ArrayList<>();
	private final boolean exactAverages;
	private int averagesShown;

	private ParticipationDifferencingAttack(int maxNoise, boolean exactAverages) {
		this.ranges = new CountRanges(maxNoise);
		this.exactAverages = exactAverages;
	}

	/**
	 * Attacks one year: {@code shown} is what the municipality gets for a fixed period, {@code exact} the same figures
	 * unperturbed (as a coordinator of the one organisation in the municipality sees them, narrowed to it), and
	 * {@code maxNoise} the largest noise the attacker allows for (0: only "&lt;5" hides anything). With
	 * {@code exactAverages} an average shown is exact over the forms; without, it must be the average of the score
	 * counts as shown, or the attack fails.
	 */
	static Result attack(int year, int maxNoise, boolean exactAverages, Function<ReportPeriod, Table> shown,
			Function<ReportPeriod, Table> exact) {
		var attack = new ParticipationDifferencingAttack(maxNoise, exactAverages);
		var periods = DifferencingAttack.periods(year);
		var lines = new TreeSet<String>();
		var shownTables = new HashMap<String, Table>();
		var exactTables = new HashMap<String, Table>();
		for (var period : periods) {
			var table = shown.apply(period);
			shownTables.put(period.code(), table);
			exactTables.put(period.code(), exact.apply(period));
			lines.addAll(table.counts().keySet());
		}
		lines.remove(TOTAL);
		lines.remove(QUESTIONS);
		for (var period : periods) {
			attack.read(period.code(), lines, shownTables.get(period.code()), exactTables.get(period.code()));
		}
		attack.relate(year, lines);
		attack.averages.forEach(average -> attack.ranges.narrower(() -> attack.narrow(average)));
		attack.medians.forEach(median -> attack.ranges.narrower(() -> attack.narrow(median)));
		attack.ranges.propagate();
		var findings = attack.ranges.findings();
		return new Result(findings.constraints(), findings.cells(), findings.protectedCells(), findings.narrowed(),
				findings.recovered(), findings.recoveredCells(), attack.averagesShown, attack.medians.size());
	}

	private void read(String period, Set<String> lines, Table shown, Table exact) {
		var all = new ArrayList<String>(lines);
		all.add(TOTAL);
		for (var line : all) {
			for (var figure : LINE_COUNTS) {
				put(new Cell(period, line, figure), value(shown, line, figure), value(exact, line, figure));
			}
			var average = shown.averages().get(line);
			if (average != null) {
				averagesShown++;
				if (exactAverages) {
					averages.add(new Average(period, line, average));
				}
				else {
					ofTheCountsShown(period, line, average, shown);
				}
			}
		}
		for (var figure : QUESTION_COUNTS) {
			put(new Cell(period, QUESTIONS, figure), value(shown, QUESTIONS, figure), value(exact, QUESTIONS, figure));
		}
		if (shown.median() != null) {
			medians.add(new Median(period, shown.median(), shown.targetHours()));
		}
	}

	/** An average that is not the one of the score counts as shown may tell more than they do. */
	private static void ofTheCountsShown(String period, String line, BigDecimal average, Table shown) {
		long points = 0;
		long forms = 0;
		for (int score = 1; score <= 5; score++) {
			var count = value(shown, line, "score" + score);
			if (count == null) {
				throw new IllegalStateException("an average beside a score count shown as <5: " + period + " " + line);
			}
			points += score * count;
			forms += count;
		}
		if (forms == 0 || BigDecimal.valueOf(points).divide(BigDecimal.valueOf(forms), 1, RoundingMode.HALF_UP)
			.compareTo(average) != 0) {
			throw new IllegalStateException("the average " + average + " of " + period + " " + line
					+ " is not the one of the score counts as shown");
		}
	}

	/** A line without anything in a period is not in its table: all its counts are 0, as the attacker knows. */
	private static @Nullable Long value(Table table, String line, String figure) {
		var values = table.counts().get(line);
		return values == null ? Long.valueOf(0) : values.get(figure);
	}

	private void put(Cell cell, @Nullable Long shown, @Nullable Long exact) {
		ranges.put(cell, shown, exact);
	}

	private void relate(int year, Set<String> lines) {
		var all = new ArrayList<String>(lines);
		all.add(TOTAL);
		var periods = DifferencingAttack.periods(year);
		for (var period : periods) {
			var p = period.code();
			for (var line : all) {
				equal(cell(p, line, "ideas"), cells(p, line, "ideasByChildren", "ideasForGroups"));
				equal(cell(p, line, "feedback"), cells(p, line, "score1", "score2", "score3", "score4", "score5"));
				ranges.atMost(cells(p, line, "planned", "done"), cells(p, line, "ideas"));
				ranges.atMost(cells(p, line, "voters"), cells(p, line, "ballots"));
			}
			for (var figure : LINE_COUNTS) {
				var parts = lines.stream().map(line -> cell(p, line, figure)).toList();
				// a child who voted on two activities is one voter of the total
				whole(cell(p, TOTAL, figure), parts, figure);
			}
			ranges.atMost(cells(p, QUESTIONS, "answered"), cells(p, QUESTIONS, "asked"));
			ranges.atMost(cells(p, QUESTIONS, "answeredWithinTarget"), cells(p, QUESTIONS, "answered"));
		}
		// the year as its quarters and months (any mix of them), a quarter as its months
		var everyLine = new ArrayList<Map.Entry<String, List<String>>>();
		all.forEach(line -> everyLine.add(Map.entry(line, LINE_COUNTS)));
		everyLine.add(Map.entry(QUESTIONS, QUESTION_COUNTS));
		for (var entry : everyLine) {
			var line = entry.getKey();
			for (var figure : entry.getValue()) {
				for (var whole : CountRanges.wholes(year)) {
					whole(cell(whole.period(), line, figure),
							whole.parts().stream().map(part -> cell(part, line, figure)).toList(), figure);
				}
			}
		}
	}

	/** A period is the sum of its parts, but a child who voted in two of them is one voter of the whole. */
	private void whole(Cell whole, List<Cell> parts, String figure) {
		if (figure.equals("voters")) {
			ranges.within(whole, parts);
		}
		else {
			ranges.equal(whole, parts);
		}
	}

	private void equal(Cell whole, List<Cell> parts) {
		ranges.equal(whole, parts);
	}

	private static Cell cell(String period, String line, String figure) {
		return new Cell(period, line, figure);
	}

	private static List<Cell> cells(String period, String line, String... figures) {
		return java.util.Arrays.stream(figures).map(figure -> new Cell(period, line, figure)).toList();
	}

	private boolean narrow(Average average) {
		var scores = new ArrayList<Cell>();
		for (int score = 1; score <= 5; score++) {
			scores.add(cell(average.period(), average.line(), "score" + score));
		}
		var feedback = ranges.range(cell(average.period(), average.line(), "feedback"));
		long combinations = 1;
		for (var score : scores) {
			combinations *= ranges.range(score)[1] - ranges.range(score)[0] + 1;
		}
		if (combinations > 5_000_000) {
			return false;
		}
		long tenths = average.average().movePointRight(1).longValueExact();
		long[] lows = { Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE };
		long[] highs = { Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE };
		long[] value = new long[5];
		enumerate(scores, 0, value, () -> {
			long count = 0;
			long points = 0;
			for (int i = 0; i < 5; i++) {
				count += value[i];
				points += (i + 1) * value[i];
			}
			// half up to a tenth: (2 × tenths − 1) × count ≤ 20 × points < (2 × tenths + 1) × count
			if (count < feedback[0] || count > feedback[1] || count == 0 || 20 * points < (2 * tenths - 1) * count
					|| 20 * points >= (2 * tenths + 1) * count) {
				return;
			}
			for (int i = 0; i < 5; i++) {
				lows[i] = Math.min(lows[i], value[i]);
				highs[i] = Math.max(highs[i], value[i]);
			}
			lows[5] = Math.min(lows[5], count);
			highs[5] = Math.max(highs[5], count);
		});
		if (lows[5] == Long.MAX_VALUE) {
			throw new IllegalStateException("no score counts give the average of " + average);
		}
		boolean changed = false;
		for (int i = 0; i < 5; i++) {
			changed |= ranges.restrict(scores.get(i), lows[i], highs[i]);
		}
		changed |= ranges.restrict(cell(average.period(), average.line(), "feedback"), lows[5], highs[5]);
		return changed;
	}

	private void enumerate(List<Cell> cells, int index, long[] value, Runnable each) {
		if (index == cells.size()) {
			each.run();
			return;
		}
		var r = ranges.range(cells.get(index));
		for (long v = r[0]; v <= r[1]; v++) {
			value[index] = v;
			enumerate(cells, index + 1, value, each);
		}
	}

	/**
	 * The median of the waits against the target: at or below it, at least half of the answered questions (rounded
	 * up) were answered within it; above it, at most half (rounded down). The median is shown to a tenth of an hour,
	 * so only one clearly on one side tells.
	 */
	private boolean narrow(Median median) {
		long tenths = median.median().movePointRight(1).longValueExact();
		boolean within;
		if (2 * tenths + 1 <= 20 * median.targetHours()) {
			within = true;
		}
		else if (2 * tenths - 1 > 20 * median.targetHours()) {
			within = false;
		}
		else {
			return false;
		}
		var answered = cell(median.period(), QUESTIONS, "answered");
		var inTime = cell(median.period(), QUESTIONS, "answeredWithinTarget");
		long[] n = ranges.range(answered);
		long[] w = ranges.range(inTime);
		long nLow = Long.MAX_VALUE, nHigh = Long.MIN_VALUE, wLow = Long.MAX_VALUE, wHigh = Long.MIN_VALUE;
		for (long count = Math.max(1, n[0]); count <= n[1]; count++) {
			for (long fast = w[0]; fast <= w[1]; fast++) {
				if (within ? 2 * fast >= count : 2 * fast <= count) {
					nLow = Math.min(nLow, count);
					nHigh = Math.max(nHigh, count);
					wLow = Math.min(wLow, fast);
					wHigh = Math.max(wHigh, fast);
				}
			}
		}
		if (nLow == Long.MAX_VALUE) {
			throw new IllegalStateException("no counts fit the median of " + median);
		}
		return ranges.restrict(answered, nLow, nHigh) | ranges.restrict(inTime, wLow, wHigh);
	}

}
