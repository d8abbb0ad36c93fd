package nl.samenspel.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * What an attacker who knows the perturbation table of {@link CellKey} can say about every published count, and how far
 * it narrows when they reason along everything that holds between counts: the interval propagation that
 * {@link ParticipationDifferencingAttack} and {@link ContinuityDifferencingAttack} share. Each count starts from what
 * its own publication tells (0 is nobody; "&lt;5" is 1 to 4 + the largest noise; a shown value is at most the largest
 * noise off and, since 1 to 3 are never moved, at least {@link CellKey#SMALLEST_MOVED}); linear constraints (sums with
 * whole coefficients between bounds) narrow the ranges until nothing changes. Every constraint and every narrowing is
 * checked against the true values, so what the attack claims is so.
 */
final class CountRanges {

	static final long INFINITE = 1L << 40;

	/** A count: of a period (its code), a line of the table, a figure. */
	record Cell(String period, String line, String figure) {

		@Override
		public String toString() {
			return period + " " + line + " " + figure;
		}
	}

	/** A cell times a whole number. */
	record Term(Cell cell, long times) {
	}

	/** Σ terms lies in [lo, hi]. */
	private record Linear(List<Term> terms, long lo, long hi) {
	}

	/**
	 * What the attack found: how many protected cells (shown "&lt;5", or truly 1 to 4) it narrowed beyond what their own
	 * publication says, and which it recovered (narrowed to one value).
	 */
	record Findings(int constraints, int cells, int protectedCells, int narrowed, List<String> recoveredCells) {

		int recovered() {
			return recoveredCells.size();
		}
	}

	/** A whole period and the periods that make it up, in order. */
	record Whole(String period, List<String> parts) {
	}

	private final Map<Cell, @Nullable Long> published = new HashMap<>();
	private final Map<Cell, Long> truth = new HashMap<>();
	private final Map<Cell, long[]> range = new LinkedHashMap<>();
	private final Map<Cell, Long> ownWidth = new HashMap<>();
	private final List<Linear> linears = new ArrayList<>();
	private final List<BooleanSupplier> narrowers = new ArrayList<>();
	private final int maxNoise;

	/** {@code maxNoise}: the largest noise the attacker allows for (0: only "&lt;5" hides anything). */
	CountRanges(int maxNoise) {
		this.maxNoise = maxNoise;
	}

	/**
	 * The ways a year is made of fixed periods: its quarters and months in any of the 16 mixes, and each quarter of its
	 * months; the parts in the order of time.
	 */
	static List<Whole> wholes(int year) {
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
		var wholes = new ArrayList<Whole>();
		for (int mix = 0; mix < 16; mix++) {
			var parts = new ArrayList<String>();
			for (int quarter = 0; quarter < 4; quarter++) {
				if ((mix & (1 << quarter)) != 0) {
					parts.add(quarters.get(quarter));
				}
				else {
					parts.addAll(months.get(quarter));
				}
			}
			wholes.add(new Whole(ReportPeriod.year(year).code(), parts));
		}
		for (int quarter = 0; quarter < 4; quarter++) {
			wholes.add(new Whole(quarters.get(quarter), months.get(quarter)));
		}
		return wholes;
	}

	/** A count as published ({@code null}: "&lt;5") and as it is. */
	void put(Cell cell, @Nullable Long shown, @Nullable Long exact) {
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

	long[] range(Cell cell) {
		return range.get(cell);
	}

	@Nullable Long published(Cell cell) {
		return published.get(cell);
	}

	static Term plus(Cell cell) {
		return new Term(cell, 1);
	}

	static Term minus(Cell cell) {
		return new Term(cell, -1);
	}

	static Term times(long times, Cell cell) {
		return new Term(cell, times);
	}

	/** The whole is the sum of the parts. */
	void equal(Cell whole, List<Cell> parts) {
		var terms = new ArrayList<Term>();
		terms.add(plus(whole));
		parts.forEach(part -> terms.add(minus(part)));
		linear(terms, 0, 0);
	}

	/** The sum of the small ones is at most that of the large ones. */
	void atMost(List<Cell> small, List<Cell> large) {
		var terms = new ArrayList<Term>();
		small.forEach(cell -> terms.add(plus(cell)));
		large.forEach(cell -> terms.add(minus(cell)));
		linear(terms, -INFINITE, 0);
	}

	/** A part is at most its whole, and the whole at most the sum of its parts (a count of distinct persons). */
	void within(Cell whole, List<Cell> parts) {
		atMost(List.of(whole), parts);
		parts.forEach(part -> atMost(List.of(part), List.of(whole)));
	}

	/** Σ terms lies in [lo, hi]; it must hold for the true values. */
	void linear(List<Term> terms, long lo, long hi) {
		long sum = terms.stream().mapToLong(term -> term.times() * truth.get(term.cell())).sum();
		if (sum < lo || sum > hi) {
			throw new IllegalStateException("does not hold: " + terms + " is " + sum + ", not in [" + lo + ", " + hi + "]");
		}
		linears.add(new Linear(terms.stream().filter(term -> term.times() != 0).toList(), lo, hi));
	}

	/** A narrowing of its own (one that is no linear constraint): true when it narrowed a range. */
	void narrower(BooleanSupplier narrower) {
		narrowers.add(narrower);
	}

	int constraints() {
		return linears.size() + narrowers.size();
	}

	/** Narrows along every constraint until nothing changes. */
	void propagate() {
		boolean changed = true;
		for (int round = 0; changed && round < 200; round++) {
			changed = false;
			for (var linear : linears) {
				changed |= narrow(linear);
			}
			for (var narrower : narrowers) {
				changed |= narrower.getAsBoolean();
			}
		}
	}

	private boolean narrow(Linear linear) {
		var terms = linear.terms();
		long[] min = new long[terms.size()];
		long[] max = new long[terms.size()];
		long sumMin = 0;
		long sumMax = 0;
		for (int i = 0; i < terms.size(); i++) {
			var r = range.get(terms.get(i).cell());
			long times = terms.get(i).times();
			min[i] = times > 0 ? times * r[0] : times * r[1];
			max[i] = times > 0 ? times * r[1] : times * r[0];
			sumMin += min[i];
			sumMax += max[i];
		}
		boolean changed = false;
		for (int i = 0; i < terms.size(); i++) {
			// this term lies between what the bounds leave for it once the others are at their extremes
			long lo = linear.lo() - (sumMax - max[i]);
			long hi = linear.hi() - (sumMin - min[i]);
			long times = terms.get(i).times();
			long low = times > 0 ? -Math.floorDiv(-lo, times) : -Math.floorDiv(hi, -times);
			long high = times > 0 ? Math.floorDiv(hi, times) : Math.floorDiv(-lo, -times);
			changed |= restrict(terms.get(i).cell(), low, high);
		}
		return changed;
	}

	/** Narrows a cell's range to [lo, hi] (where that is narrower): true when it did. */
	boolean restrict(Cell cell, long lo, long hi) {
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

	/** The protected cells, how many were narrowed and which recovered. */
	Findings findings() {
		int protectedCells = 0;
		int narrowed = 0;
		var recovered = new ArrayList<String>();
		for (var entry : range.entrySet()) {
			var cell = entry.getKey();
			var value = truth.get(cell);
			if (published.get(cell) == null || (value > 0 && value < CellKey.THRESHOLD)) {
				protectedCells++;
				if (entry.getValue()[1] - entry.getValue()[0] < ownWidth.get(cell)) {
					narrowed++;
				}
				if (entry.getValue()[0] == entry.getValue()[1]) {
					recovered.add(cell + " = " + value + " (shown " + show(published.get(cell)) + ")");
				}
			}
		}
		return new Findings(constraints(), range.size(), protectedCells, narrowed, List.copyOf(recovered));
	}

	static String show(@Nullable Long value) {
		return value == null ? "<5" : value.toString();
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
