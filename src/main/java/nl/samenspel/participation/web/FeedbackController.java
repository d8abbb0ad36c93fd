package nl.samenspel.participation.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Programme;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.participation.SessionFeedback;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/** The staff's feedback pages: five smileys after a session (recorded for a child) and an activity's figure. */
@Controller
class FeedbackController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private static final List<String> EMOJI = List.of("\uD83D\uDE2B", "\uD83D\uDE41", "\uD83D\uDE10", "\uD83D\uDE42",
			"\uD83D\uDE01");

	private final SessionFeedback feedback;
	private final Programme programme;

	FeedbackController(SessionFeedback feedback, Programme programme) {
		this.feedback = feedback;
		this.programme = programme;
	}

	static List<FeedbackViews.Smiley> smileys(Page page, @Nullable Integer selected) {
		return IntStream.rangeClosed(1, 5)
			.mapToObj(score -> new FeedbackViews.Smiley(score, EMOJI.get(score - 1),
					page.t("participation.feedback.score." + score), Integer.valueOf(score).equals(selected)))
			.toList();
	}

	@GetMapping("/participation/feedback/sessions/{id}")
	@PreAuthorize(KEEPERS)
	String session(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return session(id, null, null, null, FieldMessages.NONE, page, model);
	}

	@PostMapping("/participation/feedback/sessions/{id}")
	@PreAuthorize(KEEPERS)
	String record(@PathVariable UUID id, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String fun, @RequestParam(required = false) @Nullable String better,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		Integer number = null;
		try {
			number = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
			feedback.record(CurrentUser.required(), id, number, fun, better, null, true);
			redirect.addFlashAttribute("notice", "participation.feedback.saved");
			return "redirect:/participation/feedback/sessions/" + id;
		}
		catch (NumberFormatException notANumber) {
			return session(id, null, fun, better,
					FieldMessages.of(new FieldRejected("score", "participation.feedback.error.score"), page.messages()), page,
					model);
		}
		catch (FieldRejected rejected) {
			return session(id, number, fun, better, FieldMessages.of(rejected, page.messages()), page, model);
		}
	}

	private String session(UUID id, @Nullable Integer score, @Nullable String fun, @Nullable String better,
			FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var session = feedback.session(user, id);
		model.addAttribute("feedbackPage", new FeedbackViews.SessionPage(session, smileys(page, score), fun, better, errors,
				feedback.ofSession(user, id)));
		return "participation/feedbackSession";
	}

	@GetMapping("/participation/feedback/activities/{id}")
	@PreAuthorize(KEEPERS)
	String activity(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var satisfaction = feedback.satisfaction(user, id);
		model.addAttribute("activityPage", new FeedbackViews.ActivityPage(programme.activity(user.organisationId(), id),
				satisfaction, smileys(page, null)));
		return "participation/feedbackActivity";
	}
}
