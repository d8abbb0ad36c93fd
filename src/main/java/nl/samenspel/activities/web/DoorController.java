package nl.samenspel.activities.web;

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

import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.CheckOuts;
import nl.samenspel.activities.Collected;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The door's two moments besides a single tap: everyone on the list present at once, and a child leaving ("Vertrekt
 * nu"), where the people allowed to collect the child are shown and who collected is written down.
 */
@Controller
@RequestMapping("/sessions/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'VOLUNTEER')")
class DoorController {

	private final Attendance attendance;
	private final CheckOuts checkOuts;

	DoorController(Attendance attendance, CheckOuts checkOuts) {
		this.attendance = attendance;
		this.checkOuts = checkOuts;
	}

	@PostMapping("/attendance/everyone-present")
	String everyonePresent(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var marked = attendance.markEveryonePresent(CurrentUser.required(), id);
			redirect.addFlashAttribute("markedPresent", marked.lines().size());
		}
		catch (FieldRejected rejected) {
			redirect.addFlashAttribute("notice", rejected.messageKey());
		}
		return "redirect:/sessions/" + id + "#children-heading";
	}

	@GetMapping("/children/{childId}/check-out")
	String door(@PathVariable UUID id, @PathVariable UUID childId, Model model) {
		return door(id, childId, null, null, FieldMessages.NONE, model);
	}

	@PostMapping("/children/{childId}/check-out")
	String checkOut(@PathVariable UUID id, @PathVariable UUID childId,
			@RequestParam(defaultValue = "") String choice, @RequestParam(required = false) @Nullable String otherName,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		try {
			var collected = checkOuts.checkOut(user, id, childId, parse(choice, otherName));
			redirect.addFlashAttribute("notice",
					collected.kind() == Collected.Kind.OTHER ? "collection.savedOther" : "collection.saved");
			return "redirect:/sessions/" + id + "#child-" + childId;
		}
		catch (FieldRejected rejected) {
			return door(id, childId, choice, otherName, FieldMessages.of(rejected, page.messages()), model);
		}
	}

	private String door(UUID id, UUID childId, @Nullable String choice, @Nullable String otherName,
			FieldMessages errors, Model model) {
		var door = checkOuts.door(CurrentUser.required(), id, childId);
		model.addAttribute("door", new Views.DoorPage(door, choice == null ? "" : choice,
				otherName == null ? "" : otherName, errors));
		return "activities/checkOut";
	}

	/** "ALLOWED:&lt;id&gt;", "GUARDIAN:&lt;id&gt;", "ALONE" or "OTHER", as the door's radio buttons send it. */
	static CheckOuts.CheckOut parse(String choice, @Nullable String otherName) {
		var parts = choice.split(":", 2);
		Collected.Kind kind = null;
		UUID person = null;
		try {
			kind = Collected.Kind.valueOf(parts[0]);
			person = parts.length == 2 ? UUID.fromString(parts[1]) : null;
		}
		catch (IllegalArgumentException unknown) {
			kind = null;
		}
		return new CheckOuts.CheckOut(kind, person, otherName);
	}
}
