package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.reporting.Rollups.Period;

/**
 * Figures for a period, per neighbourhood or per month, computed from the declared report views (V9__reporting.sql,
 * {@link RowFigures}) or, for a whole month, quarter or year whose rollups are up to date, from the rollups (V10,
 * {@link RollupFigures}); the cross table per neighbourhood and month is {@link CrossTables}'. Both give the same
 * numbers; ReportRollupTests holds them to that. A COORDINATOR sees their own organisation's figures as they are; a
 * MUNICIPALITY user sees their own municipality's, across every organisation working there, for a fixed calendar period
 * only, with every count of persons perturbed by the cell key method ({@link CellKey}); counts of sessions, hours and
 * activities are shown as they are. Another municipality is not found.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	static final int MAX_YEARS = 5;

	/** A session that took place (as {@code rs}, a row of {@code report_session}). */
	static final String HELD = "rs.held_at is not null and rs.status = 'PLANNED'";

	private final ReportScope scopes;
	private final RowFigures rows;
	private final RollupFigures rollups;
	private final CrossTables crossTables;

	Reports(ReportScope scopes, RowFigures rows, RollupFigures rollups, CrossTables crossTables) {
		this.scopes = scopes;
		this.rows = rows;
		this.rollups = rollups;
		this.crossTables = crossTables;
	}

	/** The municipality a MUNICIPALITY user reports on, if an ADMIN set one. */
	public @Nullable String municipalityOf(CurrentUser user) {
		return scopes.municipalityOf(user);
	}

	/**
	 * What a row of figures stands for: the neighbourhood of the session's location, a calendar month, a location, an
	 * activity, a theme or a task (1-10) of the activity, or the age band or gender of the children. An activity can
	 * serve several themes and tasks, so those rows overlap and their totals are counted, not added up. Age band and
	 * gender belong to children, so those rows hold only the figures about children (and walk-ins, which are counted
	 * in the same bands). Only the rows per neighbourhood and per month are kept in rollups; the others are counted
	 * from the rows.
	 */
	public enum Breakdown {
		NEIGHBOURHOOD, MONTH, LOCATION, ACTIVITY, THEME, TASK, AGE_BAND, GENDER;

		private static final List<Figure> ABOUT_CHILDREN = List.of(Figure.PARTICIPATIONS, Figure.UNIQUE_CHILDREN,
				Figure.NEW_CHILDREN, Figure.WALK_INS);

		/** Whether a row is a property of the children present rather than of the session. */
		public boolean aboutChildren() {
			return this == AGE_BAND || this == GENDER;
		}

		/** Whether one session can count in more than one row. */
		public boolean overlapping() {
			return this == THEME || this == TASK;
		}

		/** Whether the rollups hold these rows. */
		public boolean inRollups() {
			return this == NEIGHBOURHOOD || this == MONTH;
		}

		/** The rows in their natural order (tasks 1-10, age bands upwards), or alphabetically by code where there is none. */
		java.util.Comparator<String> order() {
			List<? extends Enum<?>> codes = switch (this) {
				case THEME -> List.of(nl.samenspel.activities.Theme.values());
				case TASK -> List.of(nl.samenspel.activities.Task.values());
				case AGE_BAND -> List.of(nl.samenspel.activities.AgeBand.values());
				case GENDER -> List.of(nl.samenspel.activities.WalkInGender.values());
				default -> List.of();
			};
			var names = codes.stream().map(Enum::name).toList();
			return java.util.Comparator.<String>comparingInt(code -> names.indexOf(code) < 0 ? names.size() : names.indexOf(code))
				.thenComparing(java.util.Comparator.naturalOrder());
		}

		/** The figures a row of this breakdown can hold. */
		public List<Figure> figures() {
			return aboutChildren() ? ABOUT_CHILDREN : List.of(Figure.values());
		}
	}

	/** Where the figures come from: the rollups where they can serve the period and are up to date, or the rows. */
	public enum Source {
		AUTO, RAW, ROLLUP
	}

	/** Whose figures a user may see (see {@link ReportScope#who}). */
	ReportScope.Who scope(CurrentUser user, @Nullable String municipalityCode) {
		return scopes.who(user, municipalityCode);
	}

	/** Whose figures a user may see for a period: a municipality user only for a fixed calendar period. */
	ReportScope.Who scope(CurrentUser user, @Nullable String municipalityCode, LocalDate from, LocalDate to) {
		return scopes.who(user, municipalityCode, from, to);
	}

	public FigureTable figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		return figures(user, from, to, municipalityCode, Breakdown.NEIGHBOURHOOD);
	}

	public FigureTable figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode,
			Breakdown breakdown) {
		return figures(user, from, to, municipalityCode, breakdown, Source.AUTO);
	}

	/**
	 * The figures for a period, per neighbourhood or per month. A month row's key is its year and month as yyyyMM, and
	 * its name is empty: the page writes it in the reader's language. {@link Source#ROLLUP} reads the rollups even if
	 * a month is stale (for comparing the two); it needs a whole month, quarter or year.
	 */
	public FigureTable figures(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode,
			Breakdown breakdown, Source source) {
		var scope = scope(user, municipalityCode, from, to);
		var period = Period.exactly(from, to);
		if (source == Source.ROLLUP && !breakdown.inRollups()) {
			throw new FieldRejected("breakdown", "report.error.notInRollups");
		}
		if (source == Source.ROLLUP && period == null) {
			throw new FieldRejected("from", "report.error.notWholePeriod");
		}
		var rollup = source == Source.ROLLUP
				|| (source == Source.AUTO && period != null && breakdown.inRollups() && fresh(scope, from, to));
		var counts = rollup ? rollups.counts(scope, period, breakdown) : rows.counts(scope, from, to, breakdown);
		return assemble(scope, from, to, breakdown, counts, rollup);
	}

	/**
	 * A municipality's figures from the rows as they are, before the cell key method: never shown to anyone, only for
	 * the tests that play the attacker against what {@link #figures} publishes.
	 */
	FigureTable exactForTests(String municipalityCode, LocalDate from, LocalDate to, Breakdown breakdown) {
		var scope = new ReportScope.Who(null, municipalityCode, false);
		return assemble(scope, from, to, breakdown, rows.counts(scope, from, to, breakdown), false);
	}

	private FigureTable assemble(ReportScope.Who scope, LocalDate from, LocalDate to, Breakdown breakdown, FigureCounts counts,
			boolean rollup) {
		// a month or neighbourhood with only a new child and no session cannot happen: every key has sessions
		var codes = new ArrayList<>(counts.names().keySet());
		codes.sort(breakdown == Breakdown.LOCATION || breakdown == Breakdown.ACTIVITY
				? java.util.Comparator.comparing((String code) -> counts.names().get(code)).thenComparing(java.util.Comparator.naturalOrder())
				: breakdown.order());
		var figures = breakdown.figures();
		var cells = new HashMap<String, Map<Figure, @Nullable Long>>();
		codes.forEach(it -> cells.put(it, new EnumMap<>(Figure.class)));
		var totals = new EnumMap<Figure, @Nullable Long>(Figure.class);
		for (var figure : figures) {
			var raw = codes.stream().mapToLong(it -> counts.values().getOrDefault(it, Map.of()).getOrDefault(figure, 0L)).toArray();
			var column = figure.kind() == Figure.Kind.HOURS ? Arrays.stream(raw).map(Reports::hours).toArray() : raw;
			// hours: the total of the rows as shown (tenths), so that they add up; overlapping rows have their own
			long total = switch (figure.kind()) {
				case SUM -> breakdown.overlapping() ? counts.totals().getOrDefault(figure, 0L) : Arrays.stream(raw).sum();
				case HOURS -> breakdown.overlapping() ? hours(counts.totals().getOrDefault(figure, 0L)) : Arrays.stream(column).sum();
				case DISTINCT -> counts.totals().getOrDefault(figure, 0L);
			};
			if (scope.suppressed() && figure.persons()) {
				// every cell and the total are cells of their own, each perturbed by its own key
				var all = CellKey.Cell.EMPTY;
				for (var code : codes) {
					var cell = counts.cell(code, figure);
					all = all.plus(cell);
					cells.get(code).put(figure, CellKey.publish(cell));
				}
				totals.put(figure, CellKey.publish(figure.kind() == Figure.Kind.SUM && !breakdown.overlapping() ? all
						: counts.total(figure)));
			}
			else {
				for (int i = 0; i < codes.size(); i++) {
					cells.get(codes.get(i)).put(figure, column[i]);
				}
				totals.put(figure, total);
			}
		}
		var rows = codes.stream().map(it -> new FigureTable.Row(it, counts.names().get(it), cells.get(it))).toList();
		return new FigureTable(from, to, scope.municipality(), scope.suppressed(), figures, rows, totals, breakdown, rollup);
	}

	/**
	 * One additive figure (sessions held, participations or walk-ins) per neighbourhood and month: from the rollups
	 * where they serve the period and are up to date, else from the rows. Other figures are not additive over a
	 * table's rows and columns (children are counted once however many months they came; hours are rounded per cell),
	 * so they are rejected naming the field.
	 */
	public CrossTable perNeighbourhoodAndMonth(CurrentUser user, LocalDate from, LocalDate to,
			@Nullable String municipalityCode, Figure figure, Source source) {
		if (figure.kind() != Figure.Kind.SUM || figure == Figure.ACTIVITIES_HELD) {
			throw new FieldRejected("figure", "report.error.notAdditive");
		}
		var scope = scope(user, municipalityCode, from, to);
		var period = Period.exactly(from, to);
		if (source == Source.ROLLUP && period == null) {
			throw new FieldRejected("from", "report.error.notWholePeriod");
		}
		var rollup = source == Source.ROLLUP || (source == Source.AUTO && period != null && fresh(scope, from, to));
		return crossTables.perNeighbourhoodAndMonth(scope, from, to, figure, rollup);
	}

	/** Whether no month of the period is marked stale for the organisations in scope. */
	boolean fresh(ReportScope.Who scope, LocalDate from, LocalDate to) {
		return rollups.fresh(scope, from, to);
	}

	/** Minutes as tenths of an hour, half up: hours are shown with one decimal ({@link FigureTable#shown}). */
	static long hours(long minutes) {
		return Math.round(minutes / 6.0);
	}

	/** The month rows of a period, for charts: every calendar month from the first to the last, as yyyyMM. */
	public static List<String> months(LocalDate from, LocalDate to) {
		var months = new ArrayList<String>();
		for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(String.valueOf(month.getYear() * 100 + month.getMonthValue()));
		}
		return months;
	}
}
