package nl.samenspel.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.organisation.MunicipalityDetails;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/** The municipalities the organisation works in: an ADMIN's business. */
@Controller
@RequestMapping("/municipalities")
@PreAuthorize("hasRole('ADMIN')")
class MunicipalityController {

	private final OrganisationManagement management;

	MunicipalityController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("municipalities",
				new Views.MunicipalityList(management.municipalities(CurrentUser.required().organisationId())));
		return "organisation/municipalities";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", new Views.MunicipalityForm(null, new MunicipalityDetails(null, null, true),
				FieldMessages.NONE));
		return "organisation/municipalityForm";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("details") MunicipalityDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			management.addMunicipality(CurrentUser.required().organisationId(), details);
			redirect.addFlashAttribute("notice", "municipalities.saved");
			return "redirect:/municipalities";
		}).orElseGet(() -> {
			model.addAttribute("form", new Views.MunicipalityForm(null, details, FieldMessages.of(errors, page.messages())));
			return "organisation/municipalityForm";
		});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var municipality = management.municipality(CurrentUser.required().organisationId(), id);
		model.addAttribute("form", new Views.MunicipalityForm(id, new MunicipalityDetails(municipality.getCode(),
				municipality.getName(), municipality.isActive()), FieldMessages.NONE));
		return "organisation/municipalityForm";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") MunicipalityDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var organisationId = CurrentUser.required().organisationId();
		management.municipality(organisationId, id);
		return Forms.submit(errors, () -> {
			management.updateMunicipality(organisationId, id, details);
			redirect.addFlashAttribute("notice", "municipalities.saved");
			return "redirect:/municipalities";
		}).orElseGet(() -> {
			model.addAttribute("form", new Views.MunicipalityForm(id, details, FieldMessages.of(errors, page.messages())));
			return "organisation/municipalityForm";
		});
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		management.deactivateMunicipality(CurrentUser.required().organisationId(), id);
		redirect.addFlashAttribute("notice", "municipalities.deactivated");
		return "redirect:/municipalities";
	}
}
