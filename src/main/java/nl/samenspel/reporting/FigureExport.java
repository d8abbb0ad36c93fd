package nl.samenspel.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Worksheet;

/**
 * A figure table as a CSV file that Excel opens as it is in the Netherlands: semicolons, UTF-8 with a byte-order
 * mark, CRLF line ends. A suppressed value is written as "&lt;5", never as its count; hours with one decimal (a decimal
 * comma in Dutch, a number formatted 0.0 in the workbook); a municipality's table ends with a line that says its counts
 * of persons are perturbed and its totals are cells of their own.
 */
public final class FigureExport {

	private FigureExport() {
	}

	/** The file's text; {@code label} gives the column headings and the total row's name in the reader's language. */
	public static String csv(FigureTable table, Function<String, String> label, Locale locale) {
		var out = new StringWriter();
		out.write('\ufeff');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			records(printer, table.rowHeadings(label), table, label, locale);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	/** The same table as an XLSX workbook (one sheet, bold headings and totals); "&lt;5" where a value is suppressed. */
	public static byte[] xlsx(FigureTable table, Function<String, String> label, Locale locale) {
		var out = new java.io.ByteArrayOutputStream();
		try {
			var workbook = new org.dhatim.fastexcel.Workbook(out, "Samenspel", "1.0");
			var sheet = workbook.newWorksheet(label.apply("reports.title").length() > 31
					? label.apply("reports.title").substring(0, 31) : label.apply("reports.title"));
			sheet(sheet, table.rowHeadings(label), table, label, locale);
			workbook.finish();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	/**
	 * Writes a table as CSV records: a heading (the {@code leading} column headings, then the figures), a record per
	 * row and the total record; "&lt;5" where a value is suppressed. Also a report template's sections.
	 */
	static void records(CSVPrinter printer, List<String> leading, FigureTable table, Function<String, String> label,
			Locale locale) throws IOException {
		var heading = new ArrayList<>(leading);
		table.figures().forEach(figure -> heading.add(label.apply("report.figure." + figure.name())));
		printer.printRecord(heading);
		for (var row : table.rows()) {
			var record = new ArrayList<>(table.rowCells(row, label, locale));
			table.figures().forEach(figure -> record.add(table.shown(figure, row.value(figure), locale)));
			printer.printRecord(record);
		}
		var total = new ArrayList<String>();
		for (int i = 1; i < leading.size(); i++) {
			total.add("");
		}
		total.add(label.apply("coverage.total"));
		table.figures().forEach(figure -> total.add(table.shown(figure, table.total(figure), locale)));
		printer.printRecord(total);
		if (table.suppressed()) {
			printer.printRecord(List.of(label.apply("reports.suppressed")));
		}
	}

	/** Writes a table on a worksheet the same way, with bold headings and totals. Also a report template's sheets. */
	static void sheet(Worksheet sheet, List<String> leading, FigureTable table, Function<String, String> label,
			Locale locale) {
		int first = leading.size();
		for (int c = 0; c < first; c++) {
			sheet.value(0, c, leading.get(c));
		}
		for (int c = 0; c < table.figures().size(); c++) {
			sheet.value(0, first + c, label.apply("report.figure." + table.figures().get(c).name()));
		}
		sheet.range(0, 0, 0, first + table.figures().size() - 1).style().bold().set();
		int r = 1;
		for (var row : table.rows()) {
			var cells = table.rowCells(row, label, locale);
			for (int c = 0; c < cells.size(); c++) {
				sheet.value(r, c, cells.get(c));
			}
			for (int c = 0; c < table.figures().size(); c++) {
				cell(sheet, r, first + c, table.figures().get(c), row.value(table.figures().get(c)));
			}
			r++;
		}
		sheet.value(r, first - 1, label.apply("coverage.total"));
		for (int c = 0; c < table.figures().size(); c++) {
			cell(sheet, r, first + c, table.figures().get(c), table.total(table.figures().get(c)));
		}
		sheet.range(r, 0, r, first + table.figures().size() - 1).style().bold().set();
		if (table.suppressed()) {
			sheet.value(r + 2, 0, label.apply("reports.suppressed"));
		}
	}

	private static void cell(Worksheet sheet, int row, int column, Figure figure,
			@org.jspecify.annotations.Nullable Long value) {
		if (value == null) {
			sheet.value(row, column, "<5");
		}
		else if (figure.kind() == Figure.Kind.HOURS) {
			sheet.value(row, column, FigureTable.number(figure, value));
			sheet.style(row, column).format("0.0").set();
		}
		else {
			sheet.value(row, column, value);
		}
	}

	static String shown(@org.jspecify.annotations.Nullable Long value) {
		return value == null ? "<5" : String.valueOf(value);
	}
}
