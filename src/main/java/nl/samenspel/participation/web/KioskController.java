package nl.samenspel.participation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.participation.ChildVoice;
import nl.samenspel.participation.Kiosk;
import nl.samenspel.participation.Kiosks;
import nl.samenspel.participation.Round;
import nl.samenspel.participation.VotingMethod;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The kiosk: a tablet a worker opened for a session ({@link KioskStaffController}). Public routes
 * ({@link KioskRoutes}); the kiosk cookie is the only key, and without a kiosk that still takes input every page is
 * "this tablet is locked" and every form goes back to it, saving nothing. A child taps their first name among the
 * children present at the session, picks an avatar the first time, and chooses: an idea, a vote, how was today, a
 * question, what became of their ideas. After each action a thank-you without a name (post-redirect-get). No page is
 * stored by the browser ({@code Cache-Control: no-store}); locking clears the cookie and the site's cache.
 */
@Controller
@RequestMapping("/kiosk")
class KioskController {

	private static final String LOCKED = "participation/kiosk/locked";
	private static final Set<String> DONE = Set.of("idea", "vote", "feedback", "question", "help", "avatar");

	private final Kiosks kiosks;
	private final ChildVoice voice;
	private final Cookies cookies;

	KioskController(Kiosks kiosks, ChildVoice voice, Cookies cookies) {
		this.kiosks = kiosks;
		this.voice = voice;
		this.cookies = cookies;
	}

