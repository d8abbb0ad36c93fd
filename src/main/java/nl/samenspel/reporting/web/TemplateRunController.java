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
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.ReportTemplates;
import nl.samenspel.reporting.TemplateExport;
import nl.samenspel.reporting.TemplateReport;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.PdfDocuments;

/**
 * A report template run for a period ({@link ReportTemplateController} keeps the templates): the page with one table
 * per breakdown, and the downloads as CSV (one block per breakdown), XLSX (one sheet per breakdown) and a PDF annual
 * report in Dutch (one section per breakdown). A COORDINATOR runs their organisation's templates; a MUNICIPALITY user
 * those made for their municipality, suppressed.
 */
@Controller
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class TemplateRunController {

	private static final ZoneId AMSTERDAM = DutchTime.ZONE;

	private final ReportTemplates templates;
	private final PdfDocuments pdfs;
	private final MessageSource messageSource;
	private final MunicipalityLabels municipalityLabels;

	TemplateRunController(ReportTemplates templates, PdfDocuments pdfs, MessageSource messageSource,
			MunicipalityLabels municipalityLabels) {
		this.templates = templates;
		this.pdfs = pdfs;
		this.messageSource = messageSource;
		this.municipalityLabels = municipalityLabels;
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
		var defaultPart = "quarter".equals(partName) ? quarterOf(today) : today.getMonthValue();
		TemplateReport report = null;
		var errors = FieldMessages.NONE;
		var sheets = new ArrayList<TemplateViews.Sheet>();
		var period = "";
		try {
			report = templates.run(user, id, number(year, "year", today.getYear()),
					part(template.period(), quarter, month, today));
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

	private TemplateReport download(UUID id, String year, String quarter, String month) {
		var user = CurrentUser.required();
		var template = templates.template(user, id);
		var today = LocalDate.now(AMSTERDAM);
		return templates.run(user, id, number(year, "year", today.getYear()),
				part(template.period(), quarter, month, today));
	}

	/** The quarter or month asked for (this one when none is), or null for a template by year. */
	private static @Nullable Integer part(ReportTemplate.Period period, String quarter, String month, LocalDate today) {
		return switch (period) {
			case QUARTER -> number(quarter, "quarter", quarterOf(today));
			case MONTH -> number(month, "month", today.getMonthValue());
			case YEAR -> null;
		};
	}

	private static int quarterOf(LocalDate day) {
		return (day.getMonthValue() + 2) / 3;
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
