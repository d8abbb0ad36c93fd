package nl.samenspel.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.Reports.Breakdown;

/**
 * Plays the municipality that wants a hidden cell back: it asks for every fixed period of a year (the year, its
 * quarters and its months) in every breakdown, as it may, and subtracts. A year is its quarters and its months, a
 * quarter its months, and any mix of quarters and months that covers the year is the year; within one table the
 * rows of participations and walk-ins add up to the total. From each such equation it works out a part from the others
 * ({@code derived}), and, knowing the published perturbation table (every shown value is at most
 * {@link CellKey#MAX_NOISE} off, a "&lt;5" is 1 to 4 + {@link CellKey#MAX_NOISE}), narrows what the part can be. It
 * keeps the narrowest range over all its equations for each cell.
 *
 * <p>A protected cell is one whose true value is from 1 to 4 or that is shown as "&lt;5". It is <em>recovered</em>
 * when the attacker's range for it is one value: then the attacker knows it, and knows that they know it. A derived
 * value that happens to equal the truth while the range is wider is counted as a coincidence: the attacker cannot tell
 * it from its neighbours.
 */
final class DifferencingAttack {

	/** The figures that count persons and add up over periods (and, but for new children, over a table's rows). */
	static final List<Figure> ADDITIVE = List.of(Figure.PARTICIPATIONS, Figure.WALK_INS, Figure.NEW_CHILDREN);

	/** What the attack found. */
	record Result(int equations, int tried, int protectedCells, int recovered, int coincidences) {

		@Override
		public String toString() {
			return "equations " + equations + ", cells tried " + tried + " (" + protectedCells + " protected cells), recovered "
					+ recovered + ", coincidences (derived = true value, not knowable) " + coincidences;
		}
	}

	private record Cell(Breakdown breakdown, String period, String row, Figure figure) {
	}

	private final Map<Cell, @Nullable Long> published = new HashMap<>();
	private final Map<Cell, Long> truth = new HashMap<>();
	private final Map<Cell, long[]> range = new LinkedHashMap<>();
	private final int maxNoise;
	private int equations;
	private int tried;
	private int coincidences;

	private DifferencingAttack(int maxNoise) {
		this.maxNoise = maxNoise;
	}

	/**
	 * Attacks one year: {@code shown} is what the municipality gets for a period (the first and last day) and breakdown,
	 * {@code exact} the same figures before the cell key method.
	 */
	static Result attack(int year, BiFunction<ReportPeriod, Breakdown, FigureTable> shown,
			BiFunction<ReportPeriod, Breakdown, FigureTable> exact) {
		return attack(year, CellKey.MAX_NOISE, shown, exact);
	}

	/** The same, for figures whose published noise is at most {@code maxNoise} (0: exact, primary suppression only). */
	static Result attack(int year, int maxNoise, BiFunction<ReportPeriod, Breakdown, FigureTable> shown,
			BiFunction<ReportPeriod, Breakdown, FigureTable> exact) {
		var attack = new DifferencingAttack(maxNoise);
		var periods = periods(year);
		for (var breakdown : Breakdown.values()) {
			for (var period : periods) {
				attack.read(breakdown, period.code(), shown.apply(period, breakdown), exact.apply(period, breakdown));
			}
		}
		attack.subtract(year);
		int protectedCells = 0;
		int recovered = 0;
		for (var entry : attack.range.entrySet()) {
			if (attack.isProtected(entry.getKey())) {
				protectedCells++;
				if (entry.getValue()[0] == entry.getValue()[1]) {
					recovered++;
				}
			}
		}
		return new Result(attack.equations, attack.tried, protectedCells, recovered, attack.coincidences);
	}

	/** The year, its four quarters and its twelve months. */
	static List<ReportPeriod> periods(int year) {
		var periods = new ArrayList<ReportPeriod>();
		periods.add(ReportPeriod.year(year));
		for (int quarter = 1; quarter <= 4; quarter++) {
			periods.add(ReportPeriod.quarter(year, quarter));
		}
		for (int month = 1; month <= 12; month++) {
			periods.add(ReportPeriod.month(YearMonth.of(year, month)));
		}
		return periods;
	}

