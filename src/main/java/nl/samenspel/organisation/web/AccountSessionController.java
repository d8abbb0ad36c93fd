package nl.samenspel.organisation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.SessionManagement;
import nl.samenspel.organisation.SessionOnly;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * Every signed-in user's own sessions: where they are signed in, and ending the chosen ones or all others after typing
 * the password again. Only from a signed-in session, never with a token.
 */
@Controller
@RequestMapping("/account/sessions")
@PreAuthorize(SessionOnly.RULE)
class AccountSessionController {

	private final SessionManagement sessions;

	AccountSessionController(SessionManagement sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String list(HttpServletRequest request, Model model) {
		return view(request, FieldMessages.NONE, model);
	}

	@PostMapping("/end")
	String end(@RequestParam(name = "session", required = false) @Nullable List<String> chosen,
			@RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			var ended = sessions.endMine(CurrentUser.required(), chosen == null ? List.of() : chosen, currentPassword);
			redirect.addFlashAttribute("notice", ended > 0 ? "accountSessions.ended" : "accountSessions.gone");
		}
		catch (FieldRejected rejected) {
			return view(request, FieldMessages.of(rejected, page.messages()), model);
		}
		return "redirect:/account/sessions";
	}

	@PostMapping("/end-others")
	String endOthers(@RequestParam(defaultValue = "") String currentPassword, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var current = current(request);
		try {
			sessions.endMyOthers(CurrentUser.required(), current == null ? "" : current, currentPassword);
		}
		catch (FieldRejected rejected) {
			return view(request, FieldMessages.of(rejected, page.messages()), model);
		}
		redirect.addFlashAttribute("notice", "accountSessions.othersEnded");
		return "redirect:/account/sessions";
	}

	private String view(HttpServletRequest request, FieldMessages errors, Model model) {
		model.addAttribute("sessions", new Views.OwnSessions(sessions.mine(CurrentUser.required(), current(request)),
				errors));
		return "account/sessions";
	}

	static @Nullable String current(HttpServletRequest request) {
		var session = request.getSession(false);
		return session == null ? null : session.getId();
	}
}
