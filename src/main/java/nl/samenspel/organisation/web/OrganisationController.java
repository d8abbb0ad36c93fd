package nl.samenspel.organisation.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.organisation.OrganisationDetails;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.Region;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;

/** The organisation's own settings. */
@Controller
@RequestMapping("/organisation")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationController {


	private final OrganisationManagement management;

	OrganisationController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String show(@ModelAttribute("page") Page page, Model model) {
		var organisation = management.organisation(CurrentUser.required().organisationId());
		return form(new OrganisationDetails(organisation.getName(), organisation.getRegion(),
				organisation.isSecondFactorForAllStaff()), FieldMessages.NONE, page, model);
	}

	@PostMapping
	String update(@Valid @ModelAttribute("details") OrganisationDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			// the page shows every setting: an unticked box is sent as nothing, and means off
			management.updateOrganisation(CurrentUser.required().organisationId(), new OrganisationDetails(
					details.name(), details.region(), Boolean.TRUE.equals(details.secondFactorForAllStaff())));
			redirect.addFlashAttribute("notice", "organisation.saved");
			return "redirect:/organisation";
		}).orElseGet(() -> form(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String form(OrganisationDetails details, FieldMessages errors, Page page, Model model) {
		model.addAttribute("form", new Views.SettingsForm(details,
				Options.enumOptions(Region.class, "region.", page.messages(), details.region()), errors));
		return "organisation/settings";
	}
}
