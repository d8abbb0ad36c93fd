package nl.samenspel.participation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Programme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.participation.CouncilDetails;
import nl.samenspel.participation.CouncilMember;
import nl.samenspel.participation.CouncilRole;
import nl.samenspel.participation.Councils;
import nl.samenspel.participation.DecisionChange;
import nl.samenspel.participation.DecisionDetails;
import nl.samenspel.participation.DecisionStatus;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.MeetingDetails;
import nl.samenspel.participation.MemberDetails;
import nl.samenspel.participation.MemberEnd;
import nl.samenspel.participation.Rounds;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * The staff's pages for the children's council: the councils (and setting one up), and a council with its members
 * (adding one, a child leaving), meetings (with who was present) and decisions (recording one, changing its status).
 */
@Controller
class CouncilController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private static final MemberDetails NO_MEMBER = new MemberDetails(null, CouncilRole.MEMBER, null, null);

	private static final MeetingDetails NO_MEETING = new MeetingDetails(null, null, null, null, null);

	private static final DecisionDetails NO_DECISION = new DecisionDetails(null, null, null, null);

	private final Councils councils;
	private final Rounds rounds;
	private final Ideas ideas;
	private final ChildManagement children;
	private final Programme programme;

	CouncilController(Councils councils, Rounds rounds, Ideas ideas, ChildManagement children, Programme programme) {
		this.councils = councils;
		this.rounds = rounds;
		this.ideas = ideas;
		this.children = children;
		this.programme = programme;
	}

	@GetMapping("/participation/councils")
	@PreAuthorize(KEEPERS)
	String list(@ModelAttribute("page") Page page, Model model) {
		return list(new CouncilDetails(null, null), FieldMessages.NONE, model);
	}

	@PostMapping("/participation/councils")
	@PreAuthorize(KEEPERS)
	String create(@Valid @ModelAttribute("council") CouncilDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var council = councils.create(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "participation.council.saved");
			return "redirect:/participation/councils/" + council.id();
		}).orElseGet(() -> list(details, FieldMessages.of(errors, page.messages()), model));
	}

	private String list(CouncilDetails form, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		var activities = programme.activities(user.organisationId(), "", false, PageRequest.of(0, 200)).getContent()
			.stream().map(it -> new Option(it.id().toString(), it.title(), it.id().equals(form.activityId()))).toList();
		model.addAttribute("list", new CouncilViews.CouncilList(councils.councils(user), form, errors, activities));
		return "participation/council/list";
	}

	@GetMapping("/participation/councils/{id}")
	@PreAuthorize(KEEPERS)
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return show(id, "", FieldMessages.NONE, NO_MEMBER, NO_MEETING, NO_DECISION, page, model);
	}

	@PostMapping("/participation/councils/{id}/members")
	@PreAuthorize(KEEPERS)
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("member") MemberDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			councils.addMember(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "participation.council.memberSaved");
			return "redirect:/participation/councils/" + id + "#members";
		}).orElseGet(() -> show(id, "member", FieldMessages.of(errors, page.messages()), details, NO_MEETING,
				NO_DECISION, page, model));
	}

	@PostMapping("/participation/councils/{id}/members/{memberId}/end")
	@PreAuthorize(KEEPERS)
	String endMember(@PathVariable UUID id, @PathVariable UUID memberId, @Valid @ModelAttribute("end") MemberEnd end,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			councils.endMember(CurrentUser.required(), id, memberId, end);
			redirect.addFlashAttribute("notice", "participation.council.memberEnded");
			return "redirect:/participation/councils/" + id + "#members";
		}).orElseGet(() -> show(id, "end-" + memberId, FieldMessages.of(errors, page.messages()), NO_MEMBER,
				NO_MEETING, NO_DECISION, page, model));
	}

	@PostMapping("/participation/councils/{id}/meetings")
	@PreAuthorize(KEEPERS)
	String addMeeting(@PathVariable UUID id, @Valid @ModelAttribute("meeting") MeetingDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			councils.addMeeting(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "participation.council.meetingSaved");
			return "redirect:/participation/councils/" + id + "#meetings";
		}).orElseGet(() -> show(id, "meeting", FieldMessages.of(errors, page.messages()), NO_MEMBER, details,
				NO_DECISION, page, model));
	}

	@PostMapping("/participation/councils/{id}/decisions")
	@PreAuthorize(KEEPERS)
	String recordDecision(@PathVariable UUID id, @Valid @ModelAttribute("decision") DecisionDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			councils.recordDecision(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "participation.council.decisionSaved");
			return "redirect:/participation/councils/" + id + "#decisions";
		}).orElseGet(() -> show(id, "decision", FieldMessages.of(errors, page.messages()), NO_MEMBER, NO_MEETING,
				details, page, model));
	}

	@PostMapping("/participation/councils/{id}/decisions/{decisionId}/status")
	@PreAuthorize(KEEPERS)
	String changeDecision(@PathVariable UUID id, @PathVariable UUID decisionId,
			@Valid @ModelAttribute("change") DecisionChange change, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			councils.changeDecision(CurrentUser.required(), id, decisionId, change);
			redirect.addFlashAttribute("notice", "participation.council.statusSaved");
			return "redirect:/participation/councils/" + id + "#decisions";
		}).orElseGet(() -> show(id, "status-" + decisionId, FieldMessages.of(errors, page.messages()), NO_MEMBER,
				NO_MEETING, NO_DECISION, page, model));
	}

	private String show(UUID id, String failed, FieldMessages errors, MemberDetails member, MeetingDetails meeting,
			DecisionDetails decision, Page page, Model model) {
		var user = CurrentUser.required();
		var overview = councils.overview(user, id);
		var council = overview.council();
		var names = new HashMap<UUID, String>();
		children.cards(user, overview.members().stream().map(CouncilMember::childId).distinct().toList())
			.forEach(card -> names.put(card.id(), card.name()));
		var memberNames = new HashMap<UUID, String>();
		overview.members().forEach(it -> memberNames.put(it.id(), names.getOrDefault(it.childId(), "–")));
		var current = overview.current().stream()
			.map(it -> new CouncilViews.MemberRow(it, memberNames.get(it.id()))).toList();
		var former = overview.former().stream()
			.map(it -> new CouncilViews.MemberRow(it, memberNames.get(it.id()))).toList();
		var meetings = overview.meetings().stream()
			.map(it -> new CouncilViews.MeetingRow(it,
					it.presentMemberIds().stream().map(memberNames::get).filter(Objects::nonNull).sorted().toList()))
			.toList();
		var meetingDates = new HashMap<UUID, LocalDate>();
		overview.meetings().forEach(it -> meetingDates.put(it.id(), it.date()));
		var ideaTexts = ideaTexts(user);
		var decisions = overview.decisions().stream()
			.map(it -> new CouncilViews.DecisionRow(it, meetingDates.get(it.meetingId()),
					it.ideaId() == null ? null : ideaTexts.get(it.ideaId()),
					Arrays.stream(DecisionStatus.values())
						.map(status -> new Option(status.name(), page.t("participation.council.status." + status.name()),
								status == it.status()))
						.toList()))
			.toList();
		var kids = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 500))
			.getContent().stream()
			.map(child -> new Option(child.id().toString(), child.firstName() + " " + child.lastName(),
					child.id().equals(member.childId())))
			.toList();
		var roles = Arrays.stream(CouncilRole.values())
			.map(it -> new Option(it.name(), page.t("participation.council.role." + it.name()), it == member.role()))
			.toList();
		var chosen = meeting.present() == null ? List.<UUID>of() : meeting.present();
		var presentOptions = current.stream()
			.map(it -> new Option(it.member().id().toString(), it.name(), chosen.contains(it.member().id()))).toList();
		var meetingOptions = overview.meetings().stream()
			.map(it -> new Option(it.id().toString(), page.day(it.date()), it.id().equals(decision.meetingId())))
			.toList();
		var ideaOptions = ideaTexts.entrySet().stream()
			.map(it -> new Option(it.getKey().toString(), it.getValue(), it.getKey().equals(decision.ideaId()))).toList();
		var activityTitle = council.activityId() == null ? null : activityTitle(user, council.activityId());
		model.addAttribute("councilPage", new CouncilViews.CouncilPage(council, activityTitle, current, former, meetings,
				decisions, kids, roles, presentOptions, meetingOptions, ideaOptions, member, meeting, decision, failed,
				errors, overview.today()));
		return "participation/council/show";
	}

	/** The organisation's ideas, round by round, by their text (shortened for a choice list). */
	private Map<UUID, String> ideaTexts(CurrentUser user) {
		var texts = new java.util.LinkedHashMap<UUID, String>();
		for (var round : rounds.rounds(user)) {
			for (var idea : ideas.ofRound(user, round.id())) {
				var text = idea.text().replaceAll("\\s+", " ");
				texts.put(idea.id(), round.title() + ": " + (text.length() > 80 ? text.substring(0, 79) + "…" : text));
			}
		}
		return texts;
	}

	private @Nullable String activityTitle(CurrentUser user, UUID activityId) {
		try {
			return programme.activity(user.organisationId(), activityId).title();
		}
		catch (nl.samenspel.kernel.NotFound gone) {
			return null;
		}
	}
}
