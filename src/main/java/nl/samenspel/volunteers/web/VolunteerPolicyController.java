package nl.samenspel.volunteers.web;

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
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.VolunteerPolicies;
import nl.samenspel.volunteers.VolunteerPolicyDetails;

/** The organisation's volunteer policy, set by a COORDINATOR or an ADMIN. */
@Controller
@RequestMapping("/volunteers/policy")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class VolunteerPolicyController {

	private final VolunteerPolicies policies;

	VolunteerPolicyController(VolunteerPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	String show(Model model) {
		var policy = policies.policy(CurrentUser.required().organisationId());
		return form(policy.details(), FieldMessages.NONE, model);
	}

	@PostMapping
	String update(@Valid @ModelAttribute("details") VolunteerPolicyDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			policies.update(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "volunteers.record.policy.saved");
			return "redirect:/volunteers/policy";
		}).orElseGet(() -> form(details, FieldMessages.of(errors, page.messages()), model));
	}

	private String form(VolunteerPolicyDetails details, FieldMessages errors, Model model) {
		model.addAttribute("form", new Views.PolicyForm(details, errors));
		return "volunteers/policy";
	}
}
