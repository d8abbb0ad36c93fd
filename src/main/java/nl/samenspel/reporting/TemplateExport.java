package nl.samenspel.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;

import nl.samenspel.reporting.ReportTemplate.Breakdown;

/**
 * A report template's report as files: CSV as Excel opens it in the Netherlands (semicolons, UTF-8 with a byte-order
 * mark, CRLF), one block per breakdown after the template's name and period, the blocks separated by an empty line;
 * XLSX with one sheet per breakdown. A suppressed value is written as "&lt;5", never as its count.
 */
public final class TemplateExport {

	private TemplateExport() {
	}

	/** The columns before the figures: those of the rows (see {@link FigureTable#rowHeadings}), or one for the totals. */
	public static List<String> leading(Breakdown breakdown, FigureTable table, Function<String, String> label) {
		return breakdown == Breakdown.TOTAL ? List.of("") : table.rowHeadings(label);
	}

	/** A row's first cells (see {@link FigureTable#rowCells}). */
	public static List<String> leading(Breakdown breakdown, FigureTable table, FigureTable.Row row,
			Function<String, String> label, Locale locale) {
		return table.rowCells(row, label, locale);
	}

	/** The CSV file's text; {@code period} is the period written out, {@code label} gives the texts. */
	public static String csv(TemplateReport report, String period, Function<String, String> label, Locale locale) {
		var out = new StringWriter();
		out.write('\ufeff');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			printer.printRecord(text(report.template().name()));
			printer.printRecord(period + " · " + report.template().municipalityCode());
			for (var section : report.sections()) {
				printer.println();
				var breakdown = section.breakdown();
				var table = section.table();
				printer.printRecord(label.apply("report.breakdown." + breakdown.name()));
				var heading = new ArrayList<>(leading(breakdown, table, label));
				table.figures().forEach(figure -> heading.add(label.apply("report.figure." + figure.name())));
				printer.printRecord(heading);
				for (var row : table.rows()) {
					var record = new ArrayList<>(leading(breakdown, table, row, label, locale));
					table.figures().forEach(figure -> record.add(FigureExport.shown(row.value(figure))));
					printer.printRecord(record);
				}
				var total = new ArrayList<String>();
				for (int i = 1; i < heading.size() - table.figures().size(); i++) {
					total.add("");
				}
				total.add(label.apply("coverage.total"));
				table.figures().forEach(figure -> total.add(FigureExport.shown(table.total(figure))));
				printer.printRecord(total);
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	/** The XLSX workbook: one sheet per breakdown, named after it, with bold headings and totals. */
	public static byte[] xlsx(TemplateReport report, Function<String, String> label, Locale locale) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Samenspel", "1.0");
			var names = new HashSet<String>();
			for (var section : report.sections()) {
				var breakdown = section.breakdown();
				var table = section.table();
				var name = label.apply("report.breakdown." + breakdown.name()).replaceAll("[\\[\\]:*?/\\\\]", " ");
				name = name.length() > 28 ? name.substring(0, 28) : name;
				while (!names.add(name)) {
					name = name + "+";
				}
				var sheet = workbook.newWorksheet(name);
				var heading = leading(breakdown, table, label);
				var first = heading.size();
				for (int c = 0; c < first; c++) {
					sheet.value(0, c, heading.get(c));
				}
				for (int c = 0; c < table.figures().size(); c++) {
					sheet.value(0, first + c, label.apply("report.figure." + table.figures().get(c).name()));
				}
				sheet.range(0, 0, 0, first + table.figures().size() - 1).style().bold().set();
				int r = 1;
				for (var row : table.rows()) {
					var cells = leading(breakdown, table, row, label, locale);
					for (int c = 0; c < cells.size(); c++) {
						sheet.value(r, c, cells.get(c));
					}
					for (int c = 0; c < table.figures().size(); c++) {
						cell(sheet, r, first + c, row.value(table.figures().get(c)));
					}
					r++;
				}
				sheet.value(r, first - 1, label.apply("coverage.total"));
				for (int c = 0; c < table.figures().size(); c++) {
					cell(sheet, r, first + c, table.total(table.figures().get(c)));
				}
				sheet.range(r, 0, r, first + table.figures().size() - 1).style().bold().set();
			}
			workbook.finish();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	/** Text that a spreadsheet would take for a formula gets a leading apostrophe. */
	static String text(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static void cell(org.dhatim.fastexcel.Worksheet sheet, int row, int column,
			@org.jspecify.annotations.Nullable Long value) {
		if (value == null) {
			sheet.value(row, column, "<5");
		}
		else {
			sheet.value(row, column, value);
		}
	}
}
