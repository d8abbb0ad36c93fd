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
import nl.samenspel.kernel.NotFound;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.VolunteerContact;
import nl.samenspel.volunteers.Volunteers;

/**
 * The VOLUNTEER's own record: they read all of it (screening too) and change their contact details, skills and
 * languages. Nobody else's record opens here.
 */
@Controller
@RequestMapping("/volunteers/me")
@PreAuthorize("hasRole('VOLUNTEER')")
class OwnRecordController {

	private final Volunteers volunteers;

	OwnRecordController(Volunteers volunteers) {
		this.volunteers = volunteers;
	}

	@GetMapping
	String show(@ModelAttribute("page") Page page, Model model) {
		var own = volunteers.own(CurrentUser.required());
		var today = volunteers.today();
		model.addAttribute("view", new Views.OwnPage(own.map(it -> Views.Standing.of(it, today)).orElse(null),
				own.map(it -> VolunteerController.profileLabel(it, page)).orElse(null)));
		return "volunteers/own";
	}

	@GetMapping("/edit")
	String edit(Model model) {
		var volunteer = volunteers.own(CurrentUser.required()).orElseThrow(NotFound::new);
		return form(new VolunteerContact(volunteer.firstName(), volunteer.lastName(), volunteer.email(),
				volunteer.phone(), volunteer.skills(), volunteer.languages()), FieldMessages.NONE, model);
	}

	@PostMapping
	String update(@Valid @ModelAttribute("contact") VolunteerContact contact, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		volunteers.own(CurrentUser.required()).orElseThrow(NotFound::new);
		return Forms.submit(errors, () -> {
			volunteers.updateOwn(CurrentUser.required(), contact);
			redirect.addFlashAttribute("notice", "volunteers.record.saved");
			return "redirect:/volunteers/me";
		}).orElseGet(() -> form(contact, FieldMessages.of(errors, page.messages()), model));
	}

	private String form(VolunteerContact contact, FieldMessages errors, Model model) {
		model.addAttribute("form", new Views.OwnForm(contact, errors));
		return "volunteers/ownForm";
	}
}
