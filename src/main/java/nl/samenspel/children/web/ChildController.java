package nl.samenspel.children.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.children.AssentRequest;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.children.ContactDetails;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * The registry for staff: search and list children, register and edit them, and on a child's page see and record
 * guardians, consents, the child's own say, emergency contacts and (for those who may) health information.
 */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class ChildController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildManagement management;
	private final ChildPages pages;
	private final nl.samenspel.ui.PdfDocuments pdfs;

	ChildController(ChildManagement management, ChildPages pages, nl.samenspel.ui.PdfDocuments pdfs) {
		this.management = management;
		this.pages = pages;
		this.pdfs = pdfs;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable UUID neighbourhoodId,
			@RequestParam(defaultValue = "") String school, @RequestParam(defaultValue = "false") boolean review,
			@RequestParam(defaultValue = "false") boolean pending, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var user = CurrentUser.required();
		var query = new ChildQuery(q, minAge, maxAge, neighbourhoodId, school, pending, review);
		var result = management.search(user, query, PageRequest.of(Math.max(page, 0), 25));
		var link = UriComponentsBuilder.fromPath("/children").queryParam("q", SearchTerm.of(q))
			.queryParam("school", SearchTerm.of(school));
		if (minAge != null) {
			link.queryParam("minAge", minAge);
		}
		if (maxAge != null) {
			link.queryParam("maxAge", maxAge);
		}
		if (neighbourhoodId != null) {
			link.queryParam("neighbourhoodId", neighbourhoodId);
		}
		if (review) {
			link.queryParam("review", true);
		}
		if (pending) {
			link.queryParam("pending", true);
		}
		model.addAttribute("children", new Views.ChildList(result.getContent(),
				pages.neighbourhoodNames(user.organisationId()), SearchTerm.of(q), minAge, maxAge,
				pages.neighbourhoodOptions(user.organisationId(), neighbourhoodId), SearchTerm.of(school),
				Pager.of(result, link), user.hasAnyRole(Role.COORDINATOR, Role.WORKER)));
		return "children/list";
	}

	@GetMapping("/new")
	@PreAuthorize(EDITORS)
	String create(@ModelAttribute("page") Page page, Model model) {
		return form(null, new ChildDetails(null, null, null, null, null, null, null, null), FieldMessages.NONE, page,
				model);
	}

	@PostMapping
	@PreAuthorize(EDITORS)
	String register(@Valid @ModelAttribute("details") ChildDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var child = management.register(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "children.saved");
			return "redirect:/children/" + child.getId();
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("view", pages.page(user, management.child(user, id), page.messages(), FieldMessages.NONE,
				null, null, null));
		return "children/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(EDITORS)
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var child = management.child(CurrentUser.required(), id);
		return form(id, new ChildDetails(child.getFirstName(), child.getLastName(), child.getDateOfBirth(),
				child.getGender(), child.getNeighbourhoodId(), child.getPostcode(), child.getSchool(),
				child.getHomeLanguages()), FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(EDITORS)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") ChildDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			management.update(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "children.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/keep")
	@PreAuthorize("hasRole('COORDINATOR')")
	String keep(@PathVariable UUID id, RedirectAttributes redirect) {
		management.keep(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "children.kept");
		return "redirect:/children?review=true";
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(EDITORS)
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		management.approve(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "children.approved");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/guardians")
	@PreAuthorize(EDITORS)
	String addGuardian(@PathVariable UUID id, @Valid @ModelAttribute("guardian") GuardianDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			management.addGuardian(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "guardians.saved");
			return "redirect:/children/" + id;
		}
		return again(id, FieldMessages.of(errors, page.messages()), "guardian", details, null, page, model);
	}

	@PostMapping("/{id}/guardians/link")
	@PreAuthorize(EDITORS)
	String linkGuardian(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID guardianId,
			@RequestParam(required = false) nl.samenspel.children.@Nullable Relation relation,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (guardianId == null) {
				throw new FieldRejected("guardianId", "guardian.error.unknown");
			}
			management.linkGuardian(CurrentUser.required(), id, guardianId,
					relation == null ? nl.samenspel.children.Relation.PARENT : relation);
		}
		catch (FieldRejected rejected) {
			return again(id, FieldMessages.of(rejected, page.messages()), "link", null, null, page, model);
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
			management.inviteGuardian(CurrentUser.required(), id, guardianId, username);
		}
		catch (FieldRejected rejected) {
			return again(id, FieldMessages.of(rejected, page.messages()), "invite-" + guardianId, null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "guardians.invited");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/consents")
	@PreAuthorize(EDITORS)
	String giveConsent(@PathVariable UUID id, @Valid @ModelAttribute("consent") ConsentRequest request,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			management.giveConsent(CurrentUser.required(), id, request);
			redirect.addFlashAttribute("notice", "consents.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> again(id, FieldMessages.of(errors, page.messages()), "consent", null, null, page, model));
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	@PreAuthorize(EDITORS)
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
		management.withdrawConsent(CurrentUser.required(), id, consentId);
		redirect.addFlashAttribute("notice", "consents.withdrawn");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/assents")
	@PreAuthorize(EDITORS)
	String assent(@PathVariable UUID id, @Valid @ModelAttribute("assent") AssentRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			management.recordAssent(CurrentUser.required(), id, request);
			redirect.addFlashAttribute("notice", "assents.saved");
			return "redirect:/children/" + id;
		}
		return again(id, FieldMessages.of(errors, page.messages()), "assent", null, null, page, model);
	}

	@PostMapping("/{id}/contacts")
	@PreAuthorize(EDITORS)
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			management.addContact(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "contacts.saved");
			return "redirect:/children/" + id;
		}
		return again(id, FieldMessages.of(errors, page.messages()), "contact", null, details, page, model);
	}

	@PostMapping("/{id}/contacts/{contactId}/remove")
	@PreAuthorize(EDITORS)
	String removeContact(@PathVariable UUID id, @PathVariable UUID contactId, RedirectAttributes redirect) {
		management.removeContact(CurrentUser.required(), id, contactId);
		redirect.addFlashAttribute("notice", "contacts.removed");
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasRole('COORDINATOR')")
	String merge(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID duplicateId,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (duplicateId == null) {
				throw new FieldRejected("duplicateId", "children.merge.unknown");
			}
			management.merge(CurrentUser.required(), id, duplicateId);
		}
		catch (FieldRejected rejected) {
			return again(id, FieldMessages.of(rejected, page.messages()), "merge", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "children.merged");
		return "redirect:/children/" + id;
	}

	@GetMapping(path = "/{id}/export", produces = "application/json")
	@PreAuthorize("hasRole('COORDINATOR')")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<nl.samenspel.children.ChildExport> export(@PathVariable UUID id) {
		var export = management.export(CurrentUser.required(), id);
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"samenspel-kind-" + id + ".json\"")
			.body(export);
	}

	@GetMapping(path = "/{id}/export.pdf", produces = "application/pdf")
	@PreAuthorize("hasRole('COORDINATOR')")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, @ModelAttribute("page") Page page) {
		var user = CurrentUser.required();
		var export = management.export(user, id);
		var neighbourhood = export.neighbourhoodId() == null ? "–"
				: pages.neighbourhoodNames(user.organisationId()).getOrDefault(export.neighbourhoodId(), "–");
		var pdf = pdfs.render("children/exportPdf", java.util.Map.of("messages", page.messages(), "export", export,
				"neighbourhood", neighbourhood));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"samenspel-kind-" + id + ".pdf\"")
			.body(pdf);
	}

	@PostMapping("/{id}/erase")
	@PreAuthorize("hasRole('COORDINATOR')")
	String erase(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			management.erase(CurrentUser.required(), id);
		}
		catch (FieldRejected rejected) {
			return again(id, FieldMessages.global(page.t(rejected.messageKey())), "erase", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "children.erased");
		return "redirect:/children";
	}

	@PostMapping("/{id}/photo")
	@PreAuthorize(EDITORS)
	String uploadPhoto(@PathVariable UUID id, @RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) throws java.io.IOException {
		try {
			management.uploadPhoto(CurrentUser.required(), id, photo == null ? new byte[0] : photo.getBytes());
		}
		catch (FieldRejected rejected) {
			return again(id, FieldMessages.of(rejected, page.messages()), "photo", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "photo.saved");
		return "redirect:/children/" + id;
	}

	@GetMapping("/{id}/photo")
	@org.springframework.web.bind.annotation.ResponseBody
	org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		return management.photo(CurrentUser.required(), id)
			.map(photo -> org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType(photo.mediaType()))
				.header("Cache-Control", "private, no-store")
				.body(photo.content()))
			.orElseThrow(nl.samenspel.kernel.NotFound::new);
	}

	@GetMapping("/{id}/safety")
	@PreAuthorize(EDITORS)
	String safetyForm(@PathVariable UUID id, Model model) {
		var user = CurrentUser.required();
		var child = management.child(user, id);
		model.addAttribute("form", new Views.SafetyForm(id, child.getName(), management.safety(user, child),
				FieldMessages.NONE, "/children/" + id + "/safety", "/children/" + id));
		return "children/safety";
	}

	@PostMapping("/{id}/safety")
	@PreAuthorize(EDITORS)
	String updateSafety(@PathVariable UUID id, @Valid @ModelAttribute("safety") SafetyDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		if (!errors.hasErrors()) {
			management.updateSafety(user, id, details);
			redirect.addFlashAttribute("notice", "safety.saved");
			return "redirect:/children/" + id;
		}
		var child = management.child(user, id);
		model.addAttribute("form", new Views.SafetyForm(id, child.getName(), details,
				FieldMessages.of(errors, page.messages()), "/children/" + id + "/safety", "/children/" + id));
		return "children/safety";
	}

	private String again(UUID id, FieldMessages errors, String form, @Nullable GuardianDetails guardian,
			@Nullable ContactDetails contact, Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("view", pages.page(user, management.child(user, id), page.messages(), errors, form, guardian,
				contact));
		return "children/show";
	}

	private String form(@Nullable UUID id, ChildDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("form", new Views.ChildForm(id, details, pages.genders(page.messages(), details.gender()),
				pages.neighbourhoodOptions(user.organisationId(), details.neighbourhoodId()), errors,
				id == null ? "/children" : "/children/" + id));
		return "children/form";
	}
}
