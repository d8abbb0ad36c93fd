package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.reporting.Reports.Breakdown;

/**
 * Figures counted from the rows: the declared report views ({@code report_session}, {@code report_presence},
 * {@code report_walk_in} and those behind the breakdowns), for any period and every breakdown.
 */
@Component
class RowFigures {

	private final JdbcClient jdbc;

	RowFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/**
	 * Distinct children per row with the sum of their keys: {@code select} over {@code from} must give the row key,
	 * the child and the child's key.
	 */
	private void distinctChildren(String with, String select, String from, Map<String, Object> params, FigureCounts counts,
			Figure figure) {
		jdbc.sql(with + "select k, count(*), coalesce(sum(ck), 0) from (select distinct " + select + from + ") x group by k")
			.params(params)
			.query(rs -> {
				counts.put(rs.getString(1), figure, rs.getLong(2), rs.getLong(3));
			});
	}

	/** Distinct children over the whole table, with the sum of their keys. */
	private void distinctChildrenTotal(String with, String from, Map<String, Object> params, FigureCounts counts, Figure figure) {
		jdbc.sql(with + "select count(*), coalesce(sum(ck), 0) from (select distinct p.child_id, p.child_key as ck" + from
				+ ") x")
			.params(params)
			.query(rs -> {
				counts.total(figure, rs.getLong(1), rs.getLong(2));
			});
	}

	/** The counts of any period in any breakdown, from the rows. */
	FigureCounts counts(ReportScope.Who scope, LocalDate from, LocalDate to, Breakdown breakdown) {
		var everWhere = new StringBuilder(Reports.HELD);
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
		var counts = new FigureCounts();
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
			var once = counts(scope, from, to, Breakdown.MONTH);
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
}
