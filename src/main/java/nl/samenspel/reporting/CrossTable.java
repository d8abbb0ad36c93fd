package nl.samenspel.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One additive figure per neighbourhood (rows) and month (columns, as yyyyMM, every month of the period), with the
 * totals per neighbourhood, per month and in all. For a MUNICIPALITY user suppressed as one table, rows and columns
 * together, so that neither a neighbourhood's total nor a month's gives a hidden cell away; {@code null} where a value
 * is shown as "&lt;5".
 */
public record CrossTable(Figure figure, boolean suppressed, boolean fromRollups, List<Neighbourhood> neighbourhoods,
		List<String> months, List<List<@Nullable Long>> cells, List<@Nullable Long> neighbourhoodTotals,
		List<@Nullable Long> monthTotals, @Nullable Long total) {

	/** A row: the neighbourhood's CBS code and name (empty for locations without a neighbourhood). */
	public record Neighbourhood(String code, String name) {
	}

	public @Nullable Long cell(int neighbourhood, int month) {
		return cells.get(neighbourhood).get(month);
	}

	/** A month column's heading, for example {@code nov. 2026}, in the reader's language. */
	public String monthLabel(int month, java.util.Locale locale) {
		var yearMonth = java.time.YearMonth.parse(months.get(month), java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
		return java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", locale).format(yearMonth);
	}

	/** A value as shown: the number, or "&lt;5" where it is suppressed. */
	public static String shown(@Nullable Long value) {
		return value == null ? "<5" : String.valueOf(value);
	}
}
