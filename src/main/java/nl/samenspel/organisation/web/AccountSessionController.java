package nl.samenspel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.organisation.SessionManagement;
import nl.samenspel.organisation.SessionOnly;

/** Every signed-in user's own sessions: where they are signed in, and ending one or all others. */
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
		model.addAttribute("sessions", sessions.mine(CurrentUser.required(), current(request)));
		return "account/sessions";
	}

	@PostMapping("/end")
	String end(@RequestParam(defaultValue = "") String session, HttpServletRequest request,
			RedirectAttributes redirect) {
		var ended = sessions.endMine(CurrentUser.required(), session);
		redirect.addFlashAttribute("notice", ended ? "sessions.ended" : "sessions.gone");
		return "redirect:/account/sessions";
	}

	@PostMapping("/end-others")
	String endOthers(HttpServletRequest request, RedirectAttributes redirect) {
		var current = current(request);
		sessions.endMyOthers(CurrentUser.required(), current == null ? "" : current);
		redirect.addFlashAttribute("notice", "sessions.othersEnded");
		return "redirect:/account/sessions";
	}

	static @Nullable String current(HttpServletRequest request) {
		var session = request.getSession(false);
		return session == null ? null : session.getId();
	}
}
