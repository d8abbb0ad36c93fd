package nl.samenspel.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.reporting.Rollups.Period;

/**
 * The additive figures of {@code report_month}: per organisation, month and neighbourhood of the session's location,
 * sessions held, minutes, participations, walk-ins, staff and volunteer minutes, and the sums of the record keys
 * beside the counts of persons. {@link Rollups} decides when a month is built; this builds it.
 */
@Component
class MonthRollups {

	private final JdbcClient jdbc;

	MonthRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Builds a month of an organisation again: one row per neighbourhood of the sessions' locations. */
	void rebuild(UUID organisation, int month) {
		var yearMonth = YearMonth.of(month / 100, month % 100);
		jdbc.sql("delete from report_month where organisation_id = :organisation and month_key = :month")
			.param("organisation", organisation).param("month", month).update();
		var rows = new LinkedHashMap<String, long[]>();
		var names = new LinkedHashMap<String, String[]>();
		var group = " group by coalesce(rs.neighbourhood_code, '')";
		var params = Rollups.inPeriod(organisation, Period.month(yearMonth));
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), max(coalesce(rs.neighbourhood_name, '')),"
				+ " max(coalesce(rs.municipality_code, '')), count(*), sum(rs.duration_minutes) from report_session rs where "
				+ Rollups.HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				names.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[0] = rs.getLong(4);
				row[1] = rs.getLong(5);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), count(*), coalesce(sum(p.record_key), 0) from report_presence p"
				+ " join report_session rs on rs.session_id = p.session_id where " + Rollups.HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[2] = rs.getLong(2);
				row[6] = rs.getLong(3);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''), coalesce(sum(w.visitors), 0), coalesce(sum(w.record_key), 0)"
				+ " from report_walk_in w join report_session rs on rs.session_id = w.session_id where " + Rollups.HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[3] = rs.getLong(2);
				row[7] = rs.getLong(3);
			});
		jdbc.sql("select coalesce(rs.neighbourhood_code, ''),"
				+ " coalesce(sum(case when st.volunteer then 0 else rs.duration_minutes end), 0),"
				+ " coalesce(sum(case when st.volunteer then rs.duration_minutes else 0 end), 0) from report_session_staff st"
				+ " join report_session rs on rs.session_id = st.session_id where " + Rollups.HELD_IN_PERIOD + group)
			.params(params)
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString(1), it -> new long[8]);
				row[4] = rs.getLong(2);
				row[5] = rs.getLong(3);
			});
		var batch = new ArrayList<Object[]>();
		rows.forEach((key, row) -> {
			var name = names.getOrDefault(key, new String[] { "", "" });
			batch.add(new Object[] { organisation, month, key, name[0], name[1], row[0], row[1], row[2], row[3], row[4],
					row[5], row[6], row[7] });
		});
		for (var values : batch) {
			jdbc.sql("""
					insert into report_month (organisation_id, month_key, neighbourhood_code, neighbourhood_name,
					  municipality_code, sessions_held, minutes, participations, walk_ins, staff_minutes, volunteer_minutes,
					  participations_key, walk_ins_key)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(values).update();
		}
	}
}
