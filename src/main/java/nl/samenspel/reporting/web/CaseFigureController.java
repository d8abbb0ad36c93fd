package nl.samenspel.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.CaseFigureTables;
import nl.samenspel.reporting.CaseFigures;
import nl.samenspel.ui.CurrentUser;
import nl.samenspel.ui.DateParameter;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.FieldRejected;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Role;

/**
 * Signals, Meldcode cases and referrals in a period: the page, a CSV of the same tables and the API. Counts only; a
 * MUNICIPALITY user only ever gets them suppressed, for their own municipality.
 */
@Controller
@Tag(name = "Reports", description = "Figures for accountability, suppressed for municipalities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class CaseFigureController {

	private final CaseFigures figures;
	private final OrganisationManagement organisations;

	CaseFigureController(CaseFigures figures, OrganisationManagement organisations) {
		this.figures = figures;
		this.organisations = organisations;
	}

	@GetMapping("/reports/cases")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String municipality, @ModelAttribute("page") Page page, Model model) {
		CaseFigureTables tables = null;
		var errors = FieldMessages.NONE;
		try {
			tables = tables(from, to, municipality);
		}
		catch (FieldRejected rejected) {
			errors = FieldMessages.of(rejected, page.messages());
		}
		return casePage(tables, from, to, municipality, errors, model);
	}

	private String casePage(@Nullable CaseFigureTables tables, String from, String to, String municipality,
			FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		List<Option> municipalities = !user.hasRole(Role.COORDINATOR) ? List.of()
				: organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
					.map(it -> new Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(municipality.strip())))
					.toList();
		model.addAttribute("cases", new Views.CasePage(tables, from.length() > 10 ? "" : from, to.length() > 10 ? "" : to,
				municipalities, errors));
		return "reporting/cases";
	}

	/**
	 * The CSV, or, when the period or municipality in the link is refused, the page (400) with the message next to the
	 * field instead of a file.
	 */
	@GetMapping("/reports/cases.csv")
	@Nullable
	String csv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String municipality, @ModelAttribute("page") Page page, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		CaseFigureTables tables;
		try {
			tables = tables(from, to, municipality);
		}
		catch (FieldRejected rejected) {
			response.setStatus(400);
			return casePage(null, from, to, municipality, FieldMessages.of(rejected, page.messages()), model);
		}
		var out = new StringWriter();
		out.write('\ufeff');
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			printer.printRecord(page.t("reports.cases.csvTable"), page.t("reports.cases.csvLine"), page.t("reports.cases.count"));
			for (var table : tables.tables()) {
				for (var line : table.lines()) {
					printer.printRecord(page.t(table.caption()), page.t(line.labelKey()), shown(line.count()));
				}
				printer.printRecord(page.t(table.caption()), page.t("coverage.total"), shown(table.total()));
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		var bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"samenspel-signalen-" + tables.from() + "-" + tables.to() + ".csv\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		return null;
	}

	@GetMapping(path = "/api/v1/reports/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Signals by category, Meldcode cases by step and decision, referrals by destination and outcome, "
			+ "for a period; counts only, for a MUNICIPALITY user their own municipality, suppressed",
			description = "Each table has a line per code with its count, and the total. A suppressed count (1 to 4, or "
					+ "a complementary cell) is left out of the line. Children without a home neighbourhood count for "
					+ "the coordinator's whole organisation only.")
	CaseFigureTables api(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String municipality) {
		return figures.figures(CurrentUser.required(), from, to, municipality);
	}

	/** The period typed (this calendar year when empty) and the municipality chosen (all when empty). */
	private CaseFigureTables tables(String from, String to, String municipality) {
		var year = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
		return figures.figures(CurrentUser.required(), parse(from, "from", LocalDate.of(year, 1, 1)),
				parse(to, "to", LocalDate.of(year, 12, 31)), municipality);
	}

	private static LocalDate parse(String value, String field, LocalDate fallback) {
		var date = DateParameter.parse(value, field, fallback);
		return date == null ? fallback : date;
	}

	private static String shown(@Nullable Long count) {
		return count == null ? "<5" : String.valueOf(count);
	}
}
