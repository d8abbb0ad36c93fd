package nl.samenspel.volunteers.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.Assignments;
import nl.samenspel.volunteers.Planning;

/**
 * The volunteers' planning: a month of sessions with their staff and volunteers, four-eyes warnings, and for a
 * COORDINATOR the forms to assign, confirm, cancel and mark absent. A WORKER reads it. Refusals come back on the
 * session's own page, next to the field.
 */
@Controller
@RequestMapping("/volunteers/planning")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER')")
class VolunteerPlanningController {

	private final Planning planning;
	private final Assignments assignments;
	private final java.time.Clock clock;

	VolunteerPlanningController(Planning planning, Assignments assignments, java.time.Clock clock) {
		this.planning = planning;
		this.assignments = assignments;
		this.clock = clock;
	}

	@GetMapping
	String month(@RequestParam(defaultValue = "") String month, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var shown = YearMonth.from(DutchTime.today(clock));
		var errors = FieldMessages.NONE;
		if (!month.isBlank()) {
			try {
				var asked = YearMonth.parse(month.strip());
				if (asked.getYear() < 2000 || asked.getYear() > 2999) {
					throw new DateTimeParseException("out of range", month, 0);
				}
				shown = asked;
			}
			catch (DateTimeParseException notAMonth) {
				errors = FieldMessages.of(new FieldRejected("month", "volunteers.planning.error.month"), page.messages());
			}
		}
		model.addAttribute("planning", new PlanningViews.MonthPage(planning.month(user, shown), shown.minusMonths(1), shown.plusMonths(1),
				errors == FieldMessages.NONE ? shown.toString() : month.length() > 20 ? "" : month, errors));
		return "volunteers/planning";
	}

	@GetMapping("/sessions/{sessionId}")
	String session(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String q,
			@ModelAttribute("page") Page page, Model model) {
		return session(sessionId, q, FieldMessages.NONE, FieldMessages.NONE, null, model);
	}

	@PostMapping("/sessions/{sessionId}/assignments")
	@PreAuthorize("hasRole('COORDINATOR')")
	String assign(@PathVariable UUID sessionId, @RequestParam(required = false) @Nullable UUID volunteerId,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (volunteerId == null) {
				throw new FieldRejected(Assignments.FIELD, "volunteers.assignment.error.choose");
			}
			assignments.assign(CurrentUser.required(), sessionId, volunteerId);
		}
		catch (FieldRejected rejected) {
			return session(sessionId, "", FieldMessages.of(rejected, page.messages()), FieldMessages.NONE, null, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.assignment.assigned");
		return "redirect:/volunteers/planning/sessions/" + sessionId;
	}

	@PostMapping("/assignments/{id}/confirm")
	@PreAuthorize("hasRole('COORDINATOR')")
	String confirm(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var assignment = assignments.assignment(CurrentUser.required(), id);
		try {
			assignments.confirm(CurrentUser.required(), id);
		}
		catch (FieldRejected rejected) {
			return session(assignment.sessionId(), "", FieldMessages.of(rejected, page.messages()), FieldMessages.NONE, null,
					model);
		}
		redirect.addFlashAttribute("notice", "volunteers.assignment.confirmed");
		return "redirect:/volunteers/planning/sessions/" + assignment.sessionId();
	}

	@PostMapping("/assignments/{id}/cancel")
	@PreAuthorize("hasRole('COORDINATOR')")
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, @ModelAttribute("page") Page page,
			Model model, RedirectAttributes redirect) {
		var assignment = assignments.assignment(CurrentUser.required(), id);
		try {
			assignments.cancel(CurrentUser.required(), id, reason);
		}
		catch (FieldRejected rejected) {
			return session(assignment.sessionId(), "", FieldMessages.NONE, FieldMessages.of(rejected, page.messages()), id,
					model);
		}
		redirect.addFlashAttribute("notice", "volunteers.assignment.cancelled");
		return "redirect:/volunteers/planning/sessions/" + assignment.sessionId();
	}

	@PostMapping("/assignments/{id}/absent")
	@PreAuthorize("hasRole('COORDINATOR')")
	String absent(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean absent,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var assignment = assignments.assignment(CurrentUser.required(), id);
		try {
			assignments.markAbsent(CurrentUser.required(), id, absent);
		}
		catch (FieldRejected rejected) {
			return session(assignment.sessionId(), "", FieldMessages.of(rejected, page.messages()), FieldMessages.NONE, null,
					model);
		}
		redirect.addFlashAttribute("notice", absent ? "volunteers.assignment.markedAbsent" : "volunteers.assignment.markedPresent");
		return "redirect:/volunteers/planning/sessions/" + assignment.sessionId();
	}

	private String session(UUID sessionId, String search, FieldMessages errors, FieldMessages cancelErrors,
			@Nullable UUID cancelling, Model model) {
		var trimmed = search.length() > 100 ? search.substring(0, 100) : search.strip();
		model.addAttribute("planning", new PlanningViews.SessionPage(planning.session(CurrentUser.required(), sessionId, trimmed), trimmed,
				errors, cancelErrors, cancelling));
		return "volunteers/planningSession";
	}
}
