package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report template run for one period: per breakdown, in the template's order, a table of the template's figures
 * in the template's order. {@code part} is the quarter (1 to 4) or the month (1 to 12), or nothing for a year. For a
 * MUNICIPALITY user every table is suppressed.
 */
public record TemplateReport(ReportTemplate template, int year, @Nullable Integer part, LocalDate from, LocalDate to,
		boolean suppressed, List<Section> sections) {

	/** One breakdown's table; a TOTAL section's table has no rows, only the totals. */
	public record Section(ReportTemplate.Breakdown breakdown, FigureTable table) {
	}
}
