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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.ChildVoice;
import nl.samenspel.participation.Kiosk;
import nl.samenspel.participation.KioskClosed;
import nl.samenspel.participation.Kiosks;
import nl.samenspel.participation.Round;
import nl.samenspel.participation.VotingMethod;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * What a child does on the kiosk after tapping their name ({@link KioskController}): propose an idea (with a drawing or
 * photo if they like), vote, say how today was with five smileys, ask a question. Everything goes through
 * {@link ChildVoice} on the KIOSK channel, for a child present at the kiosk's session; a locked or expired kiosk shows
 * the lock page and saves nothing. After each action a thank-you without a name (post-redirect-get).
 */
@Controller
@RequestMapping("/kiosk")
class KioskVoiceController {

	private static final String LOCKED = KioskRequests.LOCKED;

	private final Kiosks kiosks;
	private final ChildVoice voice;
	private final ChildOutcomes outcomes;
	private final KioskRequests requests;

	KioskVoiceController(Kiosks kiosks, ChildVoice voice, ChildOutcomes outcomes, KioskRequests requests) {
		this.kiosks = kiosks;
		this.voice = voice;
		this.outcomes = outcomes;
		this.requests = requests;
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

	private static @Nullable UUID uuid(@Nullable String value) {
		return KioskRequests.uuid(value);
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
		var rounds = voice.openRounds(kiosks.speaker(kiosk, child));
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
		var speaker = kiosks.speaker(kiosk, child);
		var ballot = voice.ballotPage(speaker, roundId);
		model.addAttribute("form", new KioskViews.VoteForm(child, ballot.rounds(), ballot.round(), ballot.voted(),
				ballot.ideas(), chosen, errors, ballot.ideas().isEmpty() ? Set.of() : outcomes.picturedIdeas(speaker)));
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
		var present = kiosks.atSession(kiosk, id);
		model.addAttribute("form", new KioskViews.FeedbackForm(present.child(), present.session(),
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
				outcomes.publishedQuestions(kiosk.organisationId())));
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
}
