package nl.samenspel.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.AnnualReport;
import nl.samenspel.reporting.AnnualReports;
import nl.samenspel.reporting.Figure;
import nl.samenspel.reporting.FigureTable;
import nl.samenspel.reporting.Reports;
import nl.samenspel.reporting.Rollups;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.PdfDocuments;

/**
 * The annual dashboard: a year's figures per month and per neighbourhood, each as an SVG chart with its table, the
 * reach per home neighbourhood and the performance agreements with their forecast; the same as a PDF annual report
 * and as JSON.
 */
@Controller
@Tag(name = "Reports", description = "Figures for accountability, suppressed for municipalities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class AnnualController {

	private final AnnualReports annualReports;
	private final OrganisationManagement organisations;
	private final PdfDocuments pdfs;
	private final Rollups rollups;
	private final MunicipalityLabels municipalityLabels;

	AnnualController(AnnualReports annualReports, OrganisationManagement organisations, PdfDocuments pdfs, Rollups rollups,
			MunicipalityLabels municipalityLabels) {
		this.municipalityLabels = municipalityLabels;
		this.annualReports = annualReports;
		this.organisations = organisations;
		this.pdfs = pdfs;
		this.rollups = rollups;
	}

	@GetMapping("/reports/annual")
	String page(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var chosen = municipality(user, municipality);
		var errors = FieldMessages.NONE;
		AnnualReport report = null;
		int chosenYear = thisYear();
		try {
			chosenYear = year(year);
			report = annualReports.annual(user, chosenYear, chosen);
		}
		catch (FieldRejected rejected) {
			errors = FieldMessages.of(rejected, page.messages());
		}
		var options = user.hasRole(Role.COORDINATOR) ? organisations.municipalities(user.organisationId()).stream()
			.filter(it -> it.isActive())
			.map(it -> new Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(chosen)))
			.toList() : List.<Option>of();
		var months = report == null ? null : monthChart(report, page);
		var perNeighbourhood = report == null ? null : report.perNeighbourhood();
		var neighbourhoods = perNeighbourhood == null ? null : BarChart.of("chart-neighbourhoods", page.t("reports.chartNeighbourhoods"),
				perNeighbourhood.rows().stream()
					.map(row -> perNeighbourhood.rowName(row, key -> page.t(key), page.messages().locale())).toList(),
				perNeighbourhood.rows().stream().map(row -> row.value(Figure.PARTICIPATIONS)).toList());
		model.addAttribute("annual", new Views.AnnualPage(report, year.length() > 4 ? "" : year.isBlank()
				? String.valueOf(chosenYear) : year, chosen == null ? "" : chosen, options, errors, months, neighbourhoods,
				page.messages().locale()));
		if (report != null) {
			model.addAttribute("municipality", municipalityLabels.label(user, report.municipalityCode(), page.messages()));
		}
		return "reporting/annual";
	}

	@GetMapping(path = "/reports/annual.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page) {
		var user = CurrentUser.required();
		var report = annualReports.annual(user, year(year), municipality(user, municipality));
		var months = months(report.year());
		var model = new java.util.HashMap<String, Object>(Map.of("messages", page.messages(), "report", report,
				"monthNames", months.stream().map(it -> monthName(it, page)).toList(),
				"monthValues", months.stream().map(it -> monthValue(report.perMonth(), it)).toList()));
		var label = municipalityLabels.label(user, report.municipalityCode(), page.messages());
		if (label != null) {
			model.put("municipality", label);
		}
		var pdf = pdfs.render("reporting/annualPdf", model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samenspel-jaarverslag-" + report.year()
					+ (report.municipalityCode() == null ? "" : "-" + report.municipalityCode()) + ".pdf\"")
			.body(pdf);
	}

	@GetMapping(path = "/api/v1/reports/annual", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "The annual report: every figure per neighbourhood and per month, participations per neighbourhood "
			+ "and month together, reach per home neighbourhood and the performance agreements; for a MUNICIPALITY user "
			+ "their own municipality, suppressed. source=RAW computes it from the rows instead of the rollups (the same "
			+ "numbers, slower: for comparison)")
	AnnualReport annual(@RequestParam int year, @RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "AUTO") Reports.Source source) {
		return annualReports.annual(CurrentUser.required(), year, municipality, source);
	}

	@PostMapping(path = "/api/v1/reports/rollups/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rebuilds the stale report rollups now (the job does so every minute); answers what it rebuilt")
	Rollups.Refreshed refresh() {
		return rollups.refresh();
	}

	private BarChart monthChart(AnnualReport report, Page page) {
		var months = months(report.year());
		return BarChart.of("chart-months", page.t("reports.chartMonths"), months.stream().map(it -> monthName(it, page)).toList(),
				months.stream().map(it -> monthValue(report.perMonth(), it)).toList());
	}

	private static List<YearMonth> months(int year) {
		var months = new ArrayList<YearMonth>();
		for (int month = 1; month <= 12; month++) {
			months.add(YearMonth.of(year, month));
		}
		return months;
	}

	private static String monthName(YearMonth month, Page page) {
		return DateTimeFormatter.ofPattern("LLLL", page.messages().locale()).format(month);
	}

	/** Participations in a month: its row's value, 0 for a month without sessions, null where suppressed. */
	static @Nullable Long monthValue(FigureTable perMonth, YearMonth month) {
		var key = String.valueOf(month.getYear() * 100 + month.getMonthValue());
		var row = perMonth.rows().stream().filter(it -> it.code().equals(key)).findFirst();
		// not Optional.map: a suppressed value is null, and must stay "<5" rather than become 0
		return row.isEmpty() ? Long.valueOf(0L) : row.get().value(Figure.PARTICIPATIONS);
	}

	private @Nullable String municipality(CurrentUser user, String municipality) {
		if (!municipality.isBlank() || !user.hasRole(Role.COORDINATOR)) {
			return municipality.isBlank() ? null : municipality;
		}
		// a coordinator working in one municipality sees it (and its targets) without choosing
		var own = organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive()).toList();
		return own.size() == 1 ? own.get(0).getCode() : null;
	}

	private static int thisYear() {
		return DutchTime.today().getYear();
	}

	private static int year(String year) {
		if (year.isBlank()) {
			return thisYear();
		}
		try {
			return Integer.parseInt(year.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new FieldRejected("year", "report.error.year");
		}
	}
}
