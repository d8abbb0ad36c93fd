package nl.samenspel.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.LocationDetails;
import nl.samenspel.organisation.LocationType;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/** The organisation's locations: workers look them up, ADMINs and COORDINATORs keep them up to date. */
@Controller
@RequestMapping("/locations")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'WORKER')")
class LocationController {

	private final OrganisationManagement management;

	LocationController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var user = CurrentUser.required();
		var query = Views.limit(q);
		var result = management.locations(user.organisationId(), query,
				PageRequest.of(Math.max(page, 0), Views.PAGE_SIZE, Sort.by("name")));
		model.addAttribute("locations", new Views.LocationList(result.getContent(), query,
				Pager.of(result, "/locations", query), user.hasAnyRole(Role.ADMIN, Role.COORDINATOR)));
		return "organisation/locations";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String create(@ModelAttribute("page") Page page, Model model) {
		var empty = new LocationDetails(null, null, null, null, null, null, null, null, true);
		return form(null, empty, FieldMessages.NONE, page, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String add(@Valid @ModelAttribute("details") LocationDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			management.addLocation(CurrentUser.required().organisationId(), details);
			redirect.addFlashAttribute("notice", "locations.saved");
			return "redirect:/locations";
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var location = management.location(CurrentUser.required().organisationId(), id);
		var details = new LocationDetails(location.getName(), location.getType(), location.getStreet(),
				location.getPostcode(), location.getCity(), location.getNeighbourhoodId(), location.getLatitude(),
				location.getLongitude(), location.isActive());
		return form(id, details, FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") LocationDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var organisationId = CurrentUser.required().organisationId();
		management.location(organisationId, id);
		return Forms.submit(errors, () -> {
			management.updateLocation(organisationId, id, details);
			redirect.addFlashAttribute("notice", "locations.saved");
			return "redirect:/locations";
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		management.deactivateLocation(CurrentUser.required().organisationId(), id);
		redirect.addFlashAttribute("notice", "locations.deactivated");
		return "redirect:/locations";
	}

	private String form(UUID id, LocationDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var messages = page.messages();
		model.addAttribute("form", new Views.LocationForm(id, details,
				Options.enumOptions(LocationType.class, "location.type.", messages, details.type()),
				Options.options(management.currentNeighbourhoods(user.organisationId()), it -> it.getId(),
						it -> it.getName() + " (" + it.getCode() + ")", details.neighbourhoodId()),
				errors, user.hasAnyRole(Role.ADMIN, Role.COORDINATOR)));
		return "organisation/locationForm";
	}
}
