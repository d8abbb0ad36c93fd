package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.reporting.Rollups.Period;

/**
 * Figures for a period, per neighbourhood or per month, computed from the declared report views (V9__reporting.sql)
 * or, for a whole month, quarter or year whose rollups are up to date, from the rollups (V10). Both give the same
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

	private final JdbcClient jdbc;
	private final ReportScope scopes;

	Reports(JdbcClient jdbc, ReportScope scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
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

	/**
	 * How a breakdown is counted in SQL: the row key and name over the session ({@code rs}), the presence
	 * ({@code p}) or the walk-in count ({@code w}), and the join that brings the key in.
	 */
	private record Dimension(String key, String name, String join, String walkInKey, String walkInJoin) {

		static Dimension of(Breakdown breakdown) {
			var month = "cast(cast(extract(year from rs.session_date) * 100 + extract(month from rs.session_date) as integer) as varchar(6))";
			return switch (breakdown) {
				case NEIGHBOURHOOD -> session("coalesce(rs.neighbourhood_code, '')", "coalesce(rs.neighbourhood_name, '')", "");
				case MONTH -> session(month, "''", "");
				case LOCATION -> session("cast(d.location_id as varchar(36))", "d.location_name",
						" join report_session_location d on d.session_id = rs.session_id");
				case ACTIVITY -> session("cast(d.activity_id as varchar(36))", "d.title",
						" join report_activity d on d.activity_id = rs.activity_id");
				case THEME -> session("d.theme", "''", " join report_activity_theme d on d.activity_id = rs.activity_id");
				case TASK -> session("d.task", "''", " join report_activity_task d on d.activity_id = rs.activity_id");
				case AGE_BAND -> child("d.age_band", "w.age_band");
				case GENDER -> child("d.gender", "case when w.gender in ('GIRL', 'BOY') then w.gender else 'OTHER' end");
			};
		}

		private static Dimension session(String key, String name, String join) {
			return new Dimension(key, name, join, key, join);
		}

		private static Dimension child(String key, String walkInKey) {
			return new Dimension(key, "''",
					" join report_presence_profile d on d.session_id = p.session_id and d.child_id = p.child_id", walkInKey, "");
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
		var counts = rollup ? fromRollups(scope, period, breakdown) : fromRows(scope, from, to, breakdown);
		return assemble(scope, from, to, breakdown, counts, rollup);
	}

	/**
	 * A municipality's figures from the rows as they are, before the cell key method: never shown to anyone, only for
	 * the tests that play the attacker against what {@link #figures} publishes.
	 */
	FigureTable exactForTests(String municipalityCode, LocalDate from, LocalDate to, Breakdown breakdown) {
		var scope = new ReportScope.Who(null, municipalityCode, false);
		return assemble(scope, from, to, breakdown, fromRows(scope, from, to, breakdown), false);
	}

	/** Whether no month of the period is marked stale for the organisations in scope. */
	boolean fresh(ReportScope.Who scope, LocalDate from, LocalDate to) {
		var sql = "select count(*) from report_stale where month_key between :from and :to"
				+ (scope.organisationId() == null ? "" : " and organisation_id = :organisation");
		var statement = jdbc.sql(sql).param("from", Rollups.month(from)).param("to", Rollups.month(to));
		if (scope.organisationId() != null) {
			statement = statement.param("organisation", scope.organisationId());
		}
		return statement.query(Integer.class).single() == 0;
	}

	/**
	 * Counts per row key, before any perturbation; hours figures in minutes. For counts of persons also the sums of
	 * the counted records' keys, per row and for the totals that are not the sum of the rows.
	 */
	private record Counts(Map<String, String> names, Map<String, Map<Figure, Long>> values,
			Map<String, Map<Figure, Long>> keys, Map<Figure, Long> totals, Map<Figure, Long> totalKeys) {

		Counts() {
			this(new TreeMap<>(), new HashMap<>(), new HashMap<>(), new EnumMap<>(Figure.class), new EnumMap<>(Figure.class));
		}

		void put(String key, Figure figure, long value) {
			names.putIfAbsent(key, "");
			values.computeIfAbsent(key, it -> new EnumMap<>(Figure.class)).merge(figure, value, Long::sum);
		}

		void put(String key, Figure figure, long value, long keySum) {
			put(key, figure, value);
			keys.computeIfAbsent(key, it -> new EnumMap<>(Figure.class)).merge(figure, keySum, Long::sum);
		}

		void total(Figure figure, long value, long keySum) {
			totals.put(figure, value);
			totalKeys.put(figure, keySum);
		}

		CellKey.Cell cell(String key, Figure figure) {
			return new CellKey.Cell(values.getOrDefault(key, Map.of()).getOrDefault(figure, 0L),
					keys.getOrDefault(key, Map.of()).getOrDefault(figure, 0L));
		}

		CellKey.Cell total(Figure figure) {
			return new CellKey.Cell(totals.getOrDefault(figure, 0L), totalKeys.getOrDefault(figure, 0L));
		}
	}

	/**
	 * Distinct children per row with the sum of their keys: {@code select} over {@code from} must give the row key,
	 * the child and the child's key.
	 */
	private void distinctChildren(String with, String select, String from, Map<String, Object> params, Counts counts,
			Figure figure) {
		jdbc.sql(with + "select k, count(*), coalesce(sum(ck), 0) from (select distinct " + select + from + ") x group by k")
			.params(params)
			.query(rs -> {
				counts.put(rs.getString(1), figure, rs.getLong(2), rs.getLong(3));
			});
	}

	/** Distinct children over the whole table, with the sum of their keys. */
	private void distinctChildrenTotal(String with, String from, Map<String, Object> params, Counts counts, Figure figure) {
		jdbc.sql(with + "select count(*), coalesce(sum(ck), 0) from (select distinct p.child_id, p.child_key as ck" + from
				+ ") x")
			.params(params)
			.query(rs -> {
				counts.total(figure, rs.getLong(1), rs.getLong(2));
			});
	}

	private Counts fromRows(ReportScope.Who scope, LocalDate from, LocalDate to, Breakdown breakdown) {
		var everWhere = new StringBuilder(HELD);
		var params = new HashMap<String, Object>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		if (scope.organisationId() != null) {
			everWhere.append(" and rs.organisation_id = :organisation");
			params.put("organisation", scope.organisationId());
		}
		var firstsWhere = everWhere.toString();
		if (scope.municipality() != null) {
			everWhere.append(" and rs.municipality_code = :municipality");
			params.put("municipality", scope.municipality());
		}
		var where = everWhere + " and rs.session_date between :from and :to";
		var dimension = Dimension.of(breakdown);
		var key = dimension.key();
		var counts = new Counts();
		if (!breakdown.aboutChildren()) {
			jdbc.sql("select " + key + ", max(" + dimension.name() + "), count(*), coalesce(sum(rs.duration_minutes), 0),"
					+ " count(distinct rs.activity_id) from report_session rs" + dimension.join() + " where " + where
					+ " group by " + key)
				.params(params)
				.query(rs -> {
					var row = rs.getString(1);
					counts.names().put(row, rs.getString(2));
					counts.put(row, Figure.SESSIONS_HELD, rs.getLong(3));
					counts.put(row, Figure.ACTIVITY_HOURS, rs.getLong(4));
					counts.put(row, Figure.ACTIVITIES_HELD, rs.getLong(5));
				});
			jdbc.sql("select " + key + ", coalesce(sum(case when st.volunteer then 0 else rs.duration_minutes end), 0),"
					+ " coalesce(sum(case when st.volunteer then rs.duration_minutes else 0 end), 0) from report_session_staff st"
					+ " join report_session rs on rs.session_id = st.session_id" + dimension.join() + " where " + where
					+ " group by " + key)
				.params(params)
				.query(rs -> {
					counts.put(rs.getString(1), Figure.STAFF_HOURS, rs.getLong(2));
					counts.put(rs.getString(1), Figure.VOLUNTEER_HOURS, rs.getLong(3));
				});
		}
		var presence = " from report_presence p join report_session rs on rs.session_id = p.session_id" + dimension.join();
		jdbc.sql("select " + key + ", count(*), coalesce(sum(p.record_key), 0)" + presence + " where " + where + " group by " + key)
			.params(params)
			.query(rs -> {
				counts.put(rs.getString(1), Figure.PARTICIPATIONS, rs.getLong(2), rs.getLong(3));
			});
		var childInRow = key + " as k, p.child_id, p.child_key as ck";
		distinctChildren("", childInRow, presence + " where " + where, params, counts, Figure.UNIQUE_CHILDREN);
		jdbc.sql("select " + dimension.walkInKey() + ", coalesce(sum(w.visitors), 0), coalesce(sum(w.record_key), 0)"
				+ " from report_walk_in w join report_session rs on rs.session_id = w.session_id" + dimension.walkInJoin()
				+ " where " + where + " group by " + dimension.walkInKey())
			.params(params)
			.query(rs -> {
				if (rs.getLong(2) > 0) {
					counts.put(rs.getString(1), Figure.WALK_INS, rs.getLong(2), rs.getLong(3));
				}
			});
		// new children: their first presence ever at their organisation falls in the period; counted where it was
		var firsts = "with firsts as (select p.child_id, min(rs.session_date) as first_date from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id where " + firstsWhere + " group by p.child_id) ";
		var firstPresence = presence + " join firsts f on f.child_id = p.child_id and f.first_date = rs.session_date where "
				+ where;
		distinctChildren(firsts, childInRow, firstPresence, params, counts, Figure.NEW_CHILDREN);
		var all = " from report_presence p join report_session rs on rs.session_id = p.session_id";
		distinctChildrenTotal(firsts, all + " join firsts f on f.child_id = p.child_id and f.first_date = rs.session_date where "
				+ where, params, counts, Figure.NEW_CHILDREN);
		distinctChildrenTotal("", all + " where " + where, params, counts, Figure.UNIQUE_CHILDREN);
		counts.totals().put(Figure.ACTIVITIES_HELD, jdbc.sql("select count(distinct rs.activity_id) from report_session rs where " + where)
			.params(params).query(Long.class).single());
		if (breakdown.overlapping()) {
			// a session counts once in every theme or task of its activity: the totals are the period's, not the sum
			var once = fromRows(scope, from, to, Breakdown.MONTH);
			for (var figure : Figure.values()) {
				if (figure.kind() != Figure.Kind.DISTINCT) {
					var total = once.names().keySet().stream().map(it -> once.cell(it, figure))
						.reduce(CellKey.Cell.EMPTY, CellKey.Cell::plus);
					counts.total(figure, total.count(), total.keySum());
				}
			}
		}
		return counts;
	}

	private Counts fromRollups(ReportScope.Who scope, Period period, Breakdown breakdown) {
		var where = new StringBuilder("month_key between :fromMonth and :toMonth");
		var params = new HashMap<String, Object>();
		params.put("fromMonth", Rollups.month(period.from()));
		params.put("toMonth", Rollups.month(period.to()));
		params.put("kind", period.kind());
		params.put("period", period.start());
		params.put("municipality", scope.municipality() == null ? "*" : scope.municipality());
		var organisation = "";
		if (scope.organisationId() != null) {
			organisation = " and organisation_id = :organisation";
			params.put("organisation", scope.organisationId());
		}
		where.append(organisation);
		if (scope.municipality() != null) {
			where.append(" and municipality_code = :municipality");
		}
		var key = breakdown == Breakdown.MONTH ? "cast(month_key as varchar(6))" : "neighbourhood_code";
		var counts = new Counts();
		jdbc.sql("select " + key + ", max(neighbourhood_name), sum(sessions_held), sum(minutes), sum(participations),"
				+ " sum(walk_ins), sum(staff_minutes), sum(volunteer_minutes), sum(participations_key), sum(walk_ins_key)"
				+ " from report_month where " + where + " group by " + key)
			.params(params)
			.query(rs -> {
				var row = rs.getString(1);
				counts.names().put(row, breakdown == Breakdown.MONTH ? "" : rs.getString(2));
				counts.put(row, Figure.SESSIONS_HELD, rs.getLong(3));
				counts.put(row, Figure.ACTIVITY_HOURS, rs.getLong(4));
				counts.put(row, Figure.PARTICIPATIONS, rs.getLong(5), rs.getLong(9));
				counts.put(row, Figure.WALK_INS, rs.getLong(6), rs.getLong(10));
				counts.put(row, Figure.STAFF_HOURS, rs.getLong(7));
				counts.put(row, Figure.VOLUNTEER_HOURS, rs.getLong(8));
			});
		// the distinct figures: children reached and new, activities held
		var reach = breakdown == Breakdown.MONTH
				? "select cast(period as varchar(6)), sum(unique_children), sum(new_children), sum(activities_held),"
						+ " sum(unique_children_key), sum(new_children_key) from report_reach"
						+ " where dimension = 'ALL' and period_kind = 'M' and period between :fromMonth and :toMonth"
						+ " and municipality_code = :municipality" + organisation + " group by period"
				: "select code, sum(unique_children), sum(new_children), sum(activities_held), sum(unique_children_key),"
						+ " sum(new_children_key) from report_reach"
						+ " where dimension = 'NEIGHBOURHOOD'"
						+ " and period_kind = :kind and period = :period" + organisation
						+ (scope.municipality() == null ? "" : " and municipality_code = :municipality") + " group by code";
		jdbc.sql(reach).params(params).query(rs -> {
			if (rs.getLong(2) > 0) {
				counts.put(rs.getString(1), Figure.UNIQUE_CHILDREN, rs.getLong(2), rs.getLong(5));
			}
			if (rs.getLong(3) > 0) {
				counts.put(rs.getString(1), Figure.NEW_CHILDREN, rs.getLong(3), rs.getLong(6));
			}
			if (rs.getLong(4) > 0) {
				counts.put(rs.getString(1), Figure.ACTIVITIES_HELD, rs.getLong(4));
			}
		});
		jdbc.sql("select coalesce(sum(unique_children), 0), coalesce(sum(new_children), 0), coalesce(sum(activities_held), 0),"
				+ " coalesce(sum(unique_children_key), 0), coalesce(sum(new_children_key), 0) from report_reach"
				+ " where dimension = 'ALL' and period_kind = :kind and period = :period and municipality_code = :municipality"
				+ organisation)
			.params(params)
			.query(rs -> {
				counts.total(Figure.UNIQUE_CHILDREN, rs.getLong(1), rs.getLong(4));
				counts.total(Figure.NEW_CHILDREN, rs.getLong(2), rs.getLong(5));
				counts.totals().put(Figure.ACTIVITIES_HELD, rs.getLong(3));
			});
		return counts;
	}

	private FigureTable assemble(ReportScope.Who scope, LocalDate from, LocalDate to, Breakdown breakdown, Counts counts,
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
		// each figure's column in the rollups, and how it is counted from the rows
		var counted = switch (figure) {
			case SESSIONS_HELD -> new String[] { "sessions_held", "count(*), 0 from report_session rs", "0" };
			case PARTICIPATIONS -> new String[] { "participations", "count(*), coalesce(sum(p.record_key), 0)"
					+ " from report_presence p join report_session rs on rs.session_id = p.session_id", "participations_key" };
			default -> new String[] { "walk_ins", "coalesce(sum(w.visitors), 0), coalesce(sum(w.record_key), 0)"
					+ " from report_walk_in w join report_session rs on rs.session_id = w.session_id", "walk_ins_key" };
		};
		var params = new HashMap<String, Object>();
		String sql;
		if (rollup) {
			params.put("fromMonth", Rollups.month(from));
			params.put("toMonth", Rollups.month(to));
			sql = "select neighbourhood_code, max(neighbourhood_name), month_key, sum(" + counted[0] + "), sum(" + counted[2]
					+ ") from report_month"
					+ " where month_key between :fromMonth and :toMonth" + within(scope, "")
					+ " group by neighbourhood_code, month_key";
		}
		else {
			var month = "cast(extract(year from rs.session_date) * 100 + extract(month from rs.session_date) as integer)";
			params.put("from", Date.valueOf(from));
			params.put("to", Date.valueOf(to));
			sql = "select coalesce(rs.neighbourhood_code, ''), max(coalesce(rs.neighbourhood_name, '')), " + month + ", "
					+ counted[1] + " where " + HELD + " and rs.session_date between :from and :to" + within(scope, "rs.")
					+ " group by coalesce(rs.neighbourhood_code, ''), " + month;
		}
		if (scope.organisationId() != null) {
			params.put("organisation", scope.organisationId());
		}
		if (scope.municipality() != null) {
			params.put("municipality", scope.municipality());
		}
		var names = new TreeMap<String, String>();
		var values = new HashMap<String, Map<String, Long>>();
		var keys = new HashMap<String, Map<String, Long>>();
		jdbc.sql(sql).params(params).query(rs -> {
			names.put(rs.getString(1), rs.getString(2));
			values.computeIfAbsent(rs.getString(1), it -> new HashMap<>()).merge(String.valueOf(rs.getInt(3)), rs.getLong(4), Long::sum);
			keys.computeIfAbsent(rs.getString(1), it -> new HashMap<>()).merge(String.valueOf(rs.getInt(3)), rs.getLong(5), Long::sum);
		});
		var months = months(from, to);
		// A neighbourhood with nothing to count in the period (the rollups keep a row of zeros for it) has no row.
		var codes = names.keySet().stream()
			.filter(code -> values.get(code).values().stream().anyMatch(value -> value != 0))
			.toList();
		var counts = new long[codes.size()][months.size()];
		var cellKeys = new long[codes.size()][months.size()];
		for (int r = 0; r < codes.size(); r++) {
			for (int c = 0; c < months.size(); c++) {
				counts[r][c] = values.get(codes.get(r)).getOrDefault(months.get(c), 0L);
				cellKeys[r][c] = keys.get(codes.get(r)).getOrDefault(months.get(c), 0L);
			}
		}
		var neighbourhoods = codes.stream().map(it -> new CrossTable.Neighbourhood(it, names.get(it))).toList();
		if (scope.suppressed() && figure.persons()) {
			return perturbed(figure, rollup, neighbourhoods, months, counts, cellKeys);
		}
		var cells = new ArrayList<List<@Nullable Long>>();
		var rowTotals = new ArrayList<@Nullable Long>();
		var columnTotals = new ArrayList<@Nullable Long>();
		for (var row : counts) {
			cells.add(Arrays.stream(row).<@Nullable Long>mapToObj(Long::valueOf).toList());
			rowTotals.add(Arrays.stream(row).sum());
		}
		for (int c = 0; c < months.size(); c++) {
			int column = c;
			columnTotals.add(Arrays.stream(counts).mapToLong(row -> row[column]).sum());
		}
		return new CrossTable(figure, scope.suppressed(), rollup, neighbourhoods, months, cells, rowTotals, columnTotals,
				Arrays.stream(counts).flatMapToLong(Arrays::stream).sum());
	}

	/** A cross table of persons as a municipality sees it: every cell, row, column and grand total perturbed by its key. */
	private static CrossTable perturbed(Figure figure, boolean rollup, List<CrossTable.Neighbourhood> neighbourhoods,
			List<String> months, long[][] counts, long[][] keys) {
		var cells = new ArrayList<List<@Nullable Long>>();
		var rowTotals = new ArrayList<@Nullable Long>();
		var columns = new CellKey.Cell[months.size()];
		java.util.Arrays.fill(columns, CellKey.Cell.EMPTY);
		var all = CellKey.Cell.EMPTY;
		for (int r = 0; r < counts.length; r++) {
			var row = new ArrayList<@Nullable Long>();
			var rowTotal = CellKey.Cell.EMPTY;
			for (int c = 0; c < months.size(); c++) {
				var cell = new CellKey.Cell(counts[r][c], keys[r][c]);
				row.add(CellKey.publish(cell));
				rowTotal = rowTotal.plus(cell);
				columns[c] = columns[c].plus(cell);
			}
			cells.add(row);
			rowTotals.add(CellKey.publish(rowTotal));
			all = all.plus(rowTotal);
		}
		var columnTotals = java.util.Arrays.stream(columns).<@Nullable Long>map(CellKey::publish).toList();
		return new CrossTable(figure, true, rollup, neighbourhoods, months, cells, rowTotals, columnTotals,
				CellKey.publish(all));
	}

	/** The conditions on a scope's organisation and municipality, for a table or view whose columns start with prefix. */
	private static String within(ReportScope.Who scope, String prefix) {
		return (scope.organisationId() == null ? "" : " and " + prefix + "organisation_id = :organisation")
				+ (scope.municipality() == null ? "" : " and " + prefix + "municipality_code = :municipality");
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
