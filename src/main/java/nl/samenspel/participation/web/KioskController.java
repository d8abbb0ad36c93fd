package nl.samenspel.participation.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.Kiosk;
import nl.samenspel.participation.KioskClosed;
import nl.samenspel.participation.Kiosks;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The kiosk: a tablet a worker opened for a session ({@link KioskStaffController}). Public routes
 * ({@link KioskRoutes}); the kiosk cookie is the only key, and without a kiosk that still takes input every page is
 * "this tablet is locked" and every form goes back to it, saving nothing. A child taps their first name among the
 * children present at the session, picks an avatar the first time, and chooses: an idea, a vote, how was today, a
 * question ({@link KioskVoiceController}), or what became of their ideas (here, with the name list, the menu, the
 * thank-you and the lock). After each action a thank-you without a name (post-redirect-get). No page is
 * stored by the browser ({@code Cache-Control: no-store}); locking clears the cookie and the site's cache.
 */
@Controller
@RequestMapping("/kiosk")
class KioskController {

	private static final String LOCKED = KioskRequests.LOCKED;
	private static final Set<String> DONE = Set.of("idea", "vote", "feedback", "question", "help", "avatar");

	private final Kiosks kiosks;
	private final ChildOutcomes outcomes;
	private final KioskRequests requests;
	private final Cookies cookies;

	KioskController(Kiosks kiosks, ChildOutcomes outcomes, KioskRequests requests, Cookies cookies) {
		this.kiosks = kiosks;
		this.outcomes = outcomes;
		this.requests = requests;
		this.cookies = cookies;
	}

	/** Nothing of a kiosk page stays in the browser: not in its cache, not for the back button. */
	@ModelAttribute
	void noStore(HttpServletResponse response) {
		KioskRequests.noStore(response);
	}

	/** The kiosk was locked (or ran out of time) while the request was on its way: nothing was saved, the lock page. */
	@ExceptionHandler(KioskClosed.class)
	String closed(HttpServletResponse response) {
		KioskRequests.noStore(response);
		return "redirect:/kiosk";
	}

	private Optional<Kiosk> kiosk(HttpServletRequest request) {
		return requests.kiosk(request);
	}

	@GetMapping
	String names(HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		var gathering = kiosks.gathering(kiosk.get());
		model.addAttribute("names", new KioskViews.Names(gathering.session(), gathering.children()));
		return "participation/kiosk/names";
	}

	@GetMapping("/thanks")
	String thanks(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		if (kiosk(request).isEmpty()) {
			return LOCKED;
		}
		model.addAttribute("done", done != null && DONE.contains(done) ? done : "idea");
		return "participation/kiosk/thanks";
	}

	/** Locking is always allowed and always safe: with or without a kiosk that still takes input. */
	@PostMapping("/lock")
	String lock(HttpServletRequest request, HttpServletResponse response) {
		kiosk(request).ifPresent(kiosks::lockItself);
		response.addCookie(cookies.strict(request, Cookies.KIOSK, "/kiosk", "", 0));
		response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\"");
		return "redirect:/kiosk";
	}

	// a child's pages

	@GetMapping("/child/{id}")
	String menu(@PathVariable UUID id, HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		return menu(kiosks.child(kiosk.get(), id), FieldMessages.NONE, model);
	}

	private String menu(Kiosks.KioskChild child, FieldMessages errors, Model model) {
		model.addAttribute("menu", new KioskViews.Menu(child, List.of(Kiosks.Avatar.values()), errors));
		return child.avatar() == null ? "participation/kiosk/avatar" : "participation/kiosk/menu";
	}

	@PostMapping("/child/{id}/avatar")
	String avatar(@PathVariable UUID id, @RequestParam(required = false) @Nullable String avatar,
			HttpServletRequest request, @ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return "redirect:/kiosk";
		}
		try {
			kiosks.chooseAvatar(kiosk.get(), id, avatar);
			return "redirect:/kiosk/child/" + id;
		}
		catch (FieldRejected rejected) {
			return menu(kiosks.child(kiosk.get(), id), FieldMessages.of(rejected, page.messages()), model);
		}
	}

	@GetMapping("/child/{id}/ideas")
	String myIdeas(@PathVariable UUID id, HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		var child = kiosks.child(kiosk.get(), id);
		var speaker = kiosks.speaker(kiosk.get(), child);
		var mine = outcomes.myIdeas(speaker);
		model.addAttribute("mine", new KioskViews.MyIdeas(child, mine,
				mine.isEmpty() ? Set.of() : outcomes.picturedIdeas(speaker)));
		return "participation/kiosk/ideas";
	}

	/**
	 * The drawing or photo of an idea for the child who picked their name: their own idea's, another's only once
	 * approved; anything else (a locked kiosk, another organisation's idea) is not found.
	 */
	@GetMapping("/child/{id}/ideas/{ideaId}/picture")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, @PathVariable UUID ideaId, HttpServletRequest request) {
		var kiosk = kiosk(request).orElseThrow(NotFound::new);
		return outcomes.picture(kiosks.speaker(kiosk, id), ideaId).map(Pictures::response).orElseThrow(NotFound::new);
	}
}
