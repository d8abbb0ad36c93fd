package nl.samenspel.children.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildGuardians;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.Relation;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/** A child's guardians, from the child's page: add a new one, link a sibling's, invite one to the portal. */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class GuardianController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildGuardians guardianship;
	private final ChildPages pages;

	GuardianController(ChildGuardians guardianship, ChildPages pages) {
		this.guardianship = guardianship;
		this.pages = pages;
	}

	@PostMapping("/{id}/guardians")
	@PreAuthorize(EDITORS)
	String addGuardian(@PathVariable UUID id, @Valid @ModelAttribute("guardian") GuardianDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			guardianship.addGuardian(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "guardians.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> pages.showAgain(id, FieldMessages.of(errors, page.messages()), "guardian", details, null, page, model));
	}

	@PostMapping("/{id}/guardians/link")
	@PreAuthorize(EDITORS)
	String linkGuardian(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID guardianId,
			@RequestParam(required = false) @Nullable Relation relation, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			if (guardianId == null) {
				throw new FieldRejected("guardianId", "guardian.error.unknown");
			}
			guardianship.linkGuardian(CurrentUser.required(), id, guardianId, relation == null ? Relation.PARENT : relation);
		}
		catch (FieldRejected rejected) {
			return pages.showAgain(id, FieldMessages.of(rejected, page.messages()), "link", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "guardians.saved");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/guardians/{guardianId}/invite")
	@PreAuthorize(EDITORS)
	String invite(@PathVariable UUID id, @PathVariable UUID guardianId, @RequestParam(defaultValue = "") String username,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (!username.matches("[a-z0-9._-]{3,50}")) {
				throw new FieldRejected("username", "validation.username");
			}
			guardianship.inviteGuardian(CurrentUser.required(), id, guardianId, username);
		}
		catch (FieldRejected rejected) {
			return pages.showAgain(id, FieldMessages.of(rejected, page.messages()), "invite-" + guardianId, null, null,
					page, model);
		}
		redirect.addFlashAttribute("notice", "guardians.invited");
		return "redirect:/children/" + id;
	}
}
