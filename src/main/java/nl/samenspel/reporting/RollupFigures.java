package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.HashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.reporting.Reports.Breakdown;
import nl.samenspel.reporting.Rollups.Period;

/**
 * Figures read from the rollups ({@code report_month}, {@code report_reach}) for a whole month, quarter or year, per
 * neighbourhood or per month, and whether the rollups are up to date for a period ({@code report_stale}).
 */
@Component
class RollupFigures {

	private final JdbcClient jdbc;

	RollupFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** The counts of a whole month, quarter or year per neighbourhood or per month, as the rollups hold them. */
	FigureCounts counts(ReportScope.Who scope, Period period, Breakdown breakdown) {
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
		var counts = new FigureCounts();
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
}
