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
 * The VOLUNTEER's own hours: the sessions and entries of a year with their totals, a form to log hours (they wait for
 * the coordinator), changing or withdrawing what is not approved, and the yearly statement as a PDF. A user without a
 * volunteer record of their own gets "not found".
 */
@Controller
@PreAuthorize("hasRole('VOLUNTEER')")
class MyHoursController {

	static final String BASE = "/volunteers/my-hours";

	private final VolunteerHours hours;
	private final HourEntries entries;
	private final HoursPdf pdf;

	MyHoursController(VolunteerHours hours, HourEntries entries, HoursPdf pdf) {
		this.hours = hours;
		this.entries = entries;
		this.pdf = pdf;
	}

	@GetMapping(BASE)
	String year(@RequestParam(required = false) @Nullable Integer year, @ModelAttribute("page") Page page, Model model) {
		return year(hours.year(year), HourEntryDetails.blank(), FieldMessages.NONE, page, model);
	}

	@PostMapping(BASE)
	String log(@RequestParam(required = false) @Nullable Integer year,
			@Valid @ModelAttribute("details") HourEntryDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var shown = hours.year(year);
		if (errors.hasErrors()) {
			return year(shown, details, FieldMessages.of(errors, page.messages()), page, model);
		}
		try {
			var entry = entries.submit(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "volunteers.hours.submitted");
			return "redirect:" + BASE + "?year=" + entry.workedOn().getYear();
		}
		catch (FieldRejected rejected) {
			return year(shown, details, HoursForms.messages(rejected, page), page, model);
		}
	}

	@GetMapping(BASE + "/entries/{id}")
	String entry(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var entry = entries.own(CurrentUser.required(), id);
		return entry(id, HourEntryDetails.of(entry), FieldMessages.NONE, page, model);
	}

	@PostMapping(BASE + "/entries/{id}")
	String correct(@PathVariable UUID id, @Valid @ModelAttribute("details") HourEntryDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return entry(id, details, FieldMessages.of(errors, page.messages()), page, model);
		}
		try {
			entries.correct(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "volunteers.hours.submitted");
			return "redirect:" + BASE + "?year=" + details.workedOn().getYear();
		}
		catch (FieldRejected rejected) {
			return entry(id, details, HoursForms.messages(rejected, page), page, model);
		}
	}

	@PostMapping(BASE + "/entries/{id}/delete")
	String withdraw(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var entry = entries.own(user, id);
		try {
			entries.withdraw(user, id);
		}
		catch (FieldRejected rejected) {
			return year(entry.workedOn().getYear(), HourEntryDetails.blank(), HoursForms.messages(rejected, page), page,
					model);
		}
		redirect.addFlashAttribute("notice", "volunteers.hours.withdrawn");
		return "redirect:" + BASE + "?year=" + entry.workedOn().getYear();
	}

	@GetMapping(BASE + "/{year}.pdf")
	@ResponseBody
	ResponseEntity<byte[]> statement(@PathVariable String year, @ModelAttribute("page") Page page) {
		return pdf.download(hours.ownStatement(CurrentUser.required(), HoursForms.pathYear(hours, year)), page);
	}

	private String year(int year, HourEntryDetails details, FieldMessages errors, Page page, Model model) {
		var mine = hours.mine(CurrentUser.required(), year);
		model.addAttribute("hoursPage", new HoursViews.YearPage(mine, HoursViews.years(hours.year(null), year), details,
				HoursViews.kinds(page.messages(), details.kind()), errors, BASE, true));
		return "volunteers/hours/year";
	}

	private String entry(UUID id, HourEntryDetails details, FieldMessages errors, Page page, Model model) {
		var entry = entries.own(CurrentUser.required(), id);
		model.addAttribute("entryPage", new HoursViews.EntryPage(entry, details,
				HoursViews.kinds(page.messages(), details.kind()), errors));
		return "volunteers/hours/entry";
	}
}
