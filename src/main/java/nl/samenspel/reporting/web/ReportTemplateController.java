package nl.samenspel.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.ReportTemplates;
import nl.samenspel.reporting.TemplateDetails;
import nl.samenspel.reporting.TemplateExport;
import nl.samenspel.reporting.TemplateReport;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.PdfDocuments;

/**
 * Report templates: the pages ({@link ReportTemplateApiController} is the API). COORDINATORs make, change and delete
 * their organisation's; a MUNICIPALITY user sees and runs those made for their municipality, suppressed. A run
 * downloads as CSV (one block per breakdown), XLSX (one sheet per breakdown) and a PDF annual report in Dutch (one
 * section per breakdown).
 */
@Controller
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ReportTemplateController {

	private static final String COORDINATOR = "hasRole('COORDINATOR')";
	private static final ZoneId AMSTERDAM = DutchTime.ZONE;

	private final ReportTemplates templates;
	private final TemplateForms forms;
	private final PdfDocuments pdfs;
	private final MessageSource messageSource;
	private final MunicipalityLabels municipalityLabels;

	ReportTemplateController(ReportTemplates templates, TemplateForms forms, PdfDocuments pdfs,
			MessageSource messageSource, MunicipalityLabels municipalityLabels) {
		this.municipalityLabels = municipalityLabels;
		this.templates = templates;
		this.forms = forms;
		this.pdfs = pdfs;
		this.messageSource = messageSource;
	}

	@GetMapping("/reports/templates")
	String list(@ModelAttribute("page") Page page, Model model) {
		var blank = new TemplateDetails("", "", ReportTemplate.Period.YEAR, List.of(), List.of());
		return listPage(blank, FieldMessages.NONE, page, model);
	}

	@PostMapping("/reports/templates")
	@PreAuthorize(COORDINATOR)
	String add(@Valid @ModelAttribute("details") TemplateDetails details, BindingResult errors,
			@RequestParam MultiValueMap<String, String> parameters, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		var ordered = details;
		try {
			ordered = TemplateForms.ordered(details, parameters);
			if (!errors.hasErrors()) {
				var template = templates.create(CurrentUser.required(), ordered);
				redirect.addFlashAttribute("notice", "reports.templates.saved");
				return "redirect:/reports/templates/" + template.id();
			}
		}
		catch (FieldRejected rejected) {
			TemplateForms.reject(rejected, errors);
		}
		return listPage(ordered, FieldMessages.of(errors, page.messages()), page, model);
	}

	@GetMapping("/reports/templates/{id}")
	String run(@PathVariable UUID id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String quarter, @RequestParam(defaultValue = "") String month,
			@ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var template = templates.template(user, id);
		var messages = page.messages();
		var today = LocalDate.now(AMSTERDAM);
		var partName = switch (template.period()) {
			case QUARTER -> "quarter";
			case MONTH -> "month";
			case YEAR -> null;
		};
		var partText = "quarter".equals(partName) ? quarter : month;
		var defaultPart = "quarter".equals(partName) ? (today.getMonthValue() + 2) / 3 : today.getMonthValue();
		TemplateReport report = null;
		var errors = FieldMessages.NONE;
		var sheets = new ArrayList<TemplateViews.Sheet>();
		var period = "";
		try {
			report = templates.run(user, id, number(year, "year", today.getYear()),
					partName == null ? null : number(partText, partName, defaultPart));
			period = period(report, messages);
			for (var section : report.sections()) {
				sheets.add(TemplateViews.Sheet.of(section, key -> messages.t(key), messages.locale()));
			}
		}
		catch (FieldRejected rejected) {
			errors = FieldMessages.of(rejected, messages);
		}
		var chosenPart = report == null || report.part() == null ? defaultPart : report.part();
		var parts = partName == null ? List.<Option>of() : IntStream.rangeClosed(1, "quarter".equals(partName) ? 4 : 12)
			.mapToObj(n -> new Option(String.valueOf(n), "quarter".equals(partName)
					? messages.t("reports.templates.quarter", String.valueOf(n))
					: java.time.Month.of(n).getDisplayName(TextStyle.FULL_STANDALONE, messages.locale()), n == chosenPart))
			.toList();
		var shownYear = report == null ? (year.length() > 4 ? "" : year) : String.valueOf(report.year());
		var query = report == null ? ""
				: "year=" + report.year() + (partName == null ? "" : "&" + partName + "=" + report.part());
		model.addAttribute("run", new TemplateViews.RunPage(template, report, period, shownYear, partName, parts, sheets,
				errors, templates.canEdit(user, template), query));
		return "reporting/template";
	}

	@GetMapping("/reports/templates/{id}/edit")
	@PreAuthorize(COORDINATOR)
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var template = editable(id);
		var details = new TemplateDetails(template.name(), template.municipalityCode(), template.period(),
				template.figures().stream().map(Enum::name).toList(),
				template.breakdowns().stream().map(Enum::name).toList());
		return editPage(template, details, FieldMessages.NONE, page, model);
	}

	@PostMapping("/reports/templates/{id}")
	@PreAuthorize(COORDINATOR)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") TemplateDetails details, BindingResult errors,
			@RequestParam MultiValueMap<String, String> parameters, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		var template = editable(id);
		var ordered = details;
		try {
			ordered = TemplateForms.ordered(details, parameters);
			if (!errors.hasErrors()) {
				templates.update(CurrentUser.required(), id, ordered);
				redirect.addFlashAttribute("notice", "reports.templates.saved");
				return "redirect:/reports/templates/" + id;
			}
		}
		catch (FieldRejected rejected) {
			TemplateForms.reject(rejected, errors);
		}
		return editPage(template, ordered, FieldMessages.of(errors, page.messages()), page, model);
	}

	@PostMapping("/reports/templates/{id}/delete")
	@PreAuthorize(COORDINATOR)
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		templates.delete(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "reports.templates.deleted");
		return "redirect:/reports/templates";
	}

	@GetMapping("/reports/templates/{id}/report.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String quarter, @RequestParam(defaultValue = "") String month,
			@ModelAttribute("page") Page page) {
		var report = download(id, year, quarter, month);
		var messages = page.messages();
		var body = TemplateExport.csv(report, period(report, messages), key -> messages.t(key), messages.locale())
			.getBytes(StandardCharsets.UTF_8);
		return file(report, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), body);
	}

	@GetMapping("/reports/templates/{id}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String quarter, @RequestParam(defaultValue = "") String month,
			@ModelAttribute("page") Page page) {
		var report = download(id, year, quarter, month);
		var messages = page.messages();
		return file(report, "xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				TemplateExport.xlsx(report, key -> messages.t(key), messages.locale()));
	}

	/** The annual report as a PDF, always in Dutch: the report a municipality receives. */
	@GetMapping(path = "/reports/templates/{id}/report.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String quarter, @RequestParam(defaultValue = "") String month) {
		var report = download(id, year, quarter, month);
		var dutch = new Messages(messageSource, Locale.forLanguageTag("nl"));
		var sheets = report.sections().stream()
			.map(section -> TemplateViews.Sheet.of(section, key -> dutch.t(key), dutch.locale()))
			.toList();
		var model = new java.util.HashMap<String, Object>(Map.of("messages", dutch, "report", report, "period",
				period(report, dutch), "sheets", sheets));
		var municipality = municipalityLabels.label(CurrentUser.required(), report.template().municipalityCode(), dutch);
		if (municipality != null) {
			model.put("municipality", municipality);
		}
		var pdf = pdfs.render("reporting/templatePdf", model);
		return file(report, "pdf", MediaType.APPLICATION_PDF, pdf);
	}

	private String listPage(TemplateDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var messages = page.messages();
		var names = forms.municipalityNames(user);
		var rows = templates.list(user).stream()
			.map(it -> new TemplateViews.Row(it.id(), it.name(),
					names.getOrDefault(it.municipalityCode(), it.municipalityCode()),
					messages.t("report.period." + it.period().name()),
					it.figures().stream().map(figure -> messages.t("report.figure." + figure.name())).collect(Collectors.joining(", ")),
					it.breakdowns().stream().map(breakdown -> messages.t("report.breakdown." + breakdown.name()))
						.collect(Collectors.joining(", "))))
			.toList();
		var form = user.hasRole(Role.COORDINATOR) && !names.isEmpty() ? forms.form(null, details, errors, messages) : null;
		model.addAttribute("templates", new TemplateViews.ListPage(rows, form,
				user.hasRole(Role.COORDINATOR) && names.isEmpty()));
		return "reporting/templates";
	}

	private String editPage(ReportTemplate template, TemplateDetails details, FieldMessages errors, Page page,
			Model model) {
		model.addAttribute("edit", new TemplateViews.EditPage(template, forms.form(template.id(), details, errors, page.messages())));
		return "reporting/templateEdit";
	}

	private ReportTemplate editable(UUID id) {
		var user = CurrentUser.required();
		var template = templates.template(user, id);
		if (!templates.canEdit(user, template)) {
			throw new nl.samenspel.kernel.NotFound();
		}
		return template;
	}

	private TemplateReport download(UUID id, String year, String quarter, String month) {
		var user = CurrentUser.required();
		var template = templates.template(user, id);
		var today = LocalDate.now(AMSTERDAM);
		Integer part = switch (template.period()) {
			case QUARTER -> number(quarter, "quarter", (today.getMonthValue() + 2) / 3);
			case MONTH -> number(month, "month", today.getMonthValue());
			case YEAR -> null;
		};
		return templates.run(user, id, number(year, "year", today.getYear()), part);
	}

	private static int number(String value, String field, int fallback) {
		if (value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new FieldRejected(field, "report.error." + field);
		}
	}

	/** The period written out: the year, a quarter of it, or a month of it. */
	static String period(TemplateReport report, Messages messages) {
		var year = String.valueOf(report.year());
		if (report.part() == null) {
			return year;
		}
		if (report.template().period() == ReportTemplate.Period.QUARTER) {
			return messages.t("reports.templates.quarterOf", String.valueOf(report.part()), year);
		}
		return java.time.Month.of(report.part()).getDisplayName(TextStyle.FULL_STANDALONE, messages.locale()) + " " + year;
	}

	private static ResponseEntity<byte[]> file(TemplateReport report, String extension, MediaType type, byte[] body) {
		var name = "samenspel-rapport-" + report.template().municipalityCode() + "-" + report.year()
				+ (report.part() == null ? "" : "-" + report.part()) + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}
}
