package nl.samenspel.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.IdentityProviderDetails;
import nl.samenspel.organisation.IdentityProviderSettings;
import nl.samenspel.organisation.IdentityProviders;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/**
 * The organisation's own OpenID Connect provider, for its ADMIN: set up, change, switch off, and approve another
 * ADMIN's change (four eyes: a change is in force only once approved).
 */
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
			.orElse(new IdentityProviderDetails(null, null, null, null, "groups", null, false));
		return form(details, settings.orElse(null), FieldMessages.NONE, model);
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
					details.groupsClaim(), details.groupRoles(), details.requireMfa());
			return form(shown, settings.orElse(null), FieldMessages.of(errors, page.messages()), model);
		});
	}

	@PostMapping("/disable")
	String disable(RedirectAttributes redirect) {
		providers.disable(CurrentUser.required());
		redirect.addFlashAttribute("notice", "identityProvider.disabled");
		return "redirect:/organisation/identity-provider";
	}

	/**
	 * A second ADMIN approves the waiting change named by {@code change}. The ADMIN who made it, or a change that is
	 * no longer the one waiting, gets the page with the reason (400).
	 */
	@PostMapping("/approve")
	String approve(@RequestParam(name = "change", required = false) @Nullable String change,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var admin = CurrentUser.required();
		try {
			providers.approve(admin, changeId(change));
		}
		catch (FieldRejected rejected) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			var settings = providers.settings(admin.organisationId());
			var details = settings.map(it -> it.details())
				.orElse(new IdentityProviderDetails(null, null, null, null, "groups", null, false));
			return form(details, settings.orElse(null), FieldMessages.global(page.t(rejected.messageKey())), model);
		}
		redirect.addFlashAttribute("notice", "identityProvider.approved");
		return "redirect:/organisation/identity-provider";
	}

	private static @Nullable UUID changeId(@Nullable String change) {
		try {
			return change == null ? null : UUID.fromString(change.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private String form(IdentityProviderDetails details, @Nullable IdentityProviderSettings settings,
			FieldMessages errors, Model model) {
		var me = CurrentUser.required().id();
		model.addAttribute("form", new Views.IdentityProviderForm(details, settings, settings != null,
				settings != null && settings.enabled(), settings != null && !settings.changedBy().equals(me), errors));
		return "organisation/identityProvider";
	}
}
