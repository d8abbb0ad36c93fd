package nl.samenspel.children.web;

import java.util.Arrays;

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

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentTextDetails;
import nl.samenspel.children.ConsentTexts;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/**
 * A COORDINATOR keeps the consent texts: a change publishes a new version; consents already given keep the
 * version they were given for.
 */
@Controller
@RequestMapping("/consent-texts")
@PreAuthorize("hasRole('COORDINATOR')")
class ConsentTextController {

	private final ConsentTexts texts;
	private final AuditLog audit;

	ConsentTextController(ConsentTexts texts, AuditLog audit) {
		this.texts = texts;
		this.audit = audit;
	}

	@GetMapping
	String list(@ModelAttribute("page") Page page, Model model) {
		return view(null, FieldMessages.NONE, page, model);
	}

	@PostMapping
	String publish(@Valid @ModelAttribute("text") ConsentTextDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var organisation = CurrentUser.required().organisationId();
			var published = texts.publish(organisation, details.purpose(), details.dutch().strip(), details.english().strip());
			audit.record(AuditAction.CREATED, "consentText", details.purpose().name() + "-v" + published.version(),
					AuditResult.SUCCESS);
			redirect.addFlashAttribute("notice", "consentTexts.published");
			return "redirect:/consent-texts";
		}).orElseGet(() -> view(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String view(@org.jspecify.annotations.Nullable ConsentTextDetails failed, FieldMessages errors, Page page, Model model) {
		var organisation = CurrentUser.required().organisationId();
		var current = Arrays.stream(ConsentPurpose.values()).map(purpose -> texts.current(organisation, purpose)).toList();
		model.addAttribute("texts", new Views.ConsentTextList(current, failed, errors,
				ChildPages.enumOptions(ConsentPurpose.values(), "consent.purpose.", page.messages(),
						failed == null ? null : failed.purpose())));
		return "children/consentTexts";
	}
}
