package nl.samenspel.activities.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.EnrolmentRequest;
import nl.samenspel.activities.EnrolmentStatus;
import nl.samenspel.activities.Enrolments;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.PortalProgramme;
import nl.samenspel.activities.PublicProgramme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/** The parent portal's part of the programme: what the children are enrolled in, and enrolling them. */
@Controller
@RequestMapping("/portal")
@PreAuthorize("hasRole('PARENT')")
class PortalActivityController {

	private final PublicProgramme programme;
	private final Enrolments enrolments;
	private final ChildManagement children;
	private final PortalProgramme portalProgramme;

	PortalActivityController(PublicProgramme programme, Enrolments enrolments, ChildManagement children,
			PortalProgramme portalProgramme) {
		this.programme = programme;
		this.enrolments = enrolments;
		this.children = children;
		this.portalProgramme = portalProgramme;
	}

	@GetMapping("/activities")
	String list(Model model) {
		var user = CurrentUser.required();
		model.addAttribute("portal", new Views.PortalActivities(enrolments.ofOwnChildren(user), portalProgramme.open(user)));
		return "activities/portal";
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return page(id, null, FieldMessages.NONE, page, model);
	}

	@PostMapping("/activities/{id}/enrolments")
	String enrol(@PathVariable UUID id, @Valid @ModelAttribute("enrolment") EnrolmentRequest request,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		details(user, id);
		return Forms.submit(errors, () -> {
			var parentRequest = new EnrolmentRequest(request.childId(), request.sessionId(), request.waitingList(), null);
			var enrolment = enrolments.enrol(user, id, parentRequest);
			redirect.addFlashAttribute("notice", enrolment.status() == EnrolmentStatus.WAITING
					? "portal.enrolment.waiting" : "portal.enrolment.saved");
			return "redirect:/portal/activities";
		}).orElseGet(() -> page(id, request, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/enrolments/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		enrolments.cancel(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "portal.enrolment.cancelled");
		return "redirect:/portal/activities";
	}

	private PublicProgramme.Details details(CurrentUser user, UUID id) {
		var details = programme.activity(id);
		if (!details.activity().organisationId().equals(user.organisationId()) || !details.activity().mode().takesEnrolments()) {
			throw new NotFound();
		}
		return details;
	}

	private String page(UUID id, @org.jspecify.annotations.Nullable EnrolmentRequest request, FieldMessages errors,
			Page page, Model model) {
		var user = CurrentUser.required();
		var details = details(user, id);
		var own = children.childrenOf(user);
		var fit = portalProgramme.ageFit(details, own);
		var childOptions = fit.fitting().stream()
			.map(child -> new Option(child.getId().toString(), child.getFirstName(),
					request != null && child.getId().equals(request.childId())))
			.toList();
		List<Option> sessions = details.activity().mode() == Mode.PER_SESSION
				? details.meetings().stream().filter(meeting -> !meeting.cancelled())
					.map(meeting -> new Option(meeting.id().toString(),
							page.day(meeting.date()) + " " + page.time(meeting.startsAt()),
							request != null && meeting.id().equals(request.sessionId())))
					.toList()
				: List.of();
		var outside = fit.outside().stream()
			.map(child -> page.t("portal.activities.outsideAges", child.getFirstName(), details.activity().minAge(),
					details.activity().maxAge()))
			.toList();
		model.addAttribute("portalActivity", new Views.PortalActivity(details, childOptions, outside, sessions, errors,
				!own.isEmpty()));
		return "activities/portalActivity";
	}
}
