package nl.samenspel.volunteers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import nl.samenspel.organisation.UserNames;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.ActivationRefused;
import nl.samenspel.volunteers.ApplicationOutcome;
import nl.samenspel.volunteers.ApplicationStep;
import nl.samenspel.volunteers.Recruitment;
import nl.samenspel.volunteers.VolunteerApplication;

/**
 * The coordinator's applications: the open ones with their current step, newest first, and one application as a
 * checklist with a form for its next step (INTAKE, REFERENCES, VOG_REQUESTED), activation, or closing it as rejected
 * or withdrawn. A step refused comes back with the message next to its field; nothing changed.
 */
@Controller
@RequestMapping("/volunteers/applications")
@PreAuthorize("hasRole('COORDINATOR')")
class ApplicationController {

	private final Recruitment recruitment;
	private final UserNames userNames;

	ApplicationController(Recruitment recruitment, UserNames userNames) {
		this.recruitment = recruitment;
		this.userNames = userNames;
	}

	@GetMapping
	@PreAuthorize("hasRole('COORDINATOR')")
	String list(Model model) {
		model.addAttribute("applications", new RecruitmentViews.ApplicationList(recruitment.open(CurrentUser.required())));
		return "volunteers/applications";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	String show(@PathVariable UUID id, Model model) {
		return page(id, FieldMessages.NONE, null, null, null, List.of(), model);
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize("hasRole('COORDINATOR')")
	String record(@PathVariable UUID id, @RequestParam(required = false) @Nullable ApplicationStep step,
			@RequestParam(required = false) @Nullable String doneOn, @RequestParam(required = false) @Nullable String notes,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (step == null) {
				throw new FieldRejected("step", "volunteers.recruitment.error.notRecorded");
			}
			if (notes != null && notes.length() > 2000) {
				throw new FieldRejected("notes", "volunteers.recruitment.error.notesLong", 2000);
			}
			recruitment.record(CurrentUser.required(), id, step, date(doneOn), notes);
			redirect.addFlashAttribute("notice", "volunteers.recruitment.saved");
			return "redirect:/volunteers/applications/" + id;
		}
		catch (FieldRejected rejected) {
			return page(id, FieldMessages.of(rejected, page.messages()), doneOn, notes, null, List.of(), model);
		}
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize("hasRole('COORDINATOR')")
	String activate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String notes,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (notes != null && notes.length() > 2000) {
				throw new FieldRejected("notes", "volunteers.recruitment.error.notesLong", 2000);
			}
			recruitment.activate(CurrentUser.required(), id, notes);
			redirect.addFlashAttribute("notice", "volunteers.recruitment.activated");
			return "redirect:/volunteers/applications/" + id;
		}
		catch (ActivationRefused refused) {
			return page(id, FieldMessages.NONE, null, notes, null, refused.missing(), model);
		}
		catch (FieldRejected rejected) {
			return page(id, FieldMessages.of(rejected, page.messages()), null, notes, null, List.of(), model);
		}
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasRole('COORDINATOR')")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable ApplicationOutcome outcome,
			@RequestParam(required = false) @Nullable String reason, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			recruitment.close(CurrentUser.required(), id, outcome, reason);
			redirect.addFlashAttribute("notice", "volunteers.recruitment.closed");
			return "redirect:/volunteers/applications";
		}
		catch (FieldRejected rejected) {
			return page(id, FieldMessages.of(rejected, page.messages()), null, null, reason, List.of(), model);
		}
	}

	private String page(UUID id, FieldMessages errors, @Nullable String doneOn, @Nullable String notes,
			@Nullable String reason, List<String> missing, Model model) {
		var user = CurrentUser.required();
		VolunteerApplication application = recruitment.application(user, id);
		var who = new ArrayList<UUID>();
		application.progress().forEach(state -> {
			if (state.by() != null) {
				who.add(state.by());
			}
		});
		if (application.outcomeBy() != null) {
			who.add(application.outcomeBy());
		}
		var today = DutchTime.today().toString();
		model.addAttribute("applicationPage", new RecruitmentViews.ApplicationPage(application,
				userNames.of(user.organisationId(), who), recruitment.freeVog(user), errors,
				doneOn == null ? today : doneOn, notes, reason, missing, today));
		return "volunteers/application";
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new FieldRejected("doneOn", "validation.date");
		}
	}
}
