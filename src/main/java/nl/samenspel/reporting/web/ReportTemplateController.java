package nl.samenspel.reporting.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.ReportTemplates;
import nl.samenspel.reporting.TemplateDetails;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * Report templates: the pages that keep them ({@link TemplateRunController} runs one, {@link ReportTemplateApiController}
 * is the API). COORDINATORs make, change and delete their organisation's; a MUNICIPALITY user sees the list of those
 * made for their municipality.
 */
@Controller
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ReportTemplateController {

	private static final String COORDINATOR = "hasRole('COORDINATOR')";

	private final ReportTemplates templates;
	private final TemplateForms forms;

	ReportTemplateController(ReportTemplates templates, TemplateForms forms) {
		this.templates = templates;
		this.forms = forms;
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


}
