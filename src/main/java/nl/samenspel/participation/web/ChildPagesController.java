package nl.samenspel.participation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Attendance;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.participation.Channel;
import nl.samenspel.participation.ChildLogins;
import nl.samenspel.participation.ChildOutcomes;
import nl.samenspel.participation.ChildVoice;
import nl.samenspel.participation.Speaker;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The pages of a child signed in with their own login (role CHILD), all through {@link ChildVoice} with
 * {@link Channel#LOGIN}: you said, we did with new answers, ideas and votes, questions, and feedback on the sessions
 * the child attended lately. A CHILD account without an active login (the role given by hand) sees a friendly
 * explanation instead. Bad input is a child-language message next to its field; nothing is saved.
 */
@Controller
class ChildPagesController {

	private static final String CHILD = "hasRole('CHILD')";

	/** Sessions this many days back can still get feedback. */
	static final int FEEDBACK_DAYS = 14;

	/** Answers given this long ago are still new on the home page. */
	static final Duration NEW_ANSWERS = Duration.ofDays(30);

	private final ChildLogins logins;
	private final ChildVoice voice;
	private final ChildOutcomes outcomes;
	private final Attendance attendance;
	private final Clock clock;

	ChildPagesController(ChildLogins logins, ChildVoice voice, ChildOutcomes outcomes, Attendance attendance,
			Clock clock) {
		this.outcomes = outcomes;
		this.logins = logins;
		this.voice = voice;
		this.attendance = attendance;
		this.clock = clock;
	}

	/** The child of the signed-in CHILD account, as a speaker on the login channel; none without an active login. */
	private Optional<Speaker> speaker() {
		var user = CurrentUser.required();
		return logins.loginOf(user)
			.map(login -> new Speaker(user.organisationId(), login.childId(), Channel.LOGIN, login.id()));
	}

	private static String noChild(Page page) {
		return "participation/child/noChild";
	}

	// home: you said, we did

	@GetMapping("/kind")
	@PreAuthorize(CHILD)
	String home(@ModelAttribute("page") Page page, Model model) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			return noChild(page);
		}
		var since = Instant.now(clock).minus(NEW_ANSWERS);
		var answers = outcomes.myQuestions(speaker.get()).stream()
			.filter(question -> question.answered() && question.answeredAt() != null && question.answeredAt().isAfter(since))
			.toList();
		var mine = outcomes.myIdeas(speaker.get());
		model.addAttribute("home", new ChildPageViews.Home(mine, answers,
				mine.isEmpty() ? Set.of() : outcomes.picturedIdeas(speaker.get())));
		return "participation/child/home";
	}

	// ideas and votes

	@GetMapping("/kind/ideeen")
	@PreAuthorize(CHILD)
	String ideas(@RequestParam(required = false) @Nullable String picture,
			@RequestParam(required = false) @Nullable String round, @ModelAttribute("page") Page page, Model model) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			return noChild(page);
		}
		if (ChildUploadLimit.TOO_LARGE.equals(picture)) {
			// back from ChildUploadLimit: the upload was too large to read at all
			UUID errorRound = null;
			try {
				errorRound = round == null ? null : UUID.fromString(round);
			}
			catch (IllegalArgumentException notAnId) {
				errorRound = null;
			}
			return ideas(speaker.get(), errorRound, null,
					FieldMessages.of(new FieldRejected("picture", ChildUploadLimit.MESSAGE), page.messages()), page, model);
		}
		return ideas(speaker.get(), null, null, FieldMessages.NONE, page, model);
	}

	private String ideas(Speaker speaker, @Nullable UUID errorRound, @Nullable String text, FieldMessages errors,
			Page page, Model model) {
		var rounds = voice.openRounds(speaker).stream()
			.map(round -> new ChildPageViews.RoundView(round, voice.ballotIdeas(speaker, round.id()),
					voice.hasVoted(speaker, round.id())))
			.toList();
		var shown = errorRound == null || rounds.stream().anyMatch(view -> view.round().id().equals(errorRound));
		var pictured = rounds.stream().allMatch(view -> view.ideas().isEmpty()) ? Set.<UUID>of()
				: outcomes.picturedIdeas(speaker);
		model.addAttribute("ideas", new ChildPageViews.Ideas(rounds, errorRound, text, errors,
				shown ? FieldMessages.NONE : errors, pictured));
		return "participation/child/ideas";
	}

	@PostMapping("/kind/ideeen/{id}")
	@PreAuthorize(CHILD)
	String propose(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable MultipartFile picture, @ModelAttribute("page") Page page,
			Model model, RedirectAttributes redirect) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			// without a child of their own, no round or session is theirs
			throw new NotFound();
		}
		try {
			voice.propose(speaker.get(), id, text, ChildUploadLimit.bytes(picture));
			redirect.addFlashAttribute("notice", "participation.login.ideas.proposed");
			return "redirect:/kind/ideeen";
		}
		catch (FieldRejected rejected) {
			var shown = new FieldRejected("picture".equals(rejected.field()) ? "picture" : "text", rejected.messageKey(),
					rejected.arguments());
			return ideas(speaker.get(), id, text, FieldMessages.of(shown, page.messages()), page, model);
		}
	}

	/**
	 * The drawing or photo of an idea for the signed-in child: their own idea's, another's only once approved; anything
	 * else (another organisation's idea, a CHILD account without a login) is not found.
	 */
	@GetMapping("/kind/ideeen/{id}/picture")
	@PreAuthorize(CHILD)
	ResponseEntity<byte[]> picture(@PathVariable UUID id) {
		var speaker = speaker().orElseThrow(NotFound::new);
		return outcomes.picture(speaker, id).map(Pictures::response).orElseThrow(NotFound::new);
	}

	@PostMapping("/kind/ideeen/{id}/stem")
	@PreAuthorize(CHILD)
	String vote(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> ideaIds,
			@RequestParam Map<String, String> form, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			// without a child of their own, no round or session is theirs
			throw new NotFound();
		}
		try {
			var dots = DotsForm.read(form, "choice", "participation.login.ideas.error.dotsNumber");
			voice.vote(speaker.get(), id, ideaIds, dots.isEmpty() ? null : dots);
			redirect.addFlashAttribute("notice", "participation.login.ideas.voted");
			return "redirect:/kind/ideeen";
		}
		catch (FieldRejected rejected) {
			var shown = new FieldRejected("choice", rejected.messageKey(), rejected.arguments());
			return ideas(speaker.get(), id, null, FieldMessages.of(shown, page.messages()), page, model);
		}
	}

	// questions

	@GetMapping("/kind/vragen")
	@PreAuthorize(CHILD)
	String questions(@ModelAttribute("page") Page page, Model model) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			return noChild(page);
		}
		return questions(speaker.get(), null, false, Boolean.TRUE.equals(model.getAttribute(URGENT_HELP)),
				FieldMessages.NONE, model);
	}

	/** The flash attribute that shows the help once, after a question that matched the danger list. */
	private static final String URGENT_HELP = "urgentHelp";

	private String questions(Speaker speaker, @Nullable String text, boolean anonymous, boolean urgent,
			FieldMessages errors, Model model) {
		model.addAttribute("questions", new ChildPageViews.Questions(outcomes.myQuestions(speaker),
				outcomes.publishedQuestions(speaker.organisationId()), text, anonymous, urgent, errors));
		return "participation/child/questions";
	}

	@PostMapping("/kind/vragen")
	@PreAuthorize(CHILD)
	String ask(@RequestParam(required = false) @Nullable String text,
			@RequestParam(name = "anoniem", required = false) @Nullable String anonymous,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			return noChild(page);
		}
		var anonymously = anonymous != null && !anonymous.isBlank() && !"false".equals(anonymous);
		try {
			var asked = voice.ask(speaker.get(), text, anonymously);
			if (asked.urgent()) {
				// the help at once, on the page the redirect leads to (reloading it sends nothing again): the
				// safeguarding officers are told already
				redirect.addFlashAttribute(URGENT_HELP, true);
				return "redirect:/kind/vragen";
			}
			redirect.addFlashAttribute("notice", "participation.login.questions.asked");
			return "redirect:/kind/vragen";
		}
		catch (FieldRejected rejected) {
			var shown = new FieldRejected("text", rejected.messageKey(), rejected.arguments());
			return questions(speaker.get(), text, anonymously, false, FieldMessages.of(shown, page.messages()), model);
		}
	}

	// feedback

	@GetMapping("/kind/feedback")
	@PreAuthorize(CHILD)
	String feedback(@ModelAttribute("page") Page page, Model model) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			return noChild(page);
		}
		return feedback(speaker.get(), null, null, null, null, FieldMessages.NONE, page, model);
	}

	private String feedback(Speaker speaker, @Nullable UUID errorSession, @Nullable Integer score,
			@Nullable String fun, @Nullable String better, FieldMessages errors, Page page, Model model) {
		var today = DutchTime.today(clock);
		var sessions = attendance.attendedBy(speaker.organisationId(), speaker.childId(), today.minusDays(FEEDBACK_DAYS),
				today);
		model.addAttribute("feedback", new ChildPageViews.FeedbackPage(sessions, FeedbackController.smileys(page, null),
				outcomes.myFeedback(speaker), errorSession, score, fun, better, errors));
		return "participation/child/feedback";
	}

	@PostMapping("/kind/feedback/{id}")
	@PreAuthorize(CHILD)
	String giveFeedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String fun, @RequestParam(required = false) @Nullable String better,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var speaker = speaker();
		if (speaker.isEmpty()) {
			// without a child of their own, no round or session is theirs
			throw new NotFound();
		}
		Integer number = null;
		try {
			try {
				number = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new FieldRejected("score", "participation.voice.error.score");
			}
			voice.feedback(speaker.get(), id, number, fun, better, true);
			redirect.addFlashAttribute("notice", "participation.login.feedback.thanks");
			return "redirect:/kind/feedback";
		}
		catch (FieldRejected rejected) {
			var field = "sessionId".equals(rejected.field()) ? "score" : rejected.field();
			var shown = new FieldRejected(field, rejected.messageKey(), rejected.arguments());
			return feedback(speaker.get(), id, number, fun, better, FieldMessages.of(shown, page.messages()), page, model);
		}
	}
}
