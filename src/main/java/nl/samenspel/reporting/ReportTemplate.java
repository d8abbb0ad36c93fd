package nl.samenspel.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A municipality's own report format, made by an organisation working there: which figures in which order, which
 * breakdowns in which order, and the kind of period it covers. The period itself (which year, quarter or month) is
 * chosen each time it is run ({@link ReportTemplates#run}).
 */
public record ReportTemplate(UUID id, long version, UUID organisationId, String municipalityCode, String name,
		Period period, List<Figure> figures, List<Breakdown> breakdowns, Instant updatedAt) {

	/** The kind of period a report covers. */
	public enum Period {
		YEAR, QUARTER, MONTH
	}

	/**
	 * A section of the report: the totals only, or a row per neighbourhood, month, location, activity, theme, task,
	 * age band or gender (see {@link Reports.Breakdown}).
	 */
	public enum Breakdown {
		TOTAL, NEIGHBOURHOOD, MONTH, LOCATION, ACTIVITY, THEME, TASK, AGE_BAND, GENDER;

		/** The rows this section shows; the totals are those of the rows per neighbourhood. */
		Reports.Breakdown rows() {
			return this == TOTAL ? Reports.Breakdown.NEIGHBOURHOOD : Reports.Breakdown.valueOf(name());
		}
	}
}
