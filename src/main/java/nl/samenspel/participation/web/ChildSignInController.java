package nl.samenspel.participation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.ChildAccounts;
import nl.samenspel.participation.ChildLogins;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * A child signs in with the code on their card and four pictures ({@link ChildLogins#signIn}): one answer for every
 * failure, in child language, that never tells whether the code exists. Open to everyone ({@link ChildSignInRoutes}).
 */
@Controller
class ChildSignInController {

	static final int MAX_CODE = 40;

	private final ChildLogins logins;

	ChildSignInController(ChildLogins logins) {
		this.logins = logins;
	}

	@GetMapping("/kind/inloggen")
	String form(@RequestParam(required = false) @Nullable String uit, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.current();
		if (user != null && user.hasRole(Role.CHILD)) {
			return "redirect:/kind";
		}
		var errors = FieldMessages.NONE;
		model.addAttribute("signIn", new ChildLoginViews.SignIn("", ChildLoginViews.pictureList(page),
				ChildLogins.PICTURE_COUNT, errors));
		model.addAttribute("loggedOut", uit != null);
		return "participation/child/signIn";
	}

	@PostMapping("/kind/inloggen")
	String signIn(@RequestParam(required = false) @Nullable String code,
			@RequestParam(name = "picture1", required = false) @Nullable String picture1,
			@RequestParam(name = "picture2", required = false) @Nullable String picture2,
			@RequestParam(name = "picture3", required = false) @Nullable String picture3,
			@RequestParam(name = "picture4", required = false) @Nullable String picture4,
			@ModelAttribute("page") Page page, Model model, HttpServletRequest request, HttpServletResponse response) {
		var pictures = new ArrayList<String>();
		for (var picture : List.of(nonNull(picture1), nonNull(picture2), nonNull(picture3), nonNull(picture4))) {
			pictures.add(picture);
		}
		var outcome = logins.signIn(code, pictures, request, response);
		if (outcome == ChildAccounts.Outcome.SIGNED_IN) {
			return "redirect:/kind";
		}
		// a wrong code, wrong pictures, a revoked login and too many tries: the same words for all
		var typed = code == null ? "" : code.strip();
		var errors = FieldMessages.of(new nl.samenspel.kernel.FieldRejected("code", "participation.login.signIn.wrong"),
				page.messages());
		model.addAttribute("signIn", new ChildLoginViews.SignIn(typed.length() > MAX_CODE ? "" : typed,
				ChildLoginViews.pictureList(page), ChildLogins.PICTURE_COUNT, errors));
		model.addAttribute("loggedOut", false);
		return "participation/child/signIn";
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}
}
