package nl.samenspel.volunteers.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.UUID;

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

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.Availabilities;
import nl.samenspel.volunteers.web.ShiftViews.AvailabilityPage;
import nl.samenspel.volunteers.web.ShiftViews.AwayForm;
import nl.samenspel.volunteers.web.ShiftViews.SlotForm;

/**
 * Availability: weekly time slots and periods away. A VOLUNTEER keeps their own at {@code /volunteers/availability};
 * a COORDINATOR keeps any of the organisation's volunteers' at {@code /volunteers/{id}/availability}. A slot that
 * overlaps another, ends before it starts or is one too many is refused next to its field, with nothing saved.
 */
@Controller
class AvailabilityController {

	private static final String OWN = "hasRole('VOLUNTEER')";
	private static final String COORDINATOR = "hasRole('COORDINATOR')";

	private final Availabilities availabilities;

	AvailabilityController(Availabilities availabilities) {
		this.availabilities = availabilities;
	}

	@GetMapping("/volunteers/availability")
	@PreAuthorize(OWN)
	String own(@ModelAttribute("page") Page page, Model model) {
		return page(null, SlotForm.empty(), AwayForm.empty(), FieldMessages.NONE, page, model);
	}

	@GetMapping("/volunteers/{id}/availability")
	@PreAuthorize(COORDINATOR)
	String ofVolunteer(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return page(id, SlotForm.empty(), AwayForm.empty(), FieldMessages.NONE, page, model);
	}

	@PostMapping("/volunteers/availability/slots")
	@PreAuthorize(OWN)
	String addOwnSlot(@Valid @ModelAttribute("slot") SlotForm slot, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return submitSlot(null, slot, errors, page, model, redirect);
	}

	@PostMapping("/volunteers/{id}/availability/slots")
	@PreAuthorize(COORDINATOR)
	String addSlot(@PathVariable UUID id, @Valid @ModelAttribute("slot") SlotForm slot, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return submitSlot(id, slot, errors, page, model, redirect);
	}

	@PostMapping("/volunteers/availability/slots/{slotId}/delete")
	@PreAuthorize(OWN)
	String removeOwnSlot(@PathVariable UUID slotId, RedirectAttributes redirect) {
		availabilities.removeSlot(CurrentUser.required(), null, slotId);
		return done(null, "volunteers.availability.slotRemoved", redirect);
	}

	@PostMapping("/volunteers/{id}/availability/slots/{slotId}/delete")
	@PreAuthorize(COORDINATOR)
	String removeSlot(@PathVariable UUID id, @PathVariable UUID slotId, RedirectAttributes redirect) {
		availabilities.removeSlot(CurrentUser.required(), id, slotId);
		return done(id, "volunteers.availability.slotRemoved", redirect);
	}

	@PostMapping("/volunteers/availability/away")
	@PreAuthorize(OWN)
	String addOwnAway(@Valid @ModelAttribute("away") AwayForm away, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return submitAway(null, away, errors, page, model, redirect);
	}

	@PostMapping("/volunteers/{id}/availability/away")
	@PreAuthorize(COORDINATOR)
	String addAway(@PathVariable UUID id, @Valid @ModelAttribute("away") AwayForm away, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return submitAway(id, away, errors, page, model, redirect);
	}

	@PostMapping("/volunteers/availability/away/{periodId}/delete")
	@PreAuthorize(OWN)
	String removeOwnAway(@PathVariable UUID periodId, RedirectAttributes redirect) {
		availabilities.removeAway(CurrentUser.required(), null, periodId);
		return done(null, "volunteers.availability.awayRemoved", redirect);
	}

	@PostMapping("/volunteers/{id}/availability/away/{periodId}/delete")
	@PreAuthorize(COORDINATOR)
	String removeAway(@PathVariable UUID id, @PathVariable UUID periodId, RedirectAttributes redirect) {
		availabilities.removeAway(CurrentUser.required(), id, periodId);
		return done(id, "volunteers.availability.awayRemoved", redirect);
	}

	private String submitSlot(@Nullable UUID volunteerId, SlotForm slot, BindingResult errors, Page page, Model model,
			RedirectAttributes redirect) {
		var user = CurrentUser.required();
		availabilities.volunteer(user, volunteerId);
		return Forms.submit(errors, () -> {
			availabilities.addSlot(user, volunteerId, slot.day(), slot.from(), slot.until());
			return done(volunteerId, "volunteers.availability.slotAdded", redirect);
		}).orElseGet(() -> page(volunteerId, slot, AwayForm.empty(), FieldMessages.of(errors, page.messages()), page,
				model));
	}

	private String submitAway(@Nullable UUID volunteerId, AwayForm away, BindingResult errors, Page page, Model model,
			RedirectAttributes redirect) {
		var user = CurrentUser.required();
		availabilities.volunteer(user, volunteerId);
		return Forms.submit(errors, () -> {
			availabilities.addAway(user, volunteerId, away.awayFrom(), away.awayUntil(), away.note());
			return done(volunteerId, "volunteers.availability.awayAdded", redirect);
		}).orElseGet(() -> page(volunteerId, SlotForm.empty(), away, FieldMessages.of(errors, page.messages()), page,
				model));
	}

	private static String done(@Nullable UUID volunteerId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + base(volunteerId);
	}

	private static String base(@Nullable UUID volunteerId) {
		return volunteerId == null ? "/volunteers/availability" : "/volunteers/" + volunteerId + "/availability";
	}

	private String page(@Nullable UUID volunteerId, SlotForm slot, AwayForm away, FieldMessages errors, Page page,
			Model model) {
		var user = CurrentUser.required();
		if (volunteerId == null && availabilities.ownRecord(user).isEmpty()) {
			return "volunteers/noRecord";
		}
		var volunteer = availabilities.volunteer(user, volunteerId);
		var days = Arrays.stream(DayOfWeek.values())
			.map(day -> new Option(day.name(), ShiftViews.dayName(day, page.messages().locale()), day == slot.day()))
			.toList();
		model.addAttribute("availabilityPage", new AvailabilityPage(volunteer,
				availabilities.availability(user, volunteerId), volunteerId == null, base(volunteerId), days, slot, away,
				errors));
		return "volunteers/availability";
	}
}
