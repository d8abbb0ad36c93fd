package nl.samenspel.activities.web;

import java.util.HashSet;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityDetails;
import nl.samenspel.activities.Cost;
import nl.samenspel.activities.EnrolmentRequest;
import nl.samenspel.activities.Enrolments;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.activities.Task;
import nl.samenspel.activities.Theme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/** Planning the programme: the list of activities, an activity's form and its page with schedules and enrolments. */
@Controller
@RequestMapping("/activities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER')")
class ActivityController {

	private final Programme programme;
	private final Schedules schedules;
	private final Enrolments enrolments;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final ChildManagement children;

	ActivityController(Programme programme, Schedules schedules, Enrolments enrolments,
			OrganisationManagement organisations, UserManagement users, ChildManagement children) {
		this.programme = programme;
		this.schedules = schedules;
		this.enrolments = enrolments;
		this.organisations = organisations;
		this.users = users;
		this.children = children;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "false") boolean intergenerational,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var user = CurrentUser.required();
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		var result = programme.activities(user.organisationId(), query, inactive, intergenerational,
				PageRequest.of(Math.max(page, 0), Views.PAGE_SIZE));
		var builder = UriComponentsBuilder.fromPath("/activities").queryParam("q", query);
		if (inactive) {
			builder.queryParam("inactive", true);
		}
		if (intergenerational) {
			builder.queryParam("intergenerational", true);
		}
		model.addAttribute("activities", new Views.ActivityList(result.getContent(), Choices.locationNames(organisations, user.organisationId()),
				query, inactive, Pager.of(result, builder), true, intergenerational));
		return "activities/list";
	}

	@GetMapping("/new")
	String create(@ModelAttribute("page") Page page, Model model) {
		var empty = new ActivityDetails(null, null, null, null, null, null, 4, 12, null, Cost.FREE, null, Mode.DROP_IN,
				null, null, null, null, true, false);
		return form(null, empty, FieldMessages.NONE, page, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("details") ActivityDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var activity = programme.create(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "activities.saved");
			return "redirect:/activities/" + activity.id();
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var activity = programme.activity(user.organisationId(), id);
		return page(activity, defaultSchedule(), FieldMessages.NONE, "", FieldMessages.NONE, null, List.of(), page, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var activity = programme.activity(CurrentUser.required().organisationId(), id);
		return form(id, activity.details(), FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") ActivityDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		programme.activity(user.organisationId(), id);
		return Forms.submit(errors, () -> {
			programme.update(user, id, details);
			redirect.addFlashAttribute("notice", "activities.saved");
			return "redirect:/activities/" + id;
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		programme.deactivate(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "activities.deactivated");
		return "redirect:/activities";
	}

	@PostMapping("/{id}/schedules")
	String schedule(@PathVariable UUID id, @Valid @ModelAttribute("schedule") ScheduleDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var activity = programme.activity(user.organisationId(), id);
		return Forms.submit(errors, () -> {
			var result = schedules.addSchedule(user, id, details);
			redirect.addFlashAttribute("notice", result.overlaps().isEmpty() ? "schedule.saved" : "schedule.savedWithOverlaps");
			return "redirect:/activities/" + id + "#sessions";
		}).orElseGet(() -> page(activity, details, FieldMessages.of(errors, page.messages()), "", FieldMessages.NONE, null, List.of(),
			page, model));
	}

	/** Finds children to enrol by name; the page lists them, each with its own enrol button. */
	@GetMapping("/{id}/enrol")
	String findChild(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, @ModelAttribute("page") Page page,
			Model model) {
		var user = CurrentUser.required();
		var activity = programme.activity(user.organisationId(), id);
		var query = q.length() > 100 ? q.substring(0, 100) : q;
		var candidates = query.isBlank() ? List.<nl.samenspel.children.ChildCard>of()
				: children.cards(user, children.search(user, new ChildQuery(query, null, null, null, null, false),
						PageRequest.of(0, 10)).getContent().stream().map(it -> it.id()).toList());
		return page(activity, defaultSchedule(), FieldMessages.NONE, query, FieldMessages.NONE, null, candidates, page,
				model);
	}

	@PostMapping("/{id}/enrolments")
	String enrol(@PathVariable UUID id, @Valid @ModelAttribute("enrolment") EnrolmentRequest request,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var activity = programme.activity(user.organisationId(), id);
		return Forms.submit(errors, () -> {
			var enrolment = enrolments.enrol(user, id, request);
			redirect.addFlashAttribute("notice", enrolment.status() == nl.samenspel.activities.EnrolmentStatus.WAITING
					? "enrolment.waiting" : "enrolment.saved");
			return "redirect:/activities/" + id + "#enrolments";
		}).orElseGet(() -> {
			var candidates = request.childId() == null ? List.<nl.samenspel.children.ChildCard>of()
					: children.cards(user, List.of(request.childId()));
			return page(activity, defaultSchedule(), FieldMessages.NONE, "", FieldMessages.of(errors, page.messages()),
					request.overrideReason(), candidates, page, model);
		});
	}

	@PostMapping("/{id}/enrolments/{enrolmentId}/cancel")
	String cancelEnrolment(@PathVariable UUID id, @PathVariable UUID enrolmentId, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var enrolment = enrolments.enrolment(user, enrolmentId);
		if (!enrolment.activityId().equals(id)) {
			throw new nl.samenspel.kernel.NotFound();
		}
		enrolments.cancel(user, enrolmentId);
		redirect.addFlashAttribute("notice", "enrolment.cancelled");
		return "redirect:/activities/" + id + "#enrolments";
	}

	private static ScheduleDetails defaultSchedule() {
		var today = DutchTime.today();
		return new ScheduleDetails(Recurrence.WEEKLY, today, today.plusMonths(3), java.time.LocalTime.of(15, 30),
				java.time.LocalTime.of(17, 0), HolidayRule.SKIP);
	}

	private String page(Activity activity, ScheduleDetails schedule, FieldMessages scheduleErrors, String query,
			FieldMessages enrolErrors, @Nullable String overrideReason, List<nl.samenspel.children.ChildCard> candidates,
			Page page, Model model) {
		var user = CurrentUser.required();
		var messages = page.messages();
		var today = DutchTime.today();
		var sessions = programme.sessions(user.organisationId(), activity.id(), today.minusDays(14), today.plusYears(2));
		var overlaps = programme.overlaps(user.organisationId(), sessions);
		var overlapping = new HashSet<UUID>();
		overlaps.forEach(overlap -> overlapping.add(overlap.sessionId()));
		var sessionOptions = sessions.stream().filter(it -> !it.cancelled() && !it.date().isBefore(today))
			.map(it -> new Option(it.id().toString(), page.day(it.date()) + " " + page.time(it.startsAt()), false))
			.toList();
		var scheduleForm = new Views.ScheduleForm(schedule,
				Options.enumOptions(Recurrence.class, "schedule.recurrence.", messages, schedule.recurrence()),
				Options.enumOptions(HolidayRule.class, "schedule.holidays.", messages, schedule.holidayRule()),
				scheduleErrors);
		var enrol = new Views.EnrolForm(query, candidates, sessionOptions, enrolErrors, overrideReason);
		model.addAttribute("activityPage", new Views.ActivityPage(activity, Choices.locationNames(organisations, user.organisationId())
			.getOrDefault(activity.locationId(), ""), sessions, overlapping, overlaps,
				enrolments.ofActivity(user, activity.id()), scheduleForm, enrol, activity.active()));
		return "activities/show";
	}

	private String form(@Nullable UUID id, ActivityDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var messages = page.messages();
		model.addAttribute("form", new Views.ActivityForm(id, details,
				Choices.locations(organisations, user.organisationId(), details.locationId()),
				Options.enumChoices(Task.class, "task.", messages, details.taskSet()),
				Options.enumChoices(Theme.class, "theme.", messages, details.themeSet()),
				Options.enumOptions(Cost.class, "activity.cost.", messages, details.cost()),
				Options.enumOptions(Mode.class, "activity.mode.", messages, details.mode()),
				Choices.staff(users, user.organisationId(), details.staffList()), errors));
		return "activities/form";
	}
}
