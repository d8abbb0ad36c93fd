package nl.samenspel.volunteers.web;

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
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.CodeOfConductDetails;
import nl.samenspel.volunteers.ScreeningProfile;
import nl.samenspel.volunteers.VogDetails;
import nl.samenspel.volunteers.VolunteerPolicies;
import nl.samenspel.volunteers.Volunteer;
import nl.samenspel.volunteers.VolunteerScreening;
import nl.samenspel.volunteers.Volunteers;

/** The COORDINATOR records the VOG they saw and the code of conduct the volunteer signed. */
@Controller
@RequestMapping("/volunteers/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
class ScreeningController {

	private final Volunteers volunteers;
	private final VolunteerPolicies policies;
	private final VolunteerScreening screening;

	ScreeningController(Volunteers volunteers, VolunteerPolicies policies, VolunteerScreening screening) {
		this.policies = policies;
		this.volunteers = volunteers;
		this.screening = screening;
	}

	@GetMapping("/vog")
	String vog(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var volunteer = volunteers.view(CurrentUser.required(), id);
		var known = ScreeningProfile.of(volunteer.vogProfile());
		var vog = new VogDetails(volunteer.vogIssuedOn(), known == null ? ScreeningProfile.ASPECT_84 : known,
				known == ScreeningProfile.OTHER ? volunteer.vogProfile() : null, null);
		return vogForm(volunteer, vog, FieldMessages.NONE, page, model);
	}

	@PostMapping("/vog")
	String recordVog(@PathVariable UUID id, @Valid @ModelAttribute("vog") VogDetails vog, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var volunteer = volunteers.find(CurrentUser.required(), id);
		return Forms.submit(errors, () -> {
			screening.recordVog(CurrentUser.required(), id, vog);
			redirect.addFlashAttribute("notice", "volunteers.record.vogSaved");
			return "redirect:/volunteers/" + id;
		}).orElseGet(() -> vogForm(volunteer, vog, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/code-of-conduct")
	String code(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var volunteer = volunteers.view(user, id);
		var version = volunteer.codeVersion() != null ? volunteer.codeVersion()
				: policies.policy(user.organisationId()).codeVersion();
		var signed = volunteer.codeSignedOn() != null ? volunteer.codeSignedOn() : volunteers.today();
		return codeForm(volunteer, new CodeOfConductDetails(signed, version), FieldMessages.NONE, model);
	}

	@PostMapping("/code-of-conduct")
	String recordCode(@PathVariable UUID id, @Valid @ModelAttribute("code") CodeOfConductDetails code,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var volunteer = volunteers.find(CurrentUser.required(), id);
		return Forms.submit(errors, () -> {
			screening.recordCodeOfConduct(CurrentUser.required(), id, code);
			redirect.addFlashAttribute("notice", "volunteers.record.codeSaved");
			return "redirect:/volunteers/" + id;
		}).orElseGet(() -> codeForm(volunteer, code, FieldMessages.of(errors, page.messages()), model));
	}

	private String vogForm(Volunteer volunteer, VogDetails vog, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("form", new Views.VogForm(volunteer, vog, Options.enumOptions(ScreeningProfile.class,
				"volunteers.record.profile.", page.messages(), vog.profile()), policies.policy(user.organisationId()),
				errors, VolunteerScreening.PROFILE_MAX));
		return "volunteers/vog";
	}

	private String codeForm(Volunteer volunteer, CodeOfConductDetails code, FieldMessages errors, Model model) {
		model.addAttribute("form", new Views.CodeForm(volunteer, code, errors));
		return "volunteers/codeOfConduct";
	}
}
