package nl.samenspel.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A figure table as a CSV file that Excel opens as it is in the Netherlands: semicolons, UTF-8 with a byte-order
 * mark, CRLF line ends. A suppressed value is written as "&lt;5", never as its count.
 */
public final class FigureExport {

	private FigureExport() {
	}

	/** The file's text; {@code label} gives the column headings and the total row's name in the reader's language. */
	public static String csv(FigureTable table, Function<String, String> label) {
		var out = new StringWriter();
		out.write('\ufeff');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			var heading = new ArrayList<String>();
			heading.add(label.apply("reports.neighbourhoodCode"));
			heading.add(label.apply("reports.neighbourhood"));
			table.figures().forEach(figure -> heading.add(label.apply("report.figure." + figure.name())));
			printer.printRecord(heading);
			for (var row : table.rows()) {
				var record = new ArrayList<String>();
				record.add(row.neighbourhoodCode());
				record.add(row.neighbourhood());
				table.figures().forEach(figure -> record.add(shown(row.value(figure))));
				printer.printRecord(record);
			}
			var total = new ArrayList<String>();
			total.add("");
			total.add(label.apply("coverage.total"));
			table.figures().forEach(figure -> total.add(shown(table.total(figure))));
			printer.printRecord(total);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toString();
	}

	static String shown(@org.jspecify.annotations.Nullable Long value) {
		return value == null ? "<5" : String.valueOf(value);
	}
}
