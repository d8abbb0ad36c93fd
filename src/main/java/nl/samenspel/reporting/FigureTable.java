package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Figures per neighbourhood or per month for a period, with the totals, and whether they were read from the rollups. A value is {@code null} where it is suppressed (shown as
 * "&lt;5"); a MUNICIPALITY user only ever receives a suppressed table.
 */
public record FigureTable(LocalDate from, LocalDate to, @Nullable String municipalityCode, boolean suppressed,
		List<Figure> figures, List<Row> rows, Map<Figure, @Nullable Long> totals, boolean monthly, boolean fromRollups) {

	/** A row: per neighbourhood (its CBS code and name), or per month (yyyyMM and no name). */
	public record Row(String neighbourhoodCode, String neighbourhood, Map<Figure, @Nullable Long> values) {

		public @Nullable Long value(Figure figure) {
			return values.get(figure);
		}
	}

	public @Nullable Long total(Figure figure) {
		return totals.get(figure);
	}

	/**
	 * A copy with only the given figures, in the given order, in the columns, the rows and the totals: the columns a
	 * report template chose. Suppression works per figure, so leaving figures out reveals nothing.
	 */
	public FigureTable only(List<Figure> chosen) {
		var kept = List.copyOf(chosen);
		var keptRows = rows.stream()
			.map(row -> new Row(row.neighbourhoodCode(), row.neighbourhood(), pick(row.values(), kept)))
			.toList();
		return new FigureTable(from, to, municipalityCode, suppressed, kept, keptRows, pick(totals, kept), monthly,
				fromRollups);
	}

	private static Map<Figure, @Nullable Long> pick(Map<Figure, @Nullable Long> values, List<Figure> kept) {
		var picked = new LinkedHashMap<Figure, @Nullable Long>();
		kept.forEach(figure -> picked.put(figure, values.get(figure)));
		return picked;
	}
}
