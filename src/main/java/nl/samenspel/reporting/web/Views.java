package nl.samenspel.reporting.web;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.FigureTable;
import nl.samenspel.ui.FieldMessages;

/** What the reporting templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	/** The platform operator's page of MUNICIPALITY users and their municipality, with the link form as typed. */
	public record MunicipalityAccountPage(java.util.List<nl.samenspel.reporting.MunicipalityAccounts.Link> links,
			String username, String municipalityCode, FieldMessages errors) {
	}

	public record TargetPage(String municipality, int year, java.util.List<nl.samenspel.ui.Option> municipalities,
			java.util.List<nl.samenspel.ui.Option> figures, java.util.List<nl.samenspel.reporting.Targets.Standing> standings,
			FieldMessages errors, @Nullable String target) {
	}

	/**
	 * The figures page: the table (none when the filter was rejected), the dates typed, the rows chosen, and for a
	 * municipality user the fixed periods to choose from instead of dates ({@code periods} is empty for a coordinator).
	 */
	public record ReportPage(@Nullable FigureTable table, String from, String to, FieldMessages errors,
			java.util.Locale locale, nl.samenspel.reporting.Reports.Breakdown breakdown,
			java.util.List<nl.samenspel.ui.Option> breakdowns, java.util.List<nl.samenspel.ui.Option> periods) {

		/** The period and rows as a query string, for the download links. */
		public String query() {
			return table == null ? "" : "from=" + table.from() + "&to=" + table.to() + "&breakdown=" + breakdown.name();
		}
	}

	/** The signals, cases and referrals page: the tables (null when the filter was rejected) and the filter as typed. */
	public record CasePage(nl.samenspel.reporting.@Nullable CaseFigureTables tables, String from, String to,
			java.util.List<nl.samenspel.ui.Option> municipalities, FieldMessages errors,
			java.util.List<nl.samenspel.ui.Option> periods) {

		/** The filter as a query string for the CSV link. */
		public String query() {
			if (tables == null) {
				return "";
			}
			return "from=" + tables.from() + "&to=" + tables.to()
					+ (tables.municipalityCode() == null || tables.suppressed() ? "" : "&municipality=" + tables.municipalityCode());
		}

		/** A count as shown: the number, or &lt;5 where it is suppressed. */
		public String shown(@Nullable Long count) {
			return count == null ? "<5" : String.valueOf(count);
		}
	}
	/**
	 * The children's participation page: the figures (null when the filter was rejected), the filter as typed, and the
	 * reader's locale for the decimals.
	 */
	public record ParticipationPage(nl.samenspel.reporting.@Nullable ParticipationFigureTables tables, String from,
			String to, java.util.List<nl.samenspel.ui.Option> municipalities, FieldMessages errors,
			java.util.List<nl.samenspel.ui.Option> periods, java.util.Locale locale) {

		/** The filter as a query string for the CSV link. */
		public String query() {
			if (tables == null) {
				return "";
			}
			return "from=" + tables.from() + "&to=" + tables.to()
					+ (tables.municipalityCode() == null || tables.suppressed() ? "" : "&municipality=" + tables.municipalityCode());
		}

		/** A count as shown: the number, or &lt;5 where it is suppressed. */
		public String shown(@Nullable Long count) {
			return count == null ? "<5" : String.valueOf(count);
		}

		/** An average or a median with one decimal in the reader's language, or a dash when there is none to show. */
		public String decimal(java.math.@Nullable BigDecimal value) {
			return value == null ? "–" : ParticipationFigureController.decimal(value, locale);
		}

		/** Hours as days (24 hours), one decimal in the reader's language, or a dash when there is none to show. */
		public String days(java.math.@Nullable BigDecimal hours) {
			return decimal(ParticipationFigureController.days(hours));
		}
	}

	/**
	 * The continuity page (task 9): the figures (null when the filter was rejected), the filter as typed, and the
	 * reader's locale for the decimals.
	 */
	public record ContinuityPage(nl.samenspel.reporting.@Nullable ContinuityTables tables, String from, String to,
			java.util.List<nl.samenspel.ui.Option> municipalities, FieldMessages errors,
			java.util.List<nl.samenspel.ui.Option> periods, java.util.Locale locale) {

		/** A count as shown: the number, or &lt;5 where it is suppressed. */
		public String shown(@Nullable Long count) {
			return count == null ? "<5" : String.valueOf(count);
		}

		/** A median, share or ratio with one decimal in the reader's language, or a dash when there is none to show. */
		public String decimal(java.math.@Nullable BigDecimal value) {
			return value == null ? "–" : ParticipationFigureController.decimal(value, locale);
		}
	}

	public record AnnualPage(nl.samenspel.reporting.@Nullable AnnualReport report, String year, String municipality,
			java.util.List<nl.samenspel.ui.Option> municipalities, FieldMessages errors, @Nullable BarChart months,
			@Nullable BarChart neighbourhoods, java.util.Locale locale) {
	}
}
