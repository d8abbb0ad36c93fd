package nl.samenspel.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
				FigureExport.records(printer, leading(breakdown, table, label), table, label, locale);
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
				FigureExport.sheet(sheet, leading(breakdown, table, label), table, label, locale);
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
}
