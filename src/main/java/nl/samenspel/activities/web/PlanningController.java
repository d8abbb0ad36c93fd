package nl.samenspel.activities.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Coverage;
import nl.samenspel.activities.HolidayDetails;
import nl.samenspel.activities.Holidays;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.Region;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;

/** For coordinators: the organisation's school holidays and the coverage matrix. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class PlanningController {

	private final Holidays holidays;
	private final Coverage coverage;
	private final OrganisationManagement organisations;

	PlanningController(Holidays holidays, Coverage coverage, OrganisationManagement organisations) {
		this.holidays = holidays;
		this.coverage = coverage;
		this.organisations = organisations;
	}

	@GetMapping("/holidays")
	String holidays(@ModelAttribute("page") Page page, Model model) {
		var region = organisations.organisation(CurrentUser.required().organisationId()).getRegion();
		return holidays(new HolidayDetails(null, region, null, null), FieldMessages.NONE, page, model);
	}

	@PostMapping("/holidays")
	String addHoliday(@Valid @ModelAttribute("details") HolidayDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			holidays.addHoliday(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "holidays.saved");
			return "redirect:/holidays";
		}).orElseGet(() -> holidays(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/holidays/{id}/remove")
	String removeHoliday(@PathVariable UUID id, RedirectAttributes redirect) {
		holidays.removeHoliday(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "holidays.removed");
		return "redirect:/holidays";
	}

	private String holidays(HolidayDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var region = organisations.organisation(user.organisationId()).getRegion();
		model.addAttribute("holidays", new Views.HolidayPage(holidays.holidays(user.organisationId()), details,
				Options.enumOptions(Region.class, "region.", page.messages(), details.region()), errors, region));
		return "activities/holidays";
	}

	@GetMapping("/coverage")
	String coverage(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		Coverage.Matrix matrix = null;
		var errors = FieldMessages.NONE;
		try {
			matrix = coverage.matrix(user.organisationId(), nl.samenspel.ui.DateParameter.parse(from, "from", null),
					nl.samenspel.ui.DateParameter.parse(to, "to", null));
		}
		catch (FieldRejected rejected) {
			errors = FieldMessages.of(rejected, page.messages());
		}
		model.addAttribute("coverage", new Views.CoveragePage(matrix, from.length() > 10 ? "" : from,
				to.length() > 10 ? "" : to, errors));
		return "activities/coverage";
	}
}
