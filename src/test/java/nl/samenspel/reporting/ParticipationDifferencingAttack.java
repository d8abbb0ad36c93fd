package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
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
 * equation against the true values, so the attack proves what it claims.
 */
final class ParticipationDifferencingAttack {

	/** The counts of a line (an activity, the rounds about no activity, or the total). */
	static final List<String> LINE_COUNTS = List.of("ideas", "ideasByChildren", "ideasForGroups", "planned", "done",
			"ballots", "voters", "feedback", "score1", "score2", "score3", "score4", "score5");

	/** The counts of the questions, which have no lines. */
	static final List<String> QUESTION_COUNTS = List.of("asked", "answered", "answeredWithinTarget");

	static final String TOTAL = "total";

	static final String QUESTIONS = "questions";

	private static final long INFINITE = 1L << 40;

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

	private record Cell(String period, String line, String figure) {

		@Override
		public String toString() {
			return period + " " + line + " " + figure;
		}
	}

	/** Σ plus − Σ minus lies in [lo, hi]. */
	private record Linear(List<Cell> plus, List<Cell> minus, long lo, long hi) {
	}

	private record Average(String period, String line, BigDecimal average) {
	}

	private record Median(String period, BigDecimal median, long targetHours) {
	}

	private final Map<Cell, @Nullable Long> published = new HashMap<>();
	private final Map<Cell, Long> truth = new HashMap<>();
	private final Map<Cell, long[]> range = new LinkedHashMap<>();
	private final Map<Cell, Long> ownWidth = new HashMap<>();
	private final List<Linear> linears = new ArrayList<>();
	private final List<Average> averages = new ArrayList<>();
	private final List<Median> medians = new ArrayList<>();
	private final int maxNoise;
	private final boolean exactAverages;
	private int averagesShown;

	private ParticipationDifferencingAttack(int maxNoise, boolean exactAverages) {
		this.maxNoise = maxNoise;
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
		attack.propagate();
		int protectedCells = 0;
		int narrowed = 0;
		var recovered = new ArrayList<String>();
		for (var entry : attack.range.entrySet()) {
			var cell = entry.getKey();
			var value = attack.truth.get(cell);
			if (attack.published.get(cell) == null || (value > 0 && value < CellKey.THRESHOLD)) {
				protectedCells++;
				if (entry.getValue()[1] - entry.getValue()[0] < attack.ownWidth.get(cell)) {
					narrowed++;
				}
				if (entry.getValue()[0] == entry.getValue()[1]) {
					recovered.add(cell + " = " + value + " (shown " + show(attack.published.get(cell)) + ")");
				}
			}
		}
		return new Result(attack.linears.size() + attack.averages.size() + attack.medians.size(), attack.range.size(),
				protectedCells, narrowed, recovered.size(), recovered, attack.averagesShown, attack.medians.size());
	}

