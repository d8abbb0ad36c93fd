package nl.samenspel.volunteers.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Programme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.BuddyEndReason;
import nl.samenspel.volunteers.BuddyMeetingDetails;
import nl.samenspel.volunteers.BuddyPair;
import nl.samenspel.volunteers.BuddyPairDetails;
import nl.samenspel.volunteers.BuddyPairEnd;
import nl.samenspel.volunteers.BuddyPairs;

/**
 * The coordinator's pages for buddy pairs (buurtmaatjes): the running and the ended pairs, a new pair, and a pair with
 * its meetings, a meeting to log and the end. Names of children come from the children module's API.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class BuddyController {

	private static final BuddyMeetingDetails NO_MEETING = new BuddyMeetingDetails(null, null, null);

	private final BuddyPairs pairs;
	private final ChildManagement children;
	private final Programme programme;

	BuddyController(BuddyPairs pairs, ChildManagement children, Programme programme) {
		this.pairs = pairs;
		this.children = children;
		this.programme = programme;
	}

	@GetMapping("/volunteers/buddies")
	String list(@RequestParam(defaultValue = "false") boolean ended, Model model) {
		var user = CurrentUser.required();
		var lines = pairs.pairs(user, ended);
		var names = new Names(user, lines.stream().map(BuddyPairs.Line::pair).toList());
		model.addAttribute("buddies", new BuddyViews.PairList(
				lines.stream().map(line -> names.row(line.pair(), line.meetings())).toList(), ended));
		return "volunteers/buddies/list";
	}

	@GetMapping("/volunteers/buddies/new")
	String create(@ModelAttribute("page") Page page, Model model) {
		return form(new BuddyPairDetails(null, null, null, null, null, null), FieldMessages.NONE, page, model);
	}

	@PostMapping("/volunteers/buddies")
	String add(@Valid @ModelAttribute("details") BuddyPairDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var pair = pairs.start(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "volunteers.buddies.saved");
			return "redirect:/volunteers/buddies/" + pair.id();
		}).orElseGet(() -> form(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/volunteers/buddies/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return show(id, "", FieldMessages.NONE, NO_MEETING, null, page, model);
	}

	@PostMapping("/volunteers/buddies/{id}/meetings")
	String logMeeting(@PathVariable UUID id, @Valid @ModelAttribute("meeting") BuddyMeetingDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			pairs.logMeeting(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "volunteers.buddies.meetingSaved");
			return "redirect:/volunteers/buddies/" + id + "#meetings";
		}).orElseGet(() -> show(id, "meeting", FieldMessages.of(errors, page.messages()), details, null, page, model));
	}

	@PostMapping("/volunteers/buddies/{id}/end")
	String end(@PathVariable UUID id, @Valid @ModelAttribute("end") BuddyPairEnd details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			pairs.end(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "volunteers.buddies.ended");
			return "redirect:/volunteers/buddies/" + id;
		}).orElseGet(() -> show(id, "end", FieldMessages.of(errors, page.messages()), NO_MEETING, details, page, model));
	}

	private String show(UUID id, String failed, FieldMessages errors, BuddyMeetingDetails meeting,
			@org.jspecify.annotations.Nullable BuddyPairEnd end, Page page, Model model) {
		var user = CurrentUser.required();
		var overview = pairs.pair(user, id);
		var row = new Names(user, List.of(overview.pair())).row(overview.pair(), overview.meetings().size());
		var endInput = end == null ? new BuddyPairEnd(overview.today(), null) : end;
		var reasons = Arrays.stream(BuddyEndReason.values())
			.filter(reason -> reason != BuddyEndReason.CONSENT_WITHDRAWN)
			.map(reason -> new Option(reason.name(), page.t(reason.messageKey()), reason == endInput.reason()))
			.toList();
		model.addAttribute("buddy", new BuddyViews.PairPage(row, overview.meetings(), meeting, endInput, reasons,
				failed, errors, overview.today()));
		return "volunteers/buddies/show";
	}

	private String form(BuddyPairDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var volunteers = pairs.volunteers(user).stream()
			.map(it -> new Option(it.id().toString(), it.name(), it.id().equals(details.volunteerId()))).toList();
		var bands = Arrays.stream(AgeBand.values())
			.map(it -> new Option(it.name(), page.t("volunteers.buddies.ageBand." + it.name()), it == details.residentAgeBand()))
			.toList();
		var kids = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 500))
			.getContent().stream()
			.map(child -> new Option(child.id().toString(), child.firstName() + " " + child.lastName(),
					child.id().equals(details.childId())))
			.toList();
		var activities = programme.activities(user.organisationId(), "", false, PageRequest.of(0, 200)).getContent()
			.stream().map(it -> new Option(it.id().toString(), it.title(), it.id().equals(details.activityId()))).toList();
		model.addAttribute("buddyForm", new BuddyViews.PairForm(details, volunteers, bands, kids, activities, errors));
		return "volunteers/buddies/form";
	}

	/** The names on a page of pairs: volunteers and children of the organisation, and activities' titles. */
	private final class Names {

		private final Map<UUID, String> volunteers;
		private final Map<UUID, String> children = new HashMap<>();
		private final Map<UUID, String> activities = new HashMap<>();

		Names(CurrentUser user, List<BuddyPair> shown) {
			volunteers = pairs.volunteerNames(user);
			var childIds = shown.stream().map(BuddyPair::childId).filter(java.util.Objects::nonNull).distinct().toList();
			BuddyController.this.children.cards(user, childIds).forEach(card -> children.put(card.id(), card.name()));
			if (shown.stream().anyMatch(pair -> pair.activityId() != null)) {
				programme.activities(user.organisationId(), "", true, PageRequest.of(0, 1000)).getContent()
					.forEach(it -> activities.put(it.id(), it.title()));
			}
		}

		BuddyViews.PairRow row(BuddyPair pair, int meetings) {
			var buddy = pair.volunteerId() != null ? volunteers.getOrDefault(pair.volunteerId(), "–")
					: String.valueOf(pair.residentName());
			var partner = pair.childId() != null ? children.getOrDefault(pair.childId(), "–")
					: activities.getOrDefault(pair.activityId(), "–");
			return new BuddyViews.PairRow(pair, buddy, partner, meetings);
		}
	}
}
