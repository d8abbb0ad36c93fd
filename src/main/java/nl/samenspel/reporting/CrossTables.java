package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cross table of one additive figure per neighbourhood and month ({@link Reports#perNeighbourhoodAndMonth}),
 * counted from the rollups or from the rows, as a municipality sees it or as it is.
 */
@Component
class CrossTables {

	private final JdbcClient jdbc;

	CrossTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One additive figure (sessions held, participations or walk-ins) per neighbourhood and month, from the rollups or
	 * from the rows as {@link Reports} decided; for a suppressed scope every count of persons perturbed by its key.
	 */
	CrossTable perNeighbourhoodAndMonth(ReportScope.Who scope, LocalDate from, LocalDate to, Figure figure,
			boolean rollup) {
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
					+ counted[1] + " where " + Reports.HELD + " and rs.session_date between :from and :to" + within(scope, "rs.")
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
		var months = Reports.months(from, to);
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
}
