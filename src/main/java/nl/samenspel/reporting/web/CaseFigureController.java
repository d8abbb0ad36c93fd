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

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.CaseFigureTables;
import nl.samenspel.reporting.CaseFigures;
import nl.samenspel.ui.DateParameter;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

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
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model) {
		CaseFigureTables tables = null;
		var errors = FieldMessages.NONE;
		try {
			tables = tables(from, to, period, municipality);
		}
		catch (FieldRejected rejected) {
			errors = Periods.errors(rejected, page);
		}
		return casePage(tables, from, to, municipality, errors, model, page);
	}

	private String casePage(@Nullable CaseFigureTables tables, String from, String to, String municipality,
			FieldMessages errors, Model model, Page page) {
		var user = CurrentUser.required();
		List<Option> municipalities = !user.hasRole(Role.COORDINATOR) ? List.of()
				: organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
					.map(it -> new Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(municipality.strip())))
					.toList();
		model.addAttribute("cases", new Views.CasePage(tables, from.length() > 10 ? "" : from, to.length() > 10 ? "" : to,
				municipalities, errors, Periods.choices(tables == null ? null : tables.from(), tables == null ? null : tables.to(),
						page)));
		return "reporting/cases";
	}

	/**
	 * The CSV, or, when the period or municipality in the link is refused, the page (400) with the message next to the
	 * field instead of a file.
	 */
	@GetMapping("/reports/cases.csv")
	@Nullable
	String csv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model, jakarta.servlet.http.HttpServletResponse response)
			throws IOException {
		CaseFigureTables tables;
		try {
			tables = tables(from, to, period, municipality);
		}
		catch (FieldRejected rejected) {
			response.setStatus(400);
			return casePage(null, from, to, municipality, Periods.errors(rejected, page), model, page);
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
			if (tables.suppressed()) {
				printer.printRecord(page.t("reports.cases.suppressed"));
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
			+ "for a period; counts only, for a MUNICIPALITY user their own municipality, for a fixed period only",
			description = "Each table has a line per code with its count, and the total. For a MUNICIPALITY user the "
					+ "period must be a whole month, quarter or year (period=2025, 2025-Q3, 2025-07, or from/to that are "
					+ "exactly one), every count and total is perturbed by the cell key method (at most 3 off), and a "
					+ "count below 5 after that is left out of the line. A total is perturbed on its own and need not "
					+ "equal the sum of the lines. Children without a home neighbourhood count for the coordinator's "
					+ "whole organisation only.")
	CaseFigureTables api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String municipality) {
		var range = Periods.required(from, to, period);
		return figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
	}

	/** The period chosen or typed (this calendar year when empty) and the municipality chosen (all when empty). */
	private CaseFigureTables tables(String from, String to, String period, String municipality) {
		var range = Periods.range(from, to, period);
		return figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
	}

	private static String shown(@Nullable Long count) {
		return count == null ? "<5" : String.valueOf(count);
	}
}