	/** Nothing of a kiosk page stays in the browser: not in its cache, not for the back button. */
	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store, max-age=0");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
	}

	private Optional<Kiosk> kiosk(HttpServletRequest request) {
		return kiosks.byToken(cookies.value(request, Cookies.KIOSK));
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	@GetMapping
	String names(HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		model.addAttribute("names", new KioskViews.Names(kiosks.session(kiosk.get()), kiosks.children(kiosk.get())));
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

	@GetMapping("/child/{id}/idea")
	String idea(@PathVariable UUID id, @RequestParam(required = false) @Nullable String picture,
			HttpServletRequest request, @ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		// back from ChildUploadLimit: the upload was too large to read at all
		var errors = ChildUploadLimit.TOO_LARGE.equals(picture)
				? FieldMessages.of(new FieldRejected("picture", ChildUploadLimit.MESSAGE), page.messages())
				: FieldMessages.NONE;
		return idea(kiosk.get(), id, null, null, errors, model);
	}

	private String idea(Kiosk kiosk, UUID id, @Nullable UUID roundId, @Nullable String text, FieldMessages errors,
			Model model) {
		var child = kiosks.child(kiosk, id);
		var rounds = voice.openRounds(kiosks.speaker(kiosk, id));
		model.addAttribute("form", new KioskViews.IdeaForm(child, rounds,
				roundId == null && rounds.size() == 1 ? rounds.get(0).id() : roundId, text, errors));
		return "participation/kiosk/idea";
	}

	@PostMapping("/child/{id}/idea")
	String propose(@PathVariable UUID id, @RequestParam(required = false) @Nullable String roundId,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable MultipartFile picture, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return "redirect:/kiosk";
		}
		var speaker = kiosks.speaker(kiosk.get(), id);
		var round = uuid(roundId);
		try {
			if (round == null || voice.openRounds(speaker).stream().noneMatch(open -> open.id().equals(round))) {
				throw new FieldRejected("roundId", "participation.kiosk.error.round");
			}
			voice.propose(speaker, round, text, ChildUploadLimit.bytes(picture));
			return "redirect:/kiosk/thanks?done=idea";
		}
		catch (FieldRejected rejected) {
			return idea(kiosk.get(), id, round, text, FieldMessages.of(rejected, page.messages()), model);
		}
	}

	@GetMapping("/child/{id}/vote")
	String vote(@PathVariable UUID id, @RequestParam(required = false) @Nullable String roundId,
			HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		return vote(kiosk.get(), id, uuid(roundId), List.of(), FieldMessages.NONE, model);
	}

	private String vote(Kiosk kiosk, UUID id, @Nullable UUID roundId, List<UUID> chosen, FieldMessages errors,
			Model model) {
		var child = kiosks.child(kiosk, id);
		var speaker = kiosks.speaker(kiosk, id);
		var rounds = voice.openRounds(speaker);
		Round round = null;
		if (roundId != null) {
			round = rounds.stream().filter(open -> open.id().equals(roundId)).findFirst().orElse(null);
		}
		else if (rounds.size() == 1) {
			round = rounds.get(0);
		}
		var voted = round != null && voice.hasVoted(speaker, round.id());
		var ideas = round == null || voted ? List.<nl.samenspel.participation.Idea>of() : voice.ballotIdeas(speaker, round.id());
		model.addAttribute("form", new KioskViews.VoteForm(child, rounds, round, voted, ideas, chosen, errors,
				ideas.isEmpty() ? Set.of() : voice.picturedIdeas(speaker)));
		return "participation/kiosk/vote";
	}

	@PostMapping("/child/{id}/vote")
	String cast(@PathVariable UUID id, @RequestParam(required = false) @Nullable String roundId,
			@RequestParam(required = false) @Nullable List<String> ideaIds, @RequestParam Map<String, String> form,
			HttpServletRequest request, @ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return "redirect:/kiosk";
		}
		var speaker = kiosks.speaker(kiosk.get(), id);
		var round = uuid(roundId);
		var chosen = new ArrayList<UUID>();
		try {
			var open = round == null ? null
					: voice.openRounds(speaker).stream().filter(it -> it.id().equals(round)).findFirst().orElse(null);
			if (open == null) {
				throw new FieldRejected("roundId", "participation.voice.error.closed");
			}
			if (ideaIds != null) {
				for (var idea : ideaIds) {
					var parsed = uuid(idea);
					if (parsed == null) {
						throw new FieldRejected("ideaIds", "participation.voice.error.idea");
					}
					chosen.add(parsed);
				}
			}
			if (open.method() == VotingMethod.DOTS) {
				voice.vote(speaker, open.id(), null, DotsForm.read(form, "dots", "participation.kiosk.error.dots"));
			}
			else {
				voice.vote(speaker, open.id(), chosen, null);
			}
			return "redirect:/kiosk/thanks?done=vote";
		}
		catch (FieldRejected rejected) {
			return vote(kiosk.get(), id, round, chosen, FieldMessages.of(rejected, page.messages()), model);
		}
	}

	@GetMapping("/child/{id}/feedback")
	String feedback(@PathVariable UUID id, HttpServletRequest request, @ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		return feedback(kiosk.get(), id, null, null, null, false, FieldMessages.NONE, page, model);
	}

	private String feedback(Kiosk kiosk, UUID id, @Nullable Integer score, @Nullable String fun,
			@Nullable String better, boolean named, FieldMessages errors, Page page, Model model) {
		var child = kiosks.child(kiosk, id);
		model.addAttribute("form", new KioskViews.FeedbackForm(child, kiosks.session(kiosk),
				FeedbackController.smileys(page, score), fun, better, named, errors));
		return "participation/kiosk/feedback";
	}

	@PostMapping("/child/{id}/feedback")
	String giveFeedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String fun, @RequestParam(required = false) @Nullable String better,
			@RequestParam(required = false) @Nullable String named, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return "redirect:/kiosk";
		}
		var speaker = kiosks.speaker(kiosk.get(), id);
		Integer number = null;
		try {
			try {
				number = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new FieldRejected("score", "participation.voice.error.score");
			}
			voice.feedback(speaker, kiosk.get().sessionId(), number, fun, better, named == null);
			return "redirect:/kiosk/thanks?done=feedback";
		}
		catch (FieldRejected rejected) {
			return feedback(kiosk.get(), id, number, fun, better, named != null,
					FieldMessages.of(rejected, page.messages()), page, model);
		}
	}

	@GetMapping("/child/{id}/question")
	String question(@PathVariable UUID id, HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		return question(kiosk.get(), id, null, false, FieldMessages.NONE, model);
	}

	private String question(Kiosk kiosk, UUID id, @Nullable String text, boolean named, FieldMessages errors,
			Model model) {
		var child = kiosks.child(kiosk, id);
		model.addAttribute("form", new KioskViews.QuestionForm(child, text, named, errors,
				voice.publishedQuestions(kiosk.organisationId())));
		return "participation/kiosk/question";
	}

	@PostMapping("/child/{id}/question")
	String ask(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String named, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return "redirect:/kiosk";
		}
		var speaker = kiosks.speaker(kiosk.get(), id);
		try {
			var asked = voice.ask(speaker, text, named == null);
			return "redirect:/kiosk/thanks?done=" + (asked.urgent() ? "help" : "question");
		}
		catch (FieldRejected rejected) {
			return question(kiosk.get(), id, text, named != null, FieldMessages.of(rejected, page.messages()), model);
		}
	}

	@GetMapping("/child/{id}/ideas")
	String myIdeas(@PathVariable UUID id, HttpServletRequest request, Model model) {
		var kiosk = kiosk(request);
		if (kiosk.isEmpty()) {
			return LOCKED;
		}
		var child = kiosks.child(kiosk.get(), id);
		var speaker = kiosks.speaker(kiosk.get(), id);
		var mine = voice.myIdeas(speaker);
		model.addAttribute("mine", new KioskViews.MyIdeas(child, mine,
				mine.isEmpty() ? Set.of() : voice.picturedIdeas(speaker)));
		return "participation/kiosk/ideas";
	}

	/**
	 * The drawing or photo of an idea for the child who picked their name: their own idea's, another's only once
	 * approved; anything else (a locked kiosk, another organisation's idea) is not found.
	 */
	@GetMapping("/child/{id}/ideas/{ideaId}/picture")
	ResponseEntity<byte[]> picture(@PathVariable UUID id, @PathVariable UUID ideaId, HttpServletRequest request) {
		var kiosk = kiosk(request).orElseThrow(NotFound::new);
		return voice.picture(kiosks.speaker(kiosk, id), ideaId).map(Pictures::response).orElseThrow(NotFound::new);
	}
}
