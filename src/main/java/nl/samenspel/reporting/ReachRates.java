package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.reporting.Rollups.Period;

/**
 * Reach per neighbourhood where the children live: registered children present at least once in the period, divided
 * by the CBS estimate of children aged 4 to 12 living there (an estimate: CBS counts 0 to 14 at neighbourhood level).
 * A child counts once, in the neighbourhood they live in now, so the rows add up to the total. A MUNICIPALITY user sees
 * the children living in their municipality, from every organisation, perturbed by the cell key method ({@link CellKey});
 * the rate is worked out from the perturbed count, and not shown where the count is "&lt;5".
 */
@Service
@Transactional(readOnly = true)
public class ReachRates {

	private final JdbcClient jdbc;
	private final Reports reports;

	ReachRates(JdbcClient jdbc, Reports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** Reach per home neighbourhood; the code of children whose neighbourhood is not known is empty. */
	public record ReachTable(LocalDate from, LocalDate to, boolean suppressed, List<Row> rows, @Nullable Long total) {

		public record Row(String code, String name, @Nullable Long children, @Nullable Integer estimate,
				@Nullable BigDecimal percent) {
		}
	}

	public ReachTable reach(nl.samenspel.kernel.CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipality) {
		return reach(user, from, to, municipality, Reports.Source.AUTO);
	}

	/** Reach from the rollups where they serve the period and are up to date, or as the source says. */
	public ReachTable reach(nl.samenspel.kernel.CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipality,
			Reports.Source source) {
		var scope = reports.scope(user, municipality, from, to);
		var params = new HashMap<String, Object>();
		var organisation = "";
		if (scope.organisationId() != null) {
			organisation = " and organisation_id = :organisation";
			params.put("organisation", scope.organisationId());
		}
		if (scope.municipality() != null) {
			params.put("municipality", scope.municipality());
		}
		var period = Period.exactly(from, to);
		var counts = new TreeMap<String, CellKey.Cell>();
		if (source == Reports.Source.ROLLUP && period == null) {
			throw new nl.samenspel.kernel.FieldRejected("from", "report.error.notWholePeriod");
		}
		if (source == Reports.Source.ROLLUP
				|| (source == Reports.Source.AUTO && period != null && reports.fresh(scope, from, to))) {
			params.put("kind", period.kind());
			params.put("period", period.start());
			jdbc.sql("select code, sum(unique_children), sum(unique_children_key) from report_reach"
					+ " where dimension = 'HOME' and period_kind = :kind and period = :period" + organisation
					+ (scope.municipality() == null ? "" : " and municipality_code = :municipality") + " group by code")
				.params(params)
				.query(rs -> {
					counts.put(rs.getString(1), new CellKey.Cell(rs.getLong(2), rs.getLong(3)));
				});
		}
		else {
			params.put("from", Date.valueOf(from));
			params.put("to", Date.valueOf(to));
			jdbc.sql("select k, count(*), coalesce(sum(ck), 0) from (select distinct coalesce(p.home_code, '') as k,"
					+ " p.child_id, p.child_key as ck from report_presence_home p"
					+ " join report_session rs on rs.session_id = p.session_id where rs.held_at is not null"
					+ " and rs.status = 'PLANNED' and rs.session_date between :from and :to"
					+ organisation.replace("organisation_id", "rs.organisation_id")
					+ (scope.municipality() == null ? "" : " and 'GM' || substring(p.home_code, 3, 4) = :municipality")
					+ ") x group by k")
				.params(params)
				.query(rs -> {
					counts.put(rs.getString(1), new CellKey.Cell(rs.getLong(2), rs.getLong(3)));
				});
		}
		var estimates = estimates(scope, counts.keySet());
		var codes = new ArrayList<>(counts.keySet());
		var rows = new ArrayList<ReachTable.Row>();
		var all = CellKey.Cell.EMPTY;
		for (var code : codes) {
			var cell = counts.get(code);
			all = all.plus(cell);
			var estimate = estimates.getOrDefault(code, new Object[] { "", null });
			@Nullable Long children = scope.suppressed() ? CellKey.publish(cell) : Long.valueOf(cell.count());
			var children412 = (Integer) estimate[1];
			BigDecimal percent = children == null || children412 == null || children412 == 0 ? null
					: BigDecimal.valueOf(children * 100).divide(BigDecimal.valueOf(children412), 1, RoundingMode.HALF_UP);
			rows.add(new ReachTable.Row(code, (String) estimate[0], children, children412, percent));
		}
		// each child lives in one neighbourhood, so the total counts each child once; for a municipality it is a cell of
		// its own, with its own noise
		@Nullable Long total = scope.suppressed() ? CellKey.publish(all) : Long.valueOf(all.count());
		return new ReachTable(from, to, scope.suppressed(), rows, total);
	}

	/**
	 * Name and 4-12 count per code. They come from the platform's copy of the CBS figures, which only a platform
	 * operator imports, so no organisation's rows change another's figures (issue 14). An organisation's own report
	 * also takes its own latest row: a count typed in by hand (say from the population register) replaces the CBS
	 * estimate, and a code the platform copy does not know gets the organisation's own name and count. A municipality's
	 * report, across organisations, reads the platform copy alone.
	 */
	private HashMap<String, Object[]> estimates(ReportScope.Who scope, java.util.Set<String> codes) {
		var estimates = new HashMap<String, Object[]>();
		if (codes.isEmpty()) {
			return estimates;
		}
		jdbc.sql("select code, name, children_4_12 from report_neighbourhood_estimate where code in (:codes)")
			.param("codes", codes)
			.query(rs -> {
				estimates.put(rs.getString(1), new Object[] { rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3) });
			});
		if (scope.organisationId() != null) {
			jdbc.sql("select code, name, children_4_12, children_4_12_estimated from report_neighbourhood_own"
					+ " where organisation_id = :organisation and code in (:codes)")
				.param("organisation", scope.organisationId())
				.param("codes", codes)
				.query(rs -> {
					var count = rs.getObject(3) == null ? null : rs.getInt(3);
					var platform = estimates.get(rs.getString(1));
					if (platform == null) {
						estimates.put(rs.getString(1), new Object[] { rs.getString(2), count });
					}
					else if (!rs.getBoolean(4) && count != null) {
						platform[1] = count;
					}
				});
		}
		return estimates;
	}
}
