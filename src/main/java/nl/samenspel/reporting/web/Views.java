package nl.samenspel.reporting.web;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.FigureTable;
import nl.samenspel.ui.FieldMessages;

/** What the reporting templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	public record TargetPage(String municipality, int year, java.util.List<nl.samenspel.ui.Option> municipalities,
			java.util.List<nl.samenspel.ui.Option> figures, java.util.List<nl.samenspel.reporting.Targets.Standing> standings,
			FieldMessages errors, @Nullable String target) {
	}

	public record ReportPage(@Nullable FigureTable table, String from, String to, FieldMessages errors,
			java.util.Locale locale, boolean monthly) {

		/** A row's name: the neighbourhood, or the month written out in the page's language. */
		public String label(FigureTable.Row row) {
			if (table != null && table.monthly()) {
				var month = java.time.YearMonth.parse(row.neighbourhoodCode(), java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
				return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
			}
			return row.neighbourhood();
		}
	}
}
