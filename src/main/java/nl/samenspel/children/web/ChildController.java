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

import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * The registry for staff: search and list children, register and edit them, approve a parent's registration, keep a
 * record listed for review, merge two records of the same child, and the child's page. What is recorded from that
 * page has a controller of its own: {@link GuardianController}, {@link ConsentController}, {@link SafetyController},
 * {@link PhotoController} and {@link PrivacyController}. {@code /children/{id}?form=guardian} (or {@code contact},
 * {@code consent}, {@code assent}, {@code link}, {@code photo}) opens the page with that form unfolded.
 */
@Controller
@RequestMapping("/children")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class ChildController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final ChildManagement management;
	private final ChildRegistry registry;
	private final ChildPages pages;

	ChildController(ChildManagement management, ChildRegistry registry, ChildPages pages) {
		this.management = management;
		this.registry = registry;
		this.pages = pages;
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
			var child = registry.register(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "children.saved");
			return "redirect:/children/" + child.getId();
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String form,
			@ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("view", pages.page(user, management.child(user, id), page, FieldMessages.NONE, form, null,
				null));
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
			registry.update(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "children.saved");
			return "redirect:/children/" + id;
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/keep")
	@PreAuthorize("hasRole('COORDINATOR')")
	String keep(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.keep(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "children.kept");
		return "redirect:/children?review=true";
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(EDITORS)
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.approve(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "children.approved");
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
			registry.merge(CurrentUser.required(), id, duplicateId);
		}
		catch (FieldRejected rejected) {
			return pages.showAgain(id, FieldMessages.of(rejected, page.messages()), "merge", null, null, page, model);
		}
		redirect.addFlashAttribute("notice", "children.merged");
		return "redirect:/children/" + id;
	}

	private String form(@Nullable UUID id, ChildDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("form", new Views.ChildForm(id, details, pages.genders(page.messages(), details.gender()),
				pages.neighbourhoodOptions(user.organisationId(), details.neighbourhoodId()), errors,
				id == null ? "/children" : "/children/" + id));
		return "children/form";
	}
}