	private void read(Breakdown breakdown, String period, FigureTable shownTable, FigureTable exactTable) {
		var exactRows = new HashMap<String, FigureTable.Row>();
		exactTable.rows().forEach(row -> exactRows.put(row.code(), row));
		for (var figure : ADDITIVE) {
			if (!shownTable.figures().contains(figure)) {
				continue;
			}
			for (var row : shownTable.rows()) {
				var exactRow = exactRows.get(row.code());
				put(new Cell(breakdown, period, row.code(), figure), row.value(figure),
						exactRow == null ? 0 : exactRow.value(figure));
			}
			put(new Cell(breakdown, period, "", figure), shownTable.total(figure), exactTable.total(figure));
		}
	}

	private void put(Cell cell, @Nullable Long shown, @Nullable Long exact) {
		published.put(cell, shown);
		truth.put(cell, exact == null ? 0 : exact);
		// what the cell's own publication tells: 0 is nobody, <5 is 1 to 4 plus the largest noise, a value that far off
		range.put(cell, shown == null ? new long[] { 1, CellKey.THRESHOLD - 1 + maxNoise }
				: shown == 0 ? new long[] { 0, 0 } : new long[] { Math.max(1, shown - maxNoise), shown + maxNoise });
	}

	private boolean isProtected(Cell cell) {
		var value = truth.get(cell);
		return published.get(cell) == null || (value > 0 && value < CellKey.THRESHOLD);
	}

	private void subtract(int year) {
		var rows = new HashMap<List<Object>, java.util.Set<String>>();
		for (var cell : truth.keySet()) {
			if (!cell.row().isEmpty()) {
				rows.computeIfAbsent(List.of(cell.breakdown(), cell.figure()), it -> new java.util.TreeSet<>()).add(cell.row());
			}
		}
		var wholes = CountRanges.wholes(year);
		for (var breakdown : Breakdown.values()) {
			for (var figure : ADDITIVE) {
				var codes = new ArrayList<String>(rows.getOrDefault(List.of(breakdown, figure), java.util.Set.of()));
				codes.add("");
				for (var row : codes) {
					// the year as any mix of whole quarters and months of the others (16 ways), a quarter as its months
					for (var whole : wholes) {
						equation(new Cell(breakdown, whole.period(), row, figure),
								whole.parts().stream().map(part -> new Cell(breakdown, part, row, figure)).toList());
					}
				}
				// the rows of a table add up to its total where each presence or walk-in is in exactly one row
				if (figure != Figure.NEW_CHILDREN && !breakdown.overlapping()) {
					for (var period : periods(year)) {
						var parts = new ArrayList<Cell>();
						for (var row : rows.getOrDefault(List.of(breakdown, figure), java.util.Set.of())) {
							parts.add(new Cell(breakdown, period.code(), row, figure));
						}
						equation(new Cell(breakdown, period.code(), "", figure), parts);
					}
				}
			}
		}
	}

	/** whole = the sum of the parts: each of them (and the whole) worked out from the others, where those are shown. */
	private void equation(Cell whole, List<Cell> parts) {
		var all = new ArrayList<Cell>();
		all.add(whole);
		all.addAll(parts);
		// a cell not in any table (a row without anything in a period) is zero, shown as such
		for (var cell : all) {
			if (!truth.containsKey(cell)) {
				put(cell, 0L, 0L);
			}
		}
		long exactParts = parts.stream().mapToLong(truth::get).sum();
		if (exactParts != truth.get(whole)) {
			throw new IllegalStateException("not an equation: " + whole + " = " + truth.get(whole) + " but its parts add up to "
					+ exactParts);
		}
		equations++;
		for (var target : all) {
			long derived = 0;
			int noisy = 0;
			boolean known = true;
			for (var other : all) {
				if (other == target) {
					continue;
				}
				var value = published.get(other);
				if (value == null) {
					known = false;
					break;
				}
				// a part is the whole less the other parts; the whole is the sum of the parts
				derived += target == whole || other == whole ? value : -value;
				if (value != 0) {
					// a shown 0 is exact: nobody; any other shown value may be off by the largest noise
					noisy++;
				}
			}
			if (!known || !isProtected(target)) {
				continue;
			}
			tried++;
			if (derived == truth.get(target)) {
				coincidences++;
			}
			var narrowed = range.get(target);
			narrowed[0] = Math.max(narrowed[0], derived - (long) noisy * maxNoise);
			narrowed[1] = Math.min(narrowed[1], derived + (long) noisy * maxNoise);
			if (truth.get(target) < narrowed[0] || truth.get(target) > narrowed[1]) {
				// the attacker's reasoning must hold for the truth, or it proves nothing
				throw new IllegalStateException("the true value of " + target + " left the attacker's range");
			}
		}
	}
}
