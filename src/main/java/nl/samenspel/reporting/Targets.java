package nl.samenspel.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;

/**
 * Performance agreements (prestatieafspraken): per organisation, municipality and year, a target for a figure, and
 * where the year stands: the result so far and a linear forecast for the whole year (the result so far, scaled from
 * the days gone to the days in the year). COORDINATORs set and see their organisation's.
 */
@Service
@Transactional
public class Targets {

	private final JdbcClient jdbc;
	private final Reports reports;
	private final AuditLog audit;
	private final Clock clock;
	private final ReportScope scopes;

	Targets(JdbcClient jdbc, Reports reports, AuditLog audit, Clock clock, ReportScope scopes) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	/** One target with the year's standing: result so far and the forecast; both empty before the year begins. */
	public record Standing(Figure figure, long target, @Nullable Long result, @Nullable Long forecast) {

		/** The forecast as a share of the target, in whole percent. */
		public @Nullable Long percent() {
			return forecast == null || target == 0 ? null : Math.round(100.0 * forecast / target);
		}
	}

	public void set(CurrentUser user, String municipalityCode, int year, Figure figure, long target) {
		if (target < 0) {
			throw new FieldRejected("target", "report.error.targetNegative");
		}
		if (year < 2000 || year > 2100) {
			throw new FieldRejected("year", "report.error.year");
		}
		if (!scopes.worksIn(user.organisationId(), municipalityCode)) {
			throw new FieldRejected("municipality", "report.error.municipality");
		}
		var params = new java.util.HashMap<String, Object>();
		params.put("organisation", user.organisationId());
		params.put("municipality", municipalityCode);
		params.put("year", year);
		params.put("figure", figure.name());
		params.put("target", target);
		params.put("by", user.id());
		params.put("now", Timestamp.from(clock.instant()));
		var updated = jdbc.sql("""
				update performance_target set target = :target, set_by = :by, set_at = :now
				where organisation_id = :organisation and municipality_code = :municipality and target_year = :year
				and figure = :figure""").params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into performance_target (organisation_id, municipality_code, target_year, figure, target, set_by, set_at)
					values (:organisation, :municipality, :year, :figure, :target, :by, :now)""").params(params).update();
		}
		audit.record(AuditAction.UPDATED, "performance-target", municipalityCode + "/" + year + "/" + figure,
				AuditResult.SUCCESS);
	}

	/**
	 * The targets for a municipality and year, each with its result so far and forecast: a coordinator's own
	 * organisation's, or for a MUNICIPALITY user the sum of every organisation's targets for their municipality.
	 */
	@Transactional(readOnly = true)
	public List<Standing> standings(CurrentUser user, String municipalityCode, int year) {
		var scope = reports.scope(user, municipalityCode);
		// sessions are only held up to today, so the whole year's figures are the result so far (and a whole year can
		// come from the rollups)
		var table = reports.figures(user, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), scope.municipality());
		return standings(user, municipalityCode, year, table);
	}

	/** The standings against a table of the whole year's figures that the caller already has. */
	@Transactional(readOnly = true)
	public List<Standing> standings(CurrentUser user, String municipalityCode, int year, FigureTable yearTable) {
		var scope = reports.scope(user, municipalityCode);
		var targets = jdbc.sql("select figure, sum(target) from performance_target where municipality_code = :municipality"
				+ " and target_year = :year" + (scope.organisationId() == null ? "" : " and organisation_id = :organisation")
				+ " group by figure order by figure")
			.params(scope.organisationId() == null
					? java.util.Map.of("municipality", scope.municipality(), "year", year)
					: java.util.Map.of("municipality", scope.municipality(), "year", year, "organisation", scope.organisationId()))
			.query((rs, n) -> new Object[] { Figure.valueOf(rs.getString(1)), rs.getLong(2) })
			.list();
		var today = DutchTime.today(clock);
		var first = LocalDate.of(year, 1, 1);
		var last = LocalDate.of(year, 12, 31);
		var standings = new ArrayList<Standing>();
		for (var row : targets) {
			var figure = (Figure) row[0];
			var target = (long) row[1];
			if (today.isBefore(first)) {
				standings.add(new Standing(figure, target, null, null));
				continue;
			}
			var result = yearTable.total(figure);
			if (result != null && figure.kind() == Figure.Kind.HOURS) {
				// targets are whole hours; the table holds tenths
				result = Math.round(result / 10.0);
			}
			standings.add(new Standing(figure, target, result, result == null ? null : forecast(result, first, last, today)));
		}
		return standings;
	}

	/** The result so far scaled to the whole year: linear, and the result itself once the year is over. */
	static long forecast(long result, LocalDate first, LocalDate last, LocalDate today) {
		if (today.isAfter(last)) {
			return result;
		}
		var gone = ChronoUnit.DAYS.between(first, today) + 1;
		var all = ChronoUnit.DAYS.between(first, last) + 1;
		return Math.round(result * (double) all / gone);
	}
}
