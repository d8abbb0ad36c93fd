package nl.samenspel.children.web;

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

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.ContactDetails;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/** A child's health information and emergency contacts, kept by staff (parents use the portal). */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class SafetyController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildManagement management;
	private final ChildSafety safety;
	private final ChildPages pages;

	SafetyController(ChildManagement management, ChildSafety safety, ChildPages pages) {
		this.management = management;
		this.safety = safety;
		this.pages = pages;
	}

	@GetMapping("/{id}/safety")
	@PreAuthorize(EDITORS)
	String safetyForm(@PathVariable UUID id, Model model) {
		return pages.safetyForm(id, null, FieldMessages.NONE, "/children/" + id, model);
	}

	@PostMapping("/{id}/safety")
	@PreAuthorize(EDITORS)
	String updateSafety(@PathVariable UUID id, @Valid @ModelAttribute("safety") SafetyDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		return Forms.submit(errors, () -> {
			safety.updateSafety(user, id, details);
			redirect.addFlashAttribute("notice", "safety.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> pages.safetyForm(id, details, FieldMessages.of(errors, page.messages()), "/children/" + id, model));
	}

	@PostMapping("/{id}/contacts")
	@PreAuthorize(EDITORS)
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			safety.addContact(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "contacts.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> pages.showAgain(id, FieldMessages.of(errors, page.messages()), "contact", null, details, page, model));
	}

	@PostMapping("/{id}/contacts/{contactId}/remove")
	@PreAuthorize(EDITORS)
	String removeContact(@PathVariable UUID id, @PathVariable UUID contactId, RedirectAttributes redirect) {
		safety.removeContact(CurrentUser.required(), id, contactId);
		redirect.addFlashAttribute("notice", "contacts.removed");
		return "redirect:/children/" + id;
	}
}
