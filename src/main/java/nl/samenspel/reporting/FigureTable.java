package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Figures for a period, a row per neighbourhood, month, location, activity, theme, task, age band or gender (the
 * {@link Reports.Breakdown}), with the totals, and whether they were read from the rollups. A value is {@code null}
 * where it is suppressed (shown as "&lt;5"); a MUNICIPALITY user only ever receives a suppressed table. Hours are held
 * in tenths of an hour and shown, written and sent (JSON) with one decimal: {@link #shown}, {@link #number}.
 */
public record FigureTable(LocalDate from, LocalDate to, @Nullable String municipalityCode, boolean suppressed,
		List<Figure> figures, List<Row> rows,
		@tools.jackson.databind.annotation.JsonSerialize(using = Values.class) Map<Figure, @Nullable Long> totals, Reports.Breakdown breakdown,
		boolean fromRollups) {

	/**
	 * A row: its key (a neighbourhood's CBS code, a month as yyyyMM, a location's or activity's id, or the code of a
	 * theme, task, age band or gender) and its name where it has one (a neighbourhood, location or activity).
	 */
	public record Row(String code, String name,
			@tools.jackson.databind.annotation.JsonSerialize(using = Values.class) Map<Figure, @Nullable Long> values) {

		public @Nullable Long value(Figure figure) {
			return values.get(figure);
		}
	}

	public @Nullable Long total(Figure figure) {
		return totals.get(figure);
	}

	/** A value as shown: "&lt;5" where it is suppressed; hours with one decimal, in the reader's language. */
	public String shown(Figure figure, @Nullable Long value, Locale locale) {
		if (value == null) {
			return "<5";
		}
		if (figure.kind() != Figure.Kind.HOURS) {
			return String.valueOf(value);
		}
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setGroupingUsed(false);
		return format.format(number(figure, value));
	}

	/** A value as a number: hours (held in tenths) with one decimal, counts as they are. */
	public static java.math.BigDecimal number(Figure figure, long value) {
		return figure.kind() == Figure.Kind.HOURS ? java.math.BigDecimal.valueOf(value, 1) : java.math.BigDecimal.valueOf(value);
	}

	/** Writes a row's values or the totals in JSON: hours as a number with one decimal (4.5), counts as they are. */
	static final class Values extends tools.jackson.databind.ValueSerializer<Map<Figure, @Nullable Long>> {

		@Override
		public void serialize(Map<Figure, @Nullable Long> values, tools.jackson.core.JsonGenerator generator,
				tools.jackson.databind.SerializationContext context) {
			generator.writeStartObject();
			for (var entry : values.entrySet()) {
				generator.writeName(entry.getKey().name());
				if (entry.getValue() == null) {
					generator.writeNull();
				}
				else if (entry.getKey().kind() == Figure.Kind.HOURS) {
					generator.writeNumber(number(entry.getKey(), entry.getValue()));
				}
				else {
					generator.writeNumber(entry.getValue());
				}
			}
			generator.writeEndObject();
		}
	}

	/** Whether the rows are months. */
	public boolean monthly() {
		return breakdown == Reports.Breakdown.MONTH;
	}

	/** The heading of the rows' column, for example "Buurt"; {@code label} gives the texts in the reader's language. */
	public String rowHeading(Function<String, String> label) {
		return label.apply(switch (breakdown) {
			case NEIGHBOURHOOD -> "reports.neighbourhood";
			case MONTH -> "reports.month";
			case LOCATION -> "reports.location";
			case ACTIVITY -> "reports.activity";
			case THEME -> "reports.theme";
			case TASK -> "reports.task";
			case AGE_BAND -> "reports.ageBand";
			case GENDER -> "reports.gender";
		});
	}

	/** A row's name in the reader's language: a neighbourhood, a month written out, a task, "Meisjes" and so on. */
	public String rowName(Row row, Function<String, String> label, Locale locale) {
		return switch (breakdown) {
			case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale)
				.format(YearMonth.parse(row.code(), DateTimeFormatter.ofPattern("yyyyMM")));
			case THEME -> label.apply("theme." + row.code());
			case TASK -> label.apply("task." + row.code());
			case AGE_BAND -> label.apply("ageBand." + row.code());
			case GENDER -> label.apply("walkIns.gender." + row.code());
			case NEIGHBOURHOOD, LOCATION, ACTIVITY -> row.name().isEmpty() ? label.apply("coverage.noNeighbourhood") : row.name();
		};
	}

	/** The headings of the columns before the figures: a neighbourhood's code and name, or the row's name. */
	public List<String> rowHeadings(Function<String, String> label) {
		return breakdown == Reports.Breakdown.NEIGHBOURHOOD
				? List.of(label.apply("reports.neighbourhoodCode"), rowHeading(label)) : List.of(rowHeading(label));
	}

	/** A row's cells before the figures, under {@link #rowHeadings}; safe from spreadsheet formulas. */
	public List<String> rowCells(Row row, Function<String, String> label, Locale locale) {
		var name = TemplateExport.text(rowName(row, label, locale));
		return breakdown == Reports.Breakdown.NEIGHBOURHOOD ? List.of(row.code(), name) : List.of(name);
	}

	/**
	 * A copy with only the given figures this table holds, in the given order, in the columns, the rows and the
	 * totals: the columns a report template chose. Each cell is perturbed on its own, so leaving figures out reveals
	 * nothing.
	 */
	public FigureTable only(List<Figure> chosen) {
		var kept = chosen.stream().filter(figures::contains).toList();
		var keptRows = rows.stream().map(row -> new Row(row.code(), row.name(), pick(row.values(), kept))).toList();
		return new FigureTable(from, to, municipalityCode, suppressed, kept, keptRows, pick(totals, kept), breakdown,
				fromRollups);
	}

	/**
	 * A copy whose rows all carry a name in the reader's language: a task, theme, age band, gender or month has none of
	 * its own, so the API would otherwise answer with an empty name.
	 */
	public FigureTable named(Function<String, String> label, Locale locale) {
		var named = rows.stream().map(row -> new Row(row.code(), rowName(row, label, locale), row.values())).toList();
		return new FigureTable(from, to, municipalityCode, suppressed, figures, named, totals, breakdown, fromRollups);
	}

	/** The same table without its rows: the totals alone. */
	public FigureTable totalsOnly() {
		return new FigureTable(from, to, municipalityCode, suppressed, figures, List.of(), totals, breakdown, fromRollups);
	}

	private static Map<Figure, @Nullable Long> pick(Map<Figure, @Nullable Long> values, List<Figure> kept) {
		var picked = new LinkedHashMap<Figure, @Nullable Long>();
		kept.forEach(figure -> picked.put(figure, values.get(figure)));
		return picked;
	}
}
