package nl.samenspel.volunteers.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Programme;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.OpenShifts;
import nl.samenspel.volunteers.web.ShiftViews.NeedRow;
import nl.samenspel.volunteers.web.ShiftViews.NeedsPage;

/**
 * For the COORDINATOR: how many volunteers each session of an activity wants. An activity with a number above 0 has
 * open shifts for the volunteers whose availability fits; 0 (the default) has none.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ShiftNeedsController {

	/** The active activities listed at once, by title. */
	static final int ACTIVITIES = 200;

	private final OpenShifts openShifts;
	private final Programme programme;

	ShiftNeedsController(OpenShifts openShifts, Programme programme) {
		this.openShifts = openShifts;
		this.programme = programme;
	}

	@GetMapping("/volunteers/shift-needs")
	String list(@ModelAttribute("page") Page page, Model model) {
		return list(FieldMessages.NONE, null, model);
	}

	@PostMapping("/volunteers/shift-needs/{id}")
	String set(@PathVariable UUID id, @RequestParam(name = "wanted", required = false) @Nullable String wanted,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			openShifts.setWanted(CurrentUser.required(), id, number(wanted));
			redirect.addFlashAttribute("notice", "volunteers.shifts.needSaved");
			return "redirect:/volunteers/shift-needs";
		}
		catch (FieldRejected rejected) {
			return list(FieldMessages.of(rejected, page.messages()), id, model);
		}
	}

	private static int number(@Nullable String wanted) {
		try {
			return wanted == null || wanted.isBlank() ? 0 : Integer.parseInt(wanted.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new FieldRejected("wanted", "volunteers.shifts.error.wantedRange", OpenShifts.MAX_WANTED);
		}
	}

	private String list(FieldMessages errors, @Nullable UUID failed, Model model) {
		var user = CurrentUser.required();
		var wanted = openShifts.wanted(user);
		var rows = programme.activities(user.organisationId(), "", false, PageRequest.of(0, ACTIVITIES)).stream()
			.map(activity -> new NeedRow(activity.id(), activity.title(), wanted.getOrDefault(activity.id(), 0)))
			.toList();
		model.addAttribute("needsPage", new NeedsPage(rows, OpenShifts.MAX_WANTED, errors, failed));
		return "volunteers/shiftNeeds";
	}
}
