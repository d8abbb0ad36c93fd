package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.FigureTable;
import nl.samenspel.reporting.Reports;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;
import nl.samenspel.ui.Page;

/**
 * Figures per neighbourhood: the page and the API. A MUNICIPALITY user only ever gets suppressed figures of their
 * own municipality.
 */
@Controller
@Tag(name = "Reports", description = "Figures for accountability, suppressed for municipalities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ReportController {

	private final Reports reports;
	private final nl.samenspel.reporting.Targets targets;
	private final nl.samenspel.organisation.OrganisationManagement organisations;
	private final nl.samenspel.ui.PdfDocuments pdfs;
	private final org.springframework.context.MessageSource messageSource;
	private final MunicipalityLabels municipalityLabels;

	ReportController(Reports reports, nl.samenspel.reporting.Targets targets,
			nl.samenspel.organisation.OrganisationManagement organisations, nl.samenspel.ui.PdfDocuments pdfs,
			org.springframework.context.MessageSource messageSource, MunicipalityLabels municipalityLabels) {
		this.pdfs = pdfs;
		this.municipalityLabels = municipalityLabels;
		this.messageSource = messageSource;
		this.reports = reports;
		this.targets = targets;
		this.organisations = organisations;
	}

	@GetMapping("/reports/targets")
	@PreAuthorize("hasRole('COORDINATOR')")
	String targets(@RequestParam(defaultValue = "") String municipality, @RequestParam(defaultValue = "0") int year,
			@ModelAttribute("page") Page page, Model model) {
		return targetPage(municipality, year, FieldMessages.NONE, null, page, model);
	}

	@org.springframework.web.bind.annotation.PostMapping("/reports/targets")
	@PreAuthorize("hasRole('COORDINATOR')")
	String setTarget(@RequestParam String municipality, @RequestParam int year,
			@RequestParam nl.samenspel.reporting.Figure figure, @RequestParam(defaultValue = "") String target,
			@ModelAttribute("page") Page page, Model model,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			long value;
			try {
				value = Long.parseLong(target.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new FieldRejected("target", "report.error.targetNumber");
			}
			targets.set(CurrentUser.required(), municipality, year, figure, value);
			redirect.addFlashAttribute("notice", "reports.targetSaved");
			return "redirect:/reports/targets?municipality=" + municipality + "&year=" + year;
		}
		catch (FieldRejected rejected) {
			return targetPage(municipality, year, FieldMessages.of(rejected, page.messages()), target, page, model);
		}
	}

	private String targetPage(String municipality, int year, FieldMessages errors, @Nullable String target, Page page,
			Model model) {
		var user = CurrentUser.required();
		var own = organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive()).toList();
		var chosen = own.stream().map(it -> it.getCode()).filter(municipality::equals).findFirst()
			.orElse(own.isEmpty() ? "" : own.get(0).getCode());
		var chosenYear = year < 2000 || year > 2100 ? DutchTime.today().getYear() : year;
		var options = own.stream()
			.map(it -> new nl.samenspel.ui.Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(chosen)))
			.toList();
		var figures = nl.samenspel.ui.Options.enumOptions(nl.samenspel.reporting.Figure.class, "report.figure.",
				page.messages(), null);
		var standings = chosen.isEmpty() ? java.util.List.<nl.samenspel.reporting.Targets.Standing>of()
				: targets.standings(user, chosen, chosenYear);
		model.addAttribute("targets", new Views.TargetPage(chosen, chosenYear, options, figures, standings, errors, target));
		return "reporting/targets";
	}

	@GetMapping("/reports")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String breakdown,
			@RequestParam(defaultValue = "false") boolean monthly,
			@RequestParam(required = false) @Nullable String neighbourhood, @ModelAttribute("page") Page page, Model model) {
		try {
			noNeighbourhoodFilter(neighbourhood);
			return reportPage(table(from, to, period, breakdown(breakdown, monthly)), from, to, breakdown, FieldMessages.NONE,
					page, model);
		}
		catch (FieldRejected rejected) {
			return reportPage(null, from, to, breakdown, Periods.errors(rejected, page), page, model);
		}
	}

	/** The page with its table, or (table null) with the message next to the field that was refused. */
	private String reportPage(@Nullable FigureTable table, String from, String to, String breakdown, FieldMessages errors,
			Page page, Model model) {
		var rows = table != null ? table.breakdown() : java.util.Arrays.stream(Reports.Breakdown.values())
			.filter(it -> it.name().equals(breakdown)).findFirst().orElse(Reports.Breakdown.NEIGHBOURHOOD);
		var breakdowns = java.util.Arrays.stream(Reports.Breakdown.values())
			.map(it -> new nl.samenspel.ui.Option(it.name(), page.t("report.breakdown." + it.name()), it == rows))
			.toList();
		model.addAttribute("report", new Views.ReportPage(table, from.length() > 10 ? "" : from, to.length() > 10 ? "" : to,
				errors, page.messages().locale(), rows, breakdowns, Periods.choices(table == null ? null : table.from(),
						table == null ? null : table.to(), page)));
		if (table != null) {
			model.addAttribute("municipality", municipalityLabels.label(CurrentUser.required(), table.municipalityCode(),
					page.messages()));
		}
		return "reporting/figures";
	}

	/**
	 * The rows asked for: a breakdown's name, or (as links from before the breakdowns) monthly; per neighbourhood when
	 * none is given. A name that is no breakdown is refused next to the field, not silently replaced.
	 */
	private static Reports.Breakdown breakdown(String name, boolean monthly) {
		if (name.isBlank()) {
			return monthly ? Reports.Breakdown.MONTH : Reports.Breakdown.NEIGHBOURHOOD;
		}
		return java.util.Arrays.stream(Reports.Breakdown.values())
			.filter(it -> it.name().equals(name.strip()))
			.findFirst()
			.orElseThrow(() -> new FieldRejected("breakdown", "report.error.breakdown"));
	}

	/**
	 * The figures have no filter on one neighbourhood (they have a row per neighbourhood): a link that asks for one is
	 * refused next to the field rather than answered with every neighbourhood as if it were one.
	 */
	private static void noNeighbourhoodFilter(@Nullable String neighbourhood) {
		if (neighbourhood != null) {
			throw new FieldRejected("neighbourhood", "report.error.neighbourhoodFilter");
		}
	}

	/** The figures of a fixed period when one is chosen, else of the dates typed (this calendar year when empty). */
	private FigureTable table(String from, String to, String period, Reports.Breakdown breakdown) {
		var range = Periods.range(from, to, period);
		return reports.figures(CurrentUser.required(), range.from(), range.to(), null, breakdown);
	}

	/**
	 * A download: the file, or, when the period or breakdown in the link is refused, the reports page (400) with the
	 * message next to the field, so the reader can put it right; a browser shows it instead of saving a file.
	 */
	private @Nullable String download(String from, String to, String period, String breakdown,
			@Nullable String neighbourhood, Page page, Model model, jakarta.servlet.http.HttpServletResponse response,
			String extension, MediaType type, java.util.function.Function<FigureTable, byte[]> body)
			throws java.io.IOException {
		FigureTable table;
		try {
			noNeighbourhoodFilter(neighbourhood);
			table = table(from, to, period, breakdown(breakdown, false));
		}
		catch (FieldRejected rejected) {
			response.setStatus(400);
			return reportPage(null, from, to, breakdown, Periods.errors(rejected, page), page, model);
		}
		var bytes = body.apply(table);
		response.setContentType(type.toString());
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samenspel-"
				+ (extension.equals("pdf") ? "jaarverslag" : "cijfers") + "-" + table.from() + "-" + table.to() + "."
				+ extension + "\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		return null;
	}

	@GetMapping("/reports/figures.csv")
	@Nullable
	String csv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String breakdown,
			@RequestParam(required = false) @Nullable String neighbourhood, @ModelAttribute("page") Page page, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		return download(from, to, period, breakdown, neighbourhood, page, model, response, "csv",
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				table -> nl.samenspel.reporting.FigureExport.csv(table, key -> page.t(key), page.messages().locale())
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@GetMapping("/reports/figures.pdf")
	@Nullable
	String pdf(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String breakdown,
			@RequestParam(required = false) @Nullable String neighbourhood, @ModelAttribute("page") Page page, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		return download(from, to, period, breakdown, neighbourhood, page, model, response, "pdf", MediaType.APPLICATION_PDF,
				table -> {
					var document = new java.util.HashMap<String, Object>(java.util.Map.of("messages", page.messages(),
							"table", table, "period", page.t("coverage.period", page.day(table.from()), page.day(table.to()))));
					var municipality = municipalityLabels.label(CurrentUser.required(), table.municipalityCode(),
							page.messages());
					if (municipality != null) {
						document.put("municipality", municipality);
					}
					return pdfs.render("reporting/figuresPdf", document);
				});
	}

	@GetMapping("/reports/figures.xlsx")
	@Nullable
	String xlsx(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String breakdown,
			@RequestParam(required = false) @Nullable String neighbourhood, @ModelAttribute("page") Page page, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		return download(from, to, period, breakdown, neighbourhood, page, model, response, "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				table -> nl.samenspel.reporting.FigureExport.xlsx(table, key -> page.t(key), page.messages().locale()));
	}

	@GetMapping(path = "/api/v1/reports/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Figures for a period, a row per neighbourhood, month, location, activity, theme, task, age band or gender;"
			+ " for a MUNICIPALITY user their own municipality, for a fixed period only (period=2025, 2025-Q3 or 2025-07,"
			+ " or from/to that are exactly one), counts of persons perturbed by the cell key method",
			description = "Hours (ACTIVITY_HOURS, STAFF_HOURS, VOLUNTEER_HOURS) are numbers with one decimal (4.5); the"
					+ " total of the hours is the sum of the rows as given. Every row has a name in the reader's language."
					+ " For a MUNICIPALITY user every count of persons (and its total, a cell of its own) is at most 3 off"
					+ " and left out below 5; sessions, hours and activities are exact.")
	FigureTable figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(defaultValue = "NEIGHBOURHOOD") Reports.Breakdown breakdown,
			@io.swagger.v3.oas.annotations.Parameter(description = "Not supported: the figures have a row per neighbourhood;"
					+ " a request with it is refused (400, naming the field)") @RequestParam(required = false) @Nullable String neighbourhood) {
		noNeighbourhoodFilter(neighbourhood);
		var range = Periods.required(from, to, period);
		var messages = new nl.samenspel.ui.Messages(messageSource,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return reports.figures(CurrentUser.required(), range.from(), range.to(), municipality, breakdown).named(messages::t,
				messages.locale());
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem reportsNavigationItem() {
			return new NavigationItem(NavigationGroup.REPORTS, "nav.reports", "/reports", 18,
					Set.of(Role.COORDINATOR, Role.MUNICIPALITY));
		}
	}
}
