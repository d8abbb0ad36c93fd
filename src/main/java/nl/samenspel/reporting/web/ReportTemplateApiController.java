package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.ReportTemplates;
import nl.samenspel.reporting.TemplateDetails;
import nl.samenspel.reporting.TemplateReport;
import nl.samenspel.reporting.UnknownChoice;

/**
 * Report templates: the JSON API ({@link ReportTemplateController} has the pages). COORDINATORs make, change and
 * delete their organisation's; a MUNICIPALITY user lists and runs those made for their municipality, suppressed.
 */
@RestController
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ReportTemplateApiController {

	private static final String COORDINATOR = "hasRole('COORDINATOR')";
	private static final ZoneId AMSTERDAM = DutchTime.ZONE;

	private final ReportTemplates templates;

	ReportTemplateApiController(ReportTemplates templates) {
		this.templates = templates;
	}

	@GetMapping(path = "/api/v1/reports/templates", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Report templates: a coordinator's organisation's, or those made for a MUNICIPALITY user's municipality")
	List<ReportTemplate> templates() {
		return templates.list(CurrentUser.required());
	}

	@PostMapping(path = "/api/v1/reports/templates", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(COORDINATOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a report template for one of the organisation's municipalities: figures and breakdowns"
			+ " (TOTAL, NEIGHBOURHOOD, MONTH) by name, in order; an unknown name is a 400 naming it")
	ReportTemplate create(@Valid @RequestBody TemplateDetails details) throws BindException {
		return api(details, () -> templates.create(CurrentUser.required(), details));
	}

	@GetMapping(path = "/api/v1/reports/templates/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One report template")
	ReportTemplate template(@PathVariable UUID id) {
		return templates.template(CurrentUser.required(), id);
	}

	@PutMapping(path = "/api/v1/reports/templates/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(COORDINATOR)
	@Operation(summary = "Change a report template of the organisation")
	ReportTemplate change(@PathVariable UUID id, @Valid @RequestBody TemplateDetails details) throws BindException {
		return api(details, () -> templates.update(CurrentUser.required(), id, details));
	}

	@DeleteMapping("/api/v1/reports/templates/{id}")
	@PreAuthorize(COORDINATOR)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a report template of the organisation")
	void remove(@PathVariable UUID id) {
		templates.delete(CurrentUser.required(), id);
	}

	@GetMapping(path = "/api/v1/reports/templates/{id}/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run a report template for a year (this year when empty) and, when it covers one, a quarter"
			+ " (1-4) or a month (1-12): per breakdown in order, the chosen figures in order; for a MUNICIPALITY user"
			+ " suppressed")
	TemplateReport figures(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer quarter,
			@RequestParam(required = false) @Nullable Integer month) {
		var user = CurrentUser.required();
		var template = templates.template(user, id);
		var part = template.period() == ReportTemplate.Period.QUARTER ? quarter
				: template.period() == ReportTemplate.Period.MONTH ? month : null;
		return templates.run(user, id, year == null ? LocalDate.now(AMSTERDAM).getYear() : year, part);
	}

	/** Runs a change for the API; an unknown name becomes a validation problem whose message names it. */
	private static ReportTemplate api(TemplateDetails details, Supplier<ReportTemplate> change) throws BindException {
		try {
			return change.get();
		}
		catch (UnknownChoice unknown) {
			var errors = new BindException(details, "details");
			TemplateForms.reject(unknown, errors);
			throw errors;
		}
	}
}