	private static String show(@Nullable Long value) {
		return value == null ? "<5" : value.toString();
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
		if (exact == null) {
			throw new IllegalStateException("the exact figures hide " + cell);
		}
		published.put(cell, shown);
		truth.put(cell, exact);
		long[] known;
		if (shown == null) {
			known = new long[] { 1, CellKey.THRESHOLD - 1 + maxNoise };
		}
		else if (shown == 0 || maxNoise == 0) {
			known = new long[] { shown, shown };
		}
		else {
			known = new long[] { Math.max(CellKey.SMALLEST_MOVED, shown - maxNoise), shown + maxNoise };
		}
		range.put(cell, known);
		ownWidth.put(cell, known[1] - known[0]);
		check(cell);
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
				atMost(cells(p, line, "planned", "done"), cells(p, line, "ideas"));
				atMost(cells(p, line, "voters"), cells(p, line, "ballots"));
			}
			for (var figure : LINE_COUNTS) {
				var parts = lines.stream().map(line -> cell(p, line, figure)).toList();
				if (figure.equals("voters")) {
					// a child who voted on two activities is one voter of the total
					atMost(List.of(cell(p, TOTAL, figure)), parts);
					parts.forEach(part -> atMost(List.of(part), List.of(cell(p, TOTAL, figure))));
				}
				else {
					equal(cell(p, TOTAL, figure), parts);
				}
			}
			atMost(cells(p, QUESTIONS, "answered"), cells(p, QUESTIONS, "asked"));
			atMost(cells(p, QUESTIONS, "answeredWithinTarget"), cells(p, QUESTIONS, "answered"));
		}
		// the year as its quarters and months (any mix of them), a quarter as its months
		var yearCode = ReportPeriod.year(year).code();
		var quarters = new ArrayList<String>();
		var months = new ArrayList<List<String>>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			quarters.add(ReportPeriod.quarter(year, quarter).code());
			var its = new ArrayList<String>();
			for (int month = quarter * 3 - 2; month <= quarter * 3; month++) {
				its.add(ReportPeriod.month(YearMonth.of(year, month)).code());
			}
			months.add(its);
		}
		var everyLine = new ArrayList<Map.Entry<String, List<String>>>();
		all.forEach(line -> everyLine.add(Map.entry(line, LINE_COUNTS)));
		everyLine.add(Map.entry(QUESTIONS, QUESTION_COUNTS));
		for (var entry : everyLine) {
			var line = entry.getKey();
			for (var figure : entry.getValue()) {
				for (int mix = 0; mix < 16; mix++) {
					var parts = new ArrayList<Cell>();
					for (int quarter = 0; quarter < 4; quarter++) {
						if ((mix & (1 << quarter)) != 0) {
							parts.add(cell(quarters.get(quarter), line, figure));
						}
						else {
							months.get(quarter).forEach(month -> parts.add(cell(month, line, figure)));
						}
					}
					whole(cell(yearCode, line, figure), parts, figure);
				}
				for (int quarter = 0; quarter < 4; quarter++) {
					var parts = months.get(quarter).stream().map(month -> cell(month, line, figure)).toList();
					whole(cell(quarters.get(quarter), line, figure), parts, figure);
				}
			}
		}
	}

	/** A period is the sum of its parts, but a child who voted in two of them is one voter of the whole. */
	private void whole(Cell whole, List<Cell> parts, String figure) {
		if (figure.equals("voters")) {
			atMost(List.of(whole), parts);
			parts.forEach(part -> atMost(List.of(part), List.of(whole)));
		}
		else {
			equal(whole, parts);
		}
	}

	private static Cell cell(String period, String line, String figure) {
		return new Cell(period, line, figure);
	}

	private static List<Cell> cells(String period, String line, String... figures) {
		return java.util.Arrays.stream(figures).map(figure -> new Cell(period, line, figure)).toList();
	}

	private void equal(Cell whole, List<Cell> parts) {
		long sum = parts.stream().mapToLong(truth::get).sum();
		if (sum != truth.get(whole)) {
			throw new IllegalStateException("not an equation: " + whole + " = " + truth.get(whole) + " but its parts add up to "
					+ sum);
		}
		linears.add(new Linear(List.of(whole), parts, 0, 0));
	}

	private void atMost(List<Cell> small, List<Cell> large) {
		long left = small.stream().mapToLong(truth::get).sum();
		long right = large.stream().mapToLong(truth::get).sum();
		if (left > right) {
			throw new IllegalStateException("not an inequality: " + small + " " + left + " > " + large + " " + right);
		}
		linears.add(new Linear(small, large, -INFINITE, 0));
	}

	private void propagate() {
		boolean changed = true;
		for (int round = 0; changed && round < 200; round++) {
			changed = false;
			for (var linear : linears) {
				changed |= narrow(linear);
			}
			for (var average : averages) {
				changed |= narrow(average);
			}
			for (var median : medians) {
				changed |= narrow(median);
			}
		}
	}

	private boolean narrow(Linear linear) {
		var terms = new ArrayList<Cell>();
		var signs = new ArrayList<Integer>();
		linear.plus().forEach(cell -> {
			terms.add(cell);
			signs.add(1);
		});
		linear.minus().forEach(cell -> {
			terms.add(cell);
			signs.add(-1);
		});
		long[] min = new long[terms.size()];
		long[] max = new long[terms.size()];
		long sumMin = 0;
		long sumMax = 0;
		for (int i = 0; i < terms.size(); i++) {
			var r = range.get(terms.get(i));
			min[i] = signs.get(i) > 0 ? r[0] : -r[1];
			max[i] = signs.get(i) > 0 ? r[1] : -r[0];
			sumMin += min[i];
			sumMax += max[i];
		}
		boolean changed = false;
		for (int i = 0; i < terms.size(); i++) {
			// this term's contribution lies between what the bounds leave for it once the others are at their extremes
			long lo = linear.lo() - (sumMax - max[i]);
			long hi = linear.hi() - (sumMin - min[i]);
			long[] bounds = signs.get(i) > 0 ? new long[] { lo, hi } : new long[] { -hi, -lo };
			changed |= restrict(terms.get(i), bounds[0], bounds[1]);
		}
		return changed;
	}

	/** The score counts (and their sum, the feedback) whose average rounds half up to the one shown. */
	private boolean narrow(Average average) {
		var scores = new ArrayList<Cell>();
		for (int score = 1; score <= 5; score++) {
			scores.add(cell(average.period(), average.line(), "score" + score));
		}
		var feedback = range.get(cell(average.period(), average.line(), "feedback"));
		long combinations = 1;
		for (var score : scores) {
			combinations *= range.get(score)[1] - range.get(score)[0] + 1;
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
			changed |= restrict(scores.get(i), lows[i], highs[i]);
		}
		changed |= restrict(cell(average.period(), average.line(), "feedback"), lows[5], highs[5]);
		return changed;
	}

	private void enumerate(List<Cell> cells, int index, long[] value, Runnable each) {
		if (index == cells.size()) {
			each.run();
			return;
		}
		var r = range.get(cells.get(index));
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
		long[] n = range.get(answered);
		long[] w = range.get(inTime);
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
		return restrict(answered, nLow, nHigh) | restrict(inTime, wLow, wHigh);
	}

	private boolean restrict(Cell cell, long lo, long hi) {
		var r = range.get(cell);
		boolean changed = false;
		if (lo > r[0]) {
			r[0] = lo;
			changed = true;
		}
		if (hi < r[1]) {
			r[1] = hi;
			changed = true;
		}
		if (changed) {
			check(cell);
		}
		return changed;
	}

	/** The attacker's reasoning must hold for the truth, or it proves nothing. */
	private void check(Cell cell) {
		var r = range.get(cell);
		long value = truth.get(cell);
		if (value < r[0] || value > r[1]) {
			throw new IllegalStateException("the true value of " + cell + ", " + value + ", left the attacker's range ["
					+ r[0] + ", " + r[1] + "] (shown " + show(published.get(cell)) + ")");
		}
	}
}
