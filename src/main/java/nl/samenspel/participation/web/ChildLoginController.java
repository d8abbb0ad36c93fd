package nl.samenspel.participation.web;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
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
import nl.samenspel.participation.ChildLogins;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * The staff's page of children's own logins: the children of 8 to 12 with their consent and login, issuing (the card
 * is shown once, in the answer to the POST, and never again) and revoking.
 */
@Controller
class ChildLoginController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildLogins logins;
	private final String baseUrl;

	ChildLoginController(ChildLogins logins, @Value("${samenspel.base-url}") String baseUrl) {
		this.logins = logins;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/participation/logins")
	@PreAuthorize(KEEPERS)
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
			@ModelAttribute("page") Page shown, Model model) {
		return list(q, page, FieldMessages.NONE, model);
	}

	/** A page of the children of 8 to 12, by name when searched; a page number that is no number is the first page. */
	private String list(String q, String number, FieldMessages errors, Model model) {
		var query = q.length() > 100 ? q.substring(0, 100) : q;
		int page;
		try {
			page = Math.max(0, Math.min(100_000, Integer.parseInt(number.strip())));
		}
		catch (NumberFormatException notANumber) {
			page = 0;
		}
		var lines = logins.overview(CurrentUser.required(), query, page);
		model.addAttribute("logins", new ChildLoginViews.LoginList(lines.getContent(), query,
				Pager.of(lines, "/participation/logins", query), errors));
		return "participation/logins";
	}

	@PostMapping("/participation/logins/{id}/issue")
	@PreAuthorize(KEEPERS)
	String issue(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		try {
			model.addAttribute("card", logins.issue(CurrentUser.required(), id));
			model.addAttribute("pictures", ChildLoginViews.pictures(page));
			model.addAttribute("signInAddress", baseUrl.replaceFirst("^https?://", "") + "/kind/inloggen");
			return "participation/loginCard";
		}
		catch (FieldRejected rejected) {
			return list("", "0", FieldMessages.global(page.t(rejected.messageKey())), model);
		}
	}

	@PostMapping("/participation/logins/{id}/revoke")
	@PreAuthorize(KEEPERS)
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		logins.revoke(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "participation.login.revoked");
		return "redirect:/participation/logins";
	}
}
