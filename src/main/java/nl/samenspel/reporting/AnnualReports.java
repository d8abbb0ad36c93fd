package nl.samenspel.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;

/**
 * The annual report of a coordinator's organisation or a municipality: a whole calendar year, so every figure comes
 * from the rollups once they are up to date, and its cost grows with neighbourhoods and months, not attendance rows.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

	private final Reports reports;
	private final ReachRates reach;
	private final Targets targets;

	AnnualReports(Reports reports, ReachRates reach, Targets targets) {
		this.reports = reports;
		this.reach = reach;
		this.targets = targets;
	}

	public AnnualReport annual(CurrentUser user, int year, @Nullable String municipalityCode) {
		return annual(user, year, municipalityCode, Reports.Source.AUTO);
	}

	/** The report from the rollups, the rows, or whichever is up to date (for the benchmark's comparison). */
	public AnnualReport annual(CurrentUser user, int year, @Nullable String municipalityCode, Reports.Source source) {
		if (year < 2000 || year > 2100) {
			throw new FieldRejected("year", "report.error.year");
		}
		var from = LocalDate.of(year, 1, 1);
		var to = LocalDate.of(year, 12, 31);
		var perNeighbourhood = reports.figures(user, from, to, municipalityCode, Reports.Breakdown.NEIGHBOURHOOD, source);
		var perMonth = reports.figures(user, from, to, municipalityCode, Reports.Breakdown.MONTH, source);
		var cross = reports.perNeighbourhoodAndMonth(user, from, to, municipalityCode, Figure.PARTICIPATIONS, source);
		var reached = reach.reach(user, from, to, municipalityCode, source);
		var code = perNeighbourhood.municipalityCode();
		var standings = code == null ? java.util.List.<Targets.Standing>of() : targets.standings(user, code, year, perNeighbourhood);
		return new AnnualReport(year, code, perNeighbourhood.suppressed(), perNeighbourhood, perMonth, cross, reached,
				standings);
	}
}
