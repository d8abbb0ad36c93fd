package nl.samenspel.network.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.NetworkOrganisationDetails;
import nl.samenspel.network.Route;
import nl.samenspel.network.ServiceKind;
import nl.samenspel.network.SocialMap;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;

/** The social map: staff look it up, COORDINATORs keep it up to date and link PARTNER users to it. */
@Controller
@RequestMapping("/network")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class NetworkController {

	private final SocialMap map;
	private final OrganisationManagement organisations;

	NetworkController(SocialMap map, OrganisationManagement organisations) {
		this.map = map;
		this.organisations = organisations;
	}

	@GetMapping
	String list(Model model) {
		var user = CurrentUser.required();
		model.addAttribute("services", new Views.ServiceList(map.services(user.organisationId(), true),
				user.hasRole(Role.COORDINATOR)));
		return "network/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('COORDINATOR')")
	String create(@ModelAttribute("page") Page page, Model model) {
		return form(null, new NetworkOrganisationDetails(ServiceKind.OTHER, null, null, null, null, null, 4, 12, Route.DIRECT,
				List.of()), FieldMessages.NONE, page, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('COORDINATOR')")
	String add(@Valid @ModelAttribute("details") NetworkOrganisationDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			map.add(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "network.saved");
			return "redirect:/network";
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var service = map.service(CurrentUser.required().organisationId(), id);
		return form(id, service.details(), FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") NetworkOrganisationDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		map.service(CurrentUser.required().organisationId(), id);
		return Forms.submit(errors, () -> {
			map.update(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "network.saved");
			return "redirect:/network";
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasRole('COORDINATOR')")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		map.deactivate(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "network.deactivated");
		return "redirect:/network";
	}

	@PostMapping("/{id}/partners")
	@PreAuthorize("hasRole('COORDINATOR')")
	String linkPartner(@PathVariable UUID id, @RequestParam UUID partnerId, RedirectAttributes redirect) {
		map.linkPartner(CurrentUser.required(), id, partnerId);
		redirect.addFlashAttribute("notice", "network.partnerLinked");
		return "redirect:/network/" + id;
	}

	@PostMapping("/{id}/partners/{partnerId}/remove")
	@PreAuthorize("hasRole('COORDINATOR')")
	String unlinkPartner(@PathVariable UUID id, @PathVariable UUID partnerId, RedirectAttributes redirect) {
		map.unlinkPartner(CurrentUser.required(), id, partnerId);
		redirect.addFlashAttribute("notice", "network.partnerUnlinked");
		return "redirect:/network/" + id;
	}

	private String form(@Nullable UUID id, NetworkOrganisationDetails details, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var messages = page.messages();
		var neighbourhoods = organisations.currentNeighbourhoods(user.organisationId()).stream()
			.filter(it -> it.isActive())
			.map(it -> new Option(it.getId().toString(), it.getName(), details.neighbourhoodList().contains(it.getId())))
			.toList();
		var partners = id == null ? List.<Option>of() : map.partnersOf(user.organisationId(), id).stream()
			.map(it -> new Option(it.getId().toString(), it.getDisplayName(), true)).toList();
		var linkable = id == null ? List.<Option>of() : map.partnerUsers(user.organisationId()).stream()
			.filter(it -> partners.stream().noneMatch(linked -> linked.value().equals(it.getId().toString())))
			.map(it -> new Option(it.getId().toString(), it.getDisplayName(), false)).toList();
		model.addAttribute("form", new Views.ServiceForm(id, details,
				Options.enumOptions(ServiceKind.class, "network.kind.", messages, details.kind()),
				Options.enumOptions(Route.class, "network.route.", messages, details.route()), neighbourhoods, errors,
				user.hasRole(Role.COORDINATOR), partners, linkable));
		return "network/form";
	}
}
