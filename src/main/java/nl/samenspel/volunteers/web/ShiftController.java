package nl.samenspel.volunteers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.AssignmentStatus;
import nl.samenspel.volunteers.Availabilities;
import nl.samenspel.volunteers.MyShifts;
import nl.samenspel.volunteers.OpenShifts;
import nl.samenspel.volunteers.VolunteerFeeds;
import nl.samenspel.volunteers.web.ShiftViews.CancelForm;
import nl.samenspel.volunteers.web.ShiftViews.MyShiftsPage;
import nl.samenspel.volunteers.web.ShiftViews.OpenShiftsPage;

/**
 * A VOLUNTEER's shifts: the open shifts that fit their availability with a sign-up button, their own shifts to come
 * with "Afmelden", and the secret address of their calendar feed (shown once, right after it is made).
 */
@Controller
@PreAuthorize("hasRole('VOLUNTEER')")
class ShiftController {

	private final OpenShifts openShifts;
	private final MyShifts myShifts;
	private final VolunteerFeeds feeds;
	private final Availabilities availabilities;

	ShiftController(OpenShifts openShifts, MyShifts myShifts, VolunteerFeeds feeds, Availabilities availabilities) {
		this.openShifts = openShifts;
		this.myShifts = myShifts;
		this.feeds = feeds;
		this.availabilities = availabilities;
	}

	@GetMapping("/volunteers/open-shifts")
	String open(@ModelAttribute("page") Page page, Model model) {
		return open(FieldMessages.NONE, null, model);
	}

	@PostMapping("/volunteers/open-shifts/{id}/sign-up")
	String signUp(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			var shift = openShifts.signUp(CurrentUser.required(), id);
			redirect.addFlashAttribute("notice", shift.status() == AssignmentStatus.CONFIRMED
					? "volunteers.shifts.signedUpConfirmed" : "volunteers.shifts.signedUpRequested");
			return "redirect:/volunteers/my-shifts";
		}
		catch (FieldRejected rejected) {
			return open(FieldMessages.of(rejected, page.messages()), id, model);
		}
	}

	@GetMapping("/volunteers/my-shifts")
	String mine(@ModelAttribute("page") Page page, Model model) {
		return mine(FieldMessages.NONE, null, null, model);
	}

	@PostMapping("/volunteers/my-shifts/{id}/cancel")
	String cancel(@PathVariable UUID id, @Valid @ModelAttribute("cancel") CancelForm cancel, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			myShifts.cancel(CurrentUser.required(), id, cancel.reason());
			redirect.addFlashAttribute("notice", "volunteers.shifts.cancelled");
			return "redirect:/volunteers/my-shifts";
		}).orElseGet(() -> mine(FieldMessages.of(errors, page.messages()), id, null, model));
	}

	/**
	 * Makes a new feed link and shows its address on the page it answers with, never through a redirect: the token goes
	 * to the volunteer's screen only, not into the session store on its way.
	 */
	@PostMapping("/volunteers/my-shifts/feed")
	String renewFeed(@ModelAttribute("page") Page page, Model model, HttpServletRequest request) {
		var token = feeds.renew(CurrentUser.required());
		return mine(FieldMessages.NONE, null, feedUrl(request, token), model);
	}

	private String open(FieldMessages errors, @Nullable UUID failed, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("openShiftsPage", new OpenShiftsPage(availabilities.ownRecord(user).isPresent(),
				openShifts.open(user), errors, failed));
		return "volunteers/openShifts";
	}

	private String mine(FieldMessages errors, @Nullable UUID failed, @Nullable String feedUrl, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("myShiftsPage", new MyShiftsPage(availabilities.ownRecord(user).isPresent(),
				myShifts.upcoming(user), feedUrl, feeds.linkMadeAt(user).orElse(null), errors, failed));
		return "volunteers/myShifts";
	}

	private static String feedUrl(HttpServletRequest request, String token) {
		var base = UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath("")
			.replaceQuery(null).build().toUriString();
		return base + FeedController.PATH + token + ".ics";
	}
}
