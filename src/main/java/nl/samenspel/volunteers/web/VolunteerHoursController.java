package nl.samenspel.volunteers.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.HourEntries;
import nl.samenspel.volunteers.HourEntryDetails;
import nl.samenspel.volunteers.VolunteerHours;

/**
 * The COORDINATOR's side of the hours: a volunteer's year (under {@code /volunteers/{id}/hours}, beside the volunteer's
 * own page), hours entered for them (approved at once), their yearly statement, and the entries waiting for approval.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class VolunteerHoursController {

	static final String APPROVALS = "/volunteers/hours/approvals";

	/** The most entries the approvals page lists at once, oldest first. */
	static final int LISTED = 200;

	private final VolunteerHours hours;
	private final HourEntries entries;
	private final HoursPdf pdf;

	VolunteerHoursController(VolunteerHours hours, HourEntries entries, HoursPdf pdf) {
		this.hours = hours;
		this.entries = entries;
		this.pdf = pdf;
	}

	@GetMapping("/volunteers/{id}/hours")
	String year(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year,
			@ModelAttribute("page") Page page, Model model) {
		return year(id, hours.year(year), HourEntryDetails.blank(), FieldMessages.NONE, page, model);
	}

	@PostMapping("/volunteers/{id}/hours")
	String enter(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year,
			@Valid @ModelAttribute("details") HourEntryDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var shown = hours.year(year);
		if (errors.hasErrors()) {
			return year(id, shown, details, FieldMessages.of(errors, page.messages()), page, model);
		}
		try {
			var entry = entries.enter(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "volunteers.hours.entered");
			return "redirect:/volunteers/" + id + "/hours?year=" + entry.workedOn().getYear();
		}
		catch (FieldRejected rejected) {
			return year(id, shown, details, HoursForms.messages(rejected, page), page, model);
		}
	}

	@GetMapping("/volunteers/{id}/hours/{year}.pdf")
	@ResponseBody
	ResponseEntity<byte[]> statement(@PathVariable UUID id, @PathVariable String year, @ModelAttribute("page") Page page) {
		return pdf.download(hours.statement(CurrentUser.required(), id, HoursForms.pathYear(hours, year)), page);
	}

	@GetMapping(APPROVALS)
	String approvals(@ModelAttribute("page") Page page, Model model) {
		return approvals(null, null, FieldMessages.NONE, model);
	}

	@PostMapping("/volunteers/hours/entries/{id}/approve")
	String approve(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			entries.approve(CurrentUser.required(), id);
		}
		catch (FieldRejected rejected) {
			return approvals(null, null, HoursForms.messages(rejected, page), model);
		}
		redirect.addFlashAttribute("notice", "volunteers.hours.approved");
		return "redirect:" + APPROVALS;
	}

	@PostMapping("/volunteers/hours/entries/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			entries.reject(CurrentUser.required(), id, reason);
		}
		catch (FieldRejected rejected) {
			return approvals(id, reason, HoursForms.messages(rejected, page), model);
		}
		redirect.addFlashAttribute("notice", "volunteers.hours.rejected");
		return "redirect:" + APPROVALS;
	}

	private String year(UUID id, int year, HourEntryDetails details, FieldMessages errors, Page page, Model model) {
		var volunteer = hours.of(CurrentUser.required(), id, year);
		model.addAttribute("hoursPage", new HoursViews.YearPage(volunteer, HoursViews.years(hours.year(null), year),
				details, HoursViews.kinds(page.messages(), details.kind()), errors, "/volunteers/" + id + "/hours", false));
		return "volunteers/hours/year";
	}

	private String approvals(@Nullable UUID rejecting, @Nullable String reason, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("approvalsPage", new HoursViews.ApprovalsPage(hours.waiting(user, LISTED),
				hours.waitingCount(user), rejecting, reason, errors));
		return "volunteers/hours/approvals";
	}
}
