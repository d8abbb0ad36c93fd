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
import nl.samenspel.organisation.IdentityProviderDetails;
import nl.samenspel.organisation.IdentityProviders;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/** The organisation's own OpenID Connect provider, for its ADMIN: set up, change, switch off. */
@Controller
@RequestMapping("/organisation/identity-provider")
@PreAuthorize("hasRole('ADMIN')")
class IdentityProviderController {

	private final IdentityProviders providers;

	IdentityProviderController(IdentityProviders providers) {
		this.providers = providers;
	}

	@GetMapping
	String show(@ModelAttribute("page") Page page, Model model) {
		var settings = providers.settings(CurrentUser.required().organisationId());
		var details = settings.map(it -> it.details())
			.orElse(new IdentityProviderDetails(null, null, null, null, "groups", null));
		return form(details, settings.isPresent(), settings.map(it -> it.enabled()).orElse(false), FieldMessages.NONE,
				model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("details") IdentityProviderDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			providers.save(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "identityProvider.saved");
			return "redirect:/organisation/identity-provider";
		}).orElseGet(() -> {
			var settings = providers.settings(CurrentUser.required().organisationId());
			// the secret typed is not sent back into the page
			var shown = new IdentityProviderDetails(details.shortName(), details.issuerUri(), details.clientId(), null,
					details.groupsClaim(), details.groupRoles());
			return form(shown, settings.isPresent(), settings.map(it -> it.enabled()).orElse(false),
					FieldMessages.of(errors, page.messages()), model);
		});
	}

	@PostMapping("/disable")
	String disable(RedirectAttributes redirect) {
		providers.disable(CurrentUser.required());
		redirect.addFlashAttribute("notice", "identityProvider.disabled");
		return "redirect:/organisation/identity-provider";
	}

	private String form(IdentityProviderDetails details, boolean exists, boolean enabled, FieldMessages errors,
			Model model) {
		model.addAttribute("form", new Views.IdentityProviderForm(details, exists, enabled, errors));
		return "organisation/identityProvider";
	}
}
