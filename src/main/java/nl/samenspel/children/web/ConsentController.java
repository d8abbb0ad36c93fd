package nl.samenspel.children.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.AssentRequest;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/** Consents and the child's own say, recorded by staff from the child's page (parents use the portal). */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class ConsentController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildConsents consents;
	private final ChildPages pages;

	ConsentController(ChildConsents consents, ChildPages pages) {
		this.consents = consents;
		this.pages = pages;
	}

	@PostMapping("/{id}/consents")
	@PreAuthorize(EDITORS)
	String giveConsent(@PathVariable UUID id, @Valid @ModelAttribute("consent") ConsentRequest request,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			consents.giveConsent(CurrentUser.required(), id, request);
			redirect.addFlashAttribute("notice", "consents.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> pages.showAgain(id, FieldMessages.of(errors, page.messages()), "consent", null, null, page,
				model));
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	@PreAuthorize(EDITORS)
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
		consents.withdrawConsent(CurrentUser.required(), id, consentId);
		redirect.addFlashAttribute("notice", "consents.withdrawn");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/assents")
	@PreAuthorize(EDITORS)
	String assent(@PathVariable UUID id, @Valid @ModelAttribute("assent") AssentRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			consents.recordAssent(CurrentUser.required(), id, request);
			redirect.addFlashAttribute("notice", "assents.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> pages.showAgain(id, FieldMessages.of(errors, page.messages()), "assent", null, null, page, model));
	}
}
