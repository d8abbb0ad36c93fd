package nl.samenspel.participation.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.participation.Kiosks;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The staff's side of the kiosk: today's sessions and the open kiosks. Opening a kiosk turns the worker's own
 * browser into the kiosk: their signed-in session there ends, the browser gets the kiosk cookie and goes to
 * {@code /kiosk}. A worker locks a kiosk from their own device here.
 */
@Controller
class KioskStaffController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final Kiosks kiosks;
	private final Cookies cookies;

	KioskStaffController(Kiosks kiosks, Cookies cookies) {
		this.kiosks = kiosks;
		this.cookies = cookies;
	}

	@GetMapping("/participation/kiosks")
	@PreAuthorize(KEEPERS)
	String kiosks(Model model) {
		return page(FieldMessages.NONE, model);
	}

	private String page(FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("kioskPage", new KioskViews.StaffPage(kiosks.sessionsToday(user), kiosks.openKiosks(user),
				errors));
		return "participation/kiosks";
	}

	@PostMapping("/participation/kiosks")
	@PreAuthorize(KEEPERS)
	String open(@RequestParam(required = false) @Nullable String sessionId, HttpServletRequest request,
			HttpServletResponse response, @ModelAttribute("page") Page page, Model model) {
		UUID session;
		try {
			session = sessionId == null || sessionId.isBlank() ? null : UUID.fromString(sessionId.strip());
		}
		catch (IllegalArgumentException notAnId) {
			session = null;
		}
		Kiosks.Opened opened;
		try {
			opened = kiosks.open(CurrentUser.required(), session);
		}
		catch (FieldRejected rejected) {
			return page(FieldMessages.of(rejected, page.messages()), model);
		}
		// this browser becomes the kiosk: the worker's own session here ends first
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		response.addCookie(cookies.httpOnly(request, Cookies.SESSION, request.getContextPath() + "/", "", 0));
		var seconds = Duration.between(opened.kiosk().openedAt(), opened.kiosk().closesAt()).getSeconds();
		response.addCookie(cookies.strict(request, Cookies.KIOSK, "/kiosk", opened.token(),
				(int) Math.max(60, Math.min(seconds, Integer.MAX_VALUE))));
		return "redirect:/kiosk";
	}

	@PostMapping("/participation/kiosks/{id}/lock")
	@PreAuthorize(KEEPERS)
	String lock(@PathVariable UUID id, RedirectAttributes redirect) {
		kiosks.lock(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "participation.kiosk.lockedByWorker");
		return "redirect:/participation/kiosks";
	}
}
