package nl.samenspel.children.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

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

import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildGuardians;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.children.ReadLog;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * The parent portal: a PARENT sees their own children, gives and withdraws consents, keeps safety information up
 * to date, registers a new child (a worker approves it) and sees which staff read their child's record.
 */
@Controller
@RequestMapping("/portal")
@PreAuthorize("hasRole('PARENT')")
class PortalController {

	/** Lines of the read log on a page of the portal. */
	static final int READS_PER_PAGE = 20;

	private final ChildManagement management;
	private final ChildRegistry registry;
	private final ChildGuardians guardianship;
	private final ChildConsents consents;
	private final ChildSafety safetyRecords;
	private final ChildPages pages;
	private final ReadLog readLog;

	PortalController(ChildManagement management, ChildRegistry registry, ChildGuardians guardianship,
			ChildConsents consents, ChildSafety safetyRecords, ChildPages pages, ReadLog readLog) {
		this.readLog = readLog;
		this.management = management;
		this.registry = registry;
		this.guardianship = guardianship;
		this.consents = consents;
		this.safetyRecords = safetyRecords;
		this.pages = pages;
	}

	@GetMapping
	String home(Model model) {
		var parent = CurrentUser.required();
		model.addAttribute("portal", new Views.PortalHome(management.childrenOf(parent),
				management.guardianOf(parent).isPresent()));
		return "portal/home";
	}

	@GetMapping("/children/{id}")
	String child(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int readsPage,
			@ModelAttribute("page") Page page, Model model) {
		return show(id, readsPage, FieldMessages.NONE, page, model);
	}

	@PostMapping("/children/{id}/consents")
	String give(@PathVariable UUID id, @RequestParam(required = false) ConsentPurpose purpose,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		if (purpose == null) {
			return show(id, FieldMessages.of(new FieldRejected("purpose", "NotNull"), page.messages()), page, model);
		}
		consents.giveConsent(CurrentUser.required(), id, new ConsentRequest(null, purpose, ConsentMethod.PORTAL));
		redirect.addFlashAttribute("notice", "consents.saved");
		return "redirect:/portal/children/" + id;
	}

	@PostMapping("/children/{id}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
		consents.withdrawConsent(CurrentUser.required(), id, consentId);
		redirect.addFlashAttribute("notice", "consents.withdrawn");
		return "redirect:/portal/children/" + id;
	}

	@GetMapping("/children/{id}/safety")
	String safetyForm(@PathVariable UUID id, Model model) {
		return pages.safetyForm(id, null, FieldMessages.NONE, "/portal/children/" + id, model);
	}

	@PostMapping("/children/{id}/safety")
	String updateSafety(@PathVariable UUID id, @Valid @ModelAttribute("safety") SafetyDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var parent = CurrentUser.required();
		return Forms.submit(errors, () -> {
			safetyRecords.updateSafety(parent, id, details);
			redirect.addFlashAttribute("notice", "safety.saved");
			return "redirect:/portal/children/" + id;
		}).orElseGet(() -> pages.safetyForm(id, details, FieldMessages.of(errors, page.messages()), "/portal/children/" + id, model));
	}

	@GetMapping("/contact")
	String contactForm(@ModelAttribute("page") Page page, Model model) {
		var guardian = management.guardianOf(CurrentUser.required()).orElseThrow(nl.samenspel.kernel.NotFound::new);
		return contact(new nl.samenspel.children.GuardianDetails(guardian.getName(), nl.samenspel.children.Relation.PARENT,
				guardian.getPhone(), guardian.getEmail(), guardian.getPreferredLanguage()), FieldMessages.NONE, page, model);
	}

	@PostMapping("/contact")
	String updateContact(@Valid @ModelAttribute("guardian") nl.samenspel.children.GuardianDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var parent = CurrentUser.required();
		var guardian = management.guardianOf(parent).orElseThrow(nl.samenspel.kernel.NotFound::new);
		return Forms.submit(errors, () -> {
			guardianship.updateGuardian(parent, guardian.getId(), details);
			redirect.addFlashAttribute("notice", "portal.contactSaved");
			return "redirect:/portal";
		}).orElseGet(() -> contact(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String contact(nl.samenspel.children.GuardianDetails details, FieldMessages errors, Page page, Model model) {
		model.addAttribute("contact", new Views.PortalContact(details, errors,
				List.of(new nl.samenspel.ui.Option("nl", page.t("language.nl"), !"en".equals(details.preferredLanguage())),
						new nl.samenspel.ui.Option("en", page.t("language.en"), "en".equals(details.preferredLanguage())))));
		return "portal/contact";
	}

	@GetMapping("/register")
	String registerForm(@ModelAttribute("page") Page page, Model model) {
		return form(new ChildDetails(null, null, null, null, null, null, null, null), FieldMessages.NONE, page, model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("details") ChildDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			registry.register(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "portal.registered");
			return "redirect:/portal";
		}).orElseGet(() -> form(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String show(UUID id, FieldMessages errors, Page page, Model model) {
		return show(id, 0, errors, page, model);
	}

	private String show(UUID id, int readsPage, FieldMessages errors, Page page, Model model) {
		var parent = CurrentUser.required();
		var child = management.child(parent, id);
		var guardians = management.guardians(child);
		var reads = readLog.forParent(parent, child, PageRequest.of(Math.max(0, readsPage), READS_PER_PAGE));
		var pager = Pager.of(reads, UriComponentsBuilder.fromPath("/portal/children/" + child.getId()));
		model.addAttribute("view", new Views.PortalChild(child, pages.consentLines(child, guardians, page.messages()),
				safetyRecords.safety(parent, child), reads.getContent().stream().map(read -> Views.ReadLine.of(read, page)).toList(),
				pager,
				ChildPages.enumOptions(ConsentPurpose.values(), "consent.purpose.", page.messages(), null), errors));
		return "portal/child";
	}

	private String form(ChildDetails details, FieldMessages errors, Page page, Model model) {
		var parent = CurrentUser.required();
		model.addAttribute("form", new Views.ChildForm(null, details, pages.genders(page.messages(), details.gender()),
				pages.neighbourhoodOptions(parent.organisationId(), details.neighbourhoodId()), errors, "/portal/register"));
		return "portal/register";
	}

}
