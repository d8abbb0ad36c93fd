package nl.samenspel.organisation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.ApiToken;
import nl.samenspel.organisation.PasswordChoice;
import nl.samenspel.organisation.PasswordManagement;
import nl.samenspel.organisation.SecondFactors;
import nl.samenspel.organisation.TokenManagement;
import nl.samenspel.organisation.SessionOnly;
import nl.samenspel.organisation.TokenRequest;
import nl.samenspel.organisation.TokenScope;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;

/**
 * Every signed-in user's own account: their password (with the current one, and a current code when they have a
 * second factor) and their personal access tokens for the API; the second factor is {@link SecondFactorController}'s. Only from a
 * signed-in session, never with a token.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize(SessionOnly.RULE)
class AccountController {

	/** The token form as it first shows: 90 days, and only reading unless the user chooses more. */
	private static final TokenRequest NEW_TOKEN = new TokenRequest(null, 90, TokenScope.READ);

	private final PasswordManagement passwords;
	private final TokenManagement tokens;
	private final SecondFactors secondFactors;

	AccountController(PasswordManagement passwords, TokenManagement tokens, SecondFactors secondFactors) {
		this.passwords = passwords;
		this.tokens = tokens;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String show(@ModelAttribute("page") Page page, Model model) {
		return view(FieldMessages.NONE, FieldMessages.NONE, NEW_TOKEN, null, page, model);
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("choice") PasswordChoice choice,
			@RequestParam(required = false) @Nullable String code, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			passwords.changePassword(CurrentUser.required(), choice, code);
		}
		catch (FieldRejected rejected) {
			var errors = FieldMessages.of(rejected, page.messages());
			return view(errors, FieldMessages.NONE, NEW_TOKEN, null, page, model);
		}
		redirect.addFlashAttribute("notice", "account.passwordChanged");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(@Valid @ModelAttribute("tokenRequest") TokenRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model) {
		return Forms.submit(errors, () -> {
			var created = tokens.create(CurrentUser.required(), request);
			return view(FieldMessages.NONE, FieldMessages.NONE, NEW_TOKEN, created.secret(), page, model);
		}).orElseGet(() -> view(FieldMessages.NONE, FieldMessages.of(errors, page.messages()), request, null, page, model));
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/account";
	}

	private String view(FieldMessages passwordErrors, FieldMessages tokenErrors, TokenRequest request,
			@Nullable String secret, Page page, Model model) {
		model.addAttribute("account", new Views.AccountView(tokens.tokens(CurrentUser.required()), request,
				Options.enumOptions(TokenScope.class, "tokens.scope.", page.messages(), request.scope()), passwordErrors,
				tokenErrors, secret));
		model.addAttribute("enrolled", secondFactors.enrolled(CurrentUser.required().id()));
		return "account/show";
	}
}
