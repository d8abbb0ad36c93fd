package nl.samenspel.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.TemplateExport;
import nl.samenspel.reporting.TemplateReport;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the report template pages show. Public because jte's generated classes live in another package. */
public final class TemplateViews {

	private TemplateViews() {
	}

	/** A template in the list: what it holds, written out. */
	public record Row(UUID id, String name, String municipality, String period, String figures, String breakdowns) {
	}

	/** A figure or breakdown to tick, with its place in the order (empty when not chosen). */
	public record Choice(String value, String label, boolean checked, @Nullable Integer position) {
	}

	/** The form that makes or changes a template; {@code id} is empty for a new one. */
	public record Form(@Nullable UUID id, @Nullable String name, List<Option> municipalities, List<Option> periods,
			List<Choice> figures, List<Choice> breakdowns, FieldMessages errors) {

		public String action() {
			return id == null ? "/reports/templates" : "/reports/templates/" + id;
		}
	}

	/** The list of templates, and for a coordinator the form to make one. */
	public record ListPage(List<Row> templates, @Nullable Form form, boolean noMunicipality) {
	}

	/** The page to change a template, or delete it. */
	public record EditPage(ReportTemplate template, Form form) {
	}

	/**
	 * A template run: the period chosen (year, and quarter or month when the template covers one), the sections, and
	 * the query that downloads the same report.
	 */
	public record RunPage(ReportTemplate template, @Nullable TemplateReport report, String period, String year,
			@Nullable String partName, List<Option> parts, List<Sheet> sheets, FieldMessages errors, boolean canEdit,
			String query) {
	}

	/**
	 * One section as text, the same for the page and the PDF: the heading, the rows and the total row, each
	 * beginning with {@code leading} cells (neighbourhood code and name, month, or none for the totals).
	 */
	public record Sheet(String title, int leading, List<String> heading, List<List<String>> rows, List<String> total) {

		public static Sheet of(TemplateReport.Section section, Function<String, String> label, Locale locale) {
			var breakdown = section.breakdown();
			var table = section.table();
			var heading = new ArrayList<>(TemplateExport.leading(breakdown, table, label));
			var leading = heading.size();
			table.figures().forEach(figure -> heading.add(label.apply("report.figure." + figure.name())));
			var rows = new ArrayList<List<String>>();
			for (var row : table.rows()) {
				var cells = new ArrayList<>(table.rowCells(row, label, locale));
				table.figures().forEach(figure -> cells.add(table.shown(figure, row.value(figure), locale)));
				rows.add(cells);
			}
			var total = new ArrayList<String>();
			for (int i = 1; i < leading; i++) {
				total.add("");
			}
			total.add(label.apply("coverage.total"));
			table.figures().forEach(figure -> total.add(table.shown(figure, table.total(figure), locale)));
			return new Sheet(label.apply("report.breakdown." + breakdown.name()), leading, heading, rows, total);
		}
	}
}
