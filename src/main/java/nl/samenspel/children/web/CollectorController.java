package nl.samenspel.children.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildCollectors;
import nl.samenspel.children.CollectorDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/**
 * Who may collect a child after an activity, and whether the child may go home alone: kept by staff on the child's
 * record ({@code /children/{id}/collectors}) and by the child's guardians in the parent portal
 * ({@code /portal/children/{id}/collectors}). The same page and rules for both; the service checks who may.
 */
@Controller
class CollectorController {

	private static final String STAFF = "hasAnyRole('COORDINATOR', 'WORKER')";

	private static final String PARENT = "hasRole('PARENT')";

	private final ChildCollectors collectors;

	CollectorController(ChildCollectors collectors) {
		this.collectors = collectors;
	}

	@GetMapping("/children/{id}/collectors")
	@PreAuthorize(STAFF)
	String staffPage(@PathVariable UUID id, Model model) {
		return page(id, "/children/", null, FieldMessages.NONE, model);
	}

	@GetMapping("/portal/children/{id}/collectors")
	@PreAuthorize(PARENT)
	String portalPage(@PathVariable UUID id, Model model) {
		return page(id, "/portal/children/", null, FieldMessages.NONE, model);
	}

	@PostMapping("/children/{id}/collectors")
	@PreAuthorize(STAFF)
	String staffAdd(@PathVariable UUID id, @Valid @ModelAttribute("collector") CollectorDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return add(id, "/children/", details, errors, page, model, redirect);
	}

	@PostMapping("/portal/children/{id}/collectors")
	@PreAuthorize(PARENT)
	String portalAdd(@PathVariable UUID id, @Valid @ModelAttribute("collector") CollectorDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return add(id, "/portal/children/", details, errors, page, model, redirect);
	}

	@PostMapping("/children/{id}/collectors/{collectorId}/remove")
	@PreAuthorize(STAFF)
	String staffRemove(@PathVariable UUID id, @PathVariable UUID collectorId, RedirectAttributes redirect) {
		return remove(id, "/children/", collectorId, redirect);
	}

	@PostMapping("/portal/children/{id}/collectors/{collectorId}/remove")
	@PreAuthorize(PARENT)
	String portalRemove(@PathVariable UUID id, @PathVariable UUID collectorId, RedirectAttributes redirect) {
		return remove(id, "/portal/children/", collectorId, redirect);
	}

	@PostMapping("/children/{id}/collectors/alone")
	@PreAuthorize(STAFF)
	String staffAlone(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean allowed,
			RedirectAttributes redirect) {
		return alone(id, "/children/", allowed, redirect);
	}

	@PostMapping("/portal/children/{id}/collectors/alone")
	@PreAuthorize(PARENT)
	String portalAlone(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean allowed,
			RedirectAttributes redirect) {
		return alone(id, "/portal/children/", allowed, redirect);
	}

	private String add(UUID id, String base, CollectorDetails details, BindingResult errors, Page page, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			collectors.add(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "collectors.saved");
			return "redirect:" + base + id + "/collectors";
		}).orElseGet(() -> page(id, base, details, FieldMessages.of(errors, page.messages()), model));
	}

	private String remove(UUID id, String base, UUID collectorId, RedirectAttributes redirect) {
		collectors.remove(CurrentUser.required(), id, collectorId);
		redirect.addFlashAttribute("notice", "collectors.removed");
		return "redirect:" + base + id + "/collectors";
	}

	private String alone(UUID id, String base, boolean allowed, RedirectAttributes redirect) {
		collectors.goesHomeAlone(CurrentUser.required(), id, allowed);
		redirect.addFlashAttribute("notice", "collectors.aloneSaved");
		return "redirect:" + base + id + "/collectors";
	}

	private String page(UUID id, String base, @Nullable CollectorDetails details, FieldMessages errors, Model model) {
		var sheet = collectors.collection(CurrentUser.required(), id);
		model.addAttribute("view", new Views.CollectorsPage(sheet, base + id,
				details == null ? new CollectorDetails(null, null, null) : details, errors, base.startsWith("/portal")));
		return "children/collectors";
	}
}
