package nl.samenspel.reporting;

import java.time.LocalDate;
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
}
