package nl.samenspel.organisation.web;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.IdentityProviders;
import nl.samenspel.organisation.InvitationManagement;
import nl.samenspel.organisation.PasswordChoice;
import nl.samenspel.organisation.PasswordManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The pages before signing in: the login form, activating an invited account, and resetting a forgotten password.
 * Their answers never reveal whether an account exists.
 */
@Controller
class SignInController {

	private static final Set<String> PROVIDER_REFUSALS = Set.of("unknown", "norole", "nomfa", "failed", "unavailable",
			"unknownOrganisation");

	private final InvitationManagement invitations;
	private final PasswordManagement passwords;
	private final IdentityProviders providers;

	SignInController(InvitationManagement invitations, PasswordManagement passwords, IdentityProviders providers) {
		this.invitations = invitations;
		this.passwords = passwords;
		this.providers = providers;
	}

	@GetMapping("/login")
	String login(@RequestParam Map<String, String> parameters, Model model) {
		if (CurrentUser.current() != null) {
			return "redirect:/";
		}
		Views.LoginView view;
		if (parameters.containsKey("error")) {
			view = new Views.LoginView("login.error", true);
		}
		else if (parameters.containsKey("blocked")) {
			view = new Views.LoginView("login.blocked", true);
		}
		else if (PROVIDER_REFUSALS.contains(parameters.getOrDefault("provider", ""))) {
			view = new Views.LoginView("login.provider." + parameters.get("provider"), true);
		}
		else if (parameters.containsKey("logout")) {
			view = new Views.LoginView("login.loggedOut", false);
		}
		else {
			view = new Views.LoginView(null, false);
		}
		model.addAttribute("login", view);
		model.addAttribute("organisationSignIn", providers.anyEnabled());
		return "account/login";
	}

	/** From the login page: on to the organisation's own provider, by the short name the organisation gave it. */
	@GetMapping("/login/organisation")
	String organisation(@RequestParam(defaultValue = "") String name) {
		if (CurrentUser.current() != null) {
			return "redirect:/";
		}
		return providers.registrationId(name)
			.map(id -> "redirect:/oauth2/authorization/" + id)
			.orElse("redirect:/login?provider=unknownOrganisation");
	}

	/**
	 * Reached only when the security filter did not start a sign-in here: no provider of that id, or one switched off
	 * or out of reach.
	 */
	@GetMapping("/oauth2/authorization/{registrationId}")
	String providerUnavailable(@PathVariable String registrationId) {
		return "redirect:/login?provider=unavailable";
	}

	@GetMapping("/activate")
	String activation(@RequestParam(defaultValue = "") String token, Model model) {
		var invitation = invitations.invitation(token);
		model.addAttribute("link", new Views.LinkView(token, invitation.isPresent(),
				invitation.map(it -> it.getDisplayName()).orElse(null), FieldMessages.NONE));
		return "account/activate";
	}

	@PostMapping("/activate")
	String activate(@RequestParam(defaultValue = "") String token, @ModelAttribute("choice") PasswordChoice choice,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (invitations.activate(token, choice)) {
				redirect.addFlashAttribute("notice", "activation.done");
				return "redirect:/login";
			}
			model.addAttribute("link", new Views.LinkView(token, false, null, FieldMessages.NONE));
		}
		catch (FieldRejected rejected) {
			model.addAttribute("link", new Views.LinkView(token, true, null, rejected(rejected, page)));
		}
		return "account/activate";
	}

	@GetMapping("/password-reset")
	String resetRequest(Model model) {
		model.addAttribute("sent", false);
		return "account/resetRequest";
	}

	@PostMapping("/password-reset")
	String requestReset(@RequestParam(defaultValue = "") String identifier, Model model) {
		if (!identifier.isBlank() && identifier.length() <= 254) {
			passwords.requestPasswordReset(identifier);
		}
		model.addAttribute("sent", true);
		return "account/resetRequest";
	}

	@GetMapping("/password-reset/confirm")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("link", new Views.LinkView(token, passwords.resetLinkValid(token), null, FieldMessages.NONE));
		return "account/reset";
	}

	@PostMapping("/password-reset/confirm")
	String reset(@RequestParam(defaultValue = "") String token, @ModelAttribute("choice") PasswordChoice choice,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (passwords.resetPassword(token, choice)) {
				redirect.addFlashAttribute("notice", "reset.done");
				return "redirect:/login";
			}
			model.addAttribute("link", new Views.LinkView(token, false, null, FieldMessages.NONE));
		}
		catch (FieldRejected rejected) {
			model.addAttribute("link", new Views.LinkView(token, true, null, rejected(rejected, page)));
		}
		return "account/reset";
	}

	private static FieldMessages rejected(FieldRejected rejected, Page page) {
		return FieldMessages.of(rejected, page.messages());
	}
}
