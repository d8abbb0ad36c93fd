package nl.samenspel.organisation.web;

import java.io.IOException;
import java.time.Year;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Municipality;
import nl.samenspel.organisation.NeighbourhoodDetails;
import nl.samenspel.organisation.NeighbourhoodAdoption;
import nl.samenspel.organisation.NeighbourhoodImport;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.PlatformOperators;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * Neighbourhoods with their child counts: COORDINATORs read them, ADMINs edit them and take them over from the
 * platform's CBS figures, which only a platform operator imports.
 */
@Controller
@RequestMapping("/neighbourhoods")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class NeighbourhoodController {

	private final OrganisationManagement management;
	private final NeighbourhoodImport cbs;
	private final NeighbourhoodAdoption adoption;

	NeighbourhoodController(OrganisationManagement management, NeighbourhoodImport cbs,
			NeighbourhoodAdoption adoption) {
		this.management = management;
		this.cbs = cbs;
		this.adoption = adoption;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var user = CurrentUser.required();
		var query = Views.limit(q);
		var result = management.neighbourhoods(user.organisationId(), query,
				PageRequest.of(Math.max(page, 0), Views.PAGE_SIZE, Sort.by("name").and(Sort.by("cbsYear").descending())));
		var names = management.municipalities(user.organisationId()).stream()
			.collect(java.util.stream.Collectors.toMap(Municipality::getId, Municipality::getName));
		var rows = result.getContent().stream()
			.map(it -> new Views.NeighbourhoodRow(it, names.getOrDefault(it.getMunicipalityId(), "")))
			.toList();
		model.addAttribute("neighbourhoods", new Views.NeighbourhoodList(rows, query,
				Pager.of(result, "/neighbourhoods", query), user.hasRole(Role.ADMIN)));
		return "organisation/neighbourhoods";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String create(Model model) {
		var empty = new NeighbourhoodDetails(null, null, null, null, Year.now().getValue() - 1, null, null, null, true);
		return form(null, empty, FieldMessages.NONE, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String add(@Valid @ModelAttribute("details") NeighbourhoodDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			management.addNeighbourhood(CurrentUser.required().organisationId(), details);
			redirect.addFlashAttribute("notice", "neighbourhoods.saved");
			return "redirect:/neighbourhoods";
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), model));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable UUID id, Model model) {
		var it = management.neighbourhood(CurrentUser.required().organisationId(), id);
		var details = new NeighbourhoodDetails(it.getMunicipalityId(), it.getCode(), it.getDistrictCode(), it.getName(),
				it.getCbsYear(), it.getChildren0to14(), it.isChildren4to12Estimated() ? null : it.getChildren4to12(),
				it.getLandAreaHectares(), it.isActive());
		return form(id, details, FieldMessages.NONE, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") NeighbourhoodDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var organisationId = CurrentUser.required().organisationId();
		management.neighbourhood(organisationId, id);
		return Forms.submit(errors, () -> {
			management.updateNeighbourhood(organisationId, id, details);
			redirect.addFlashAttribute("notice", "neighbourhoods.saved");
			return "redirect:/neighbourhoods";
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), model));
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasRole('ADMIN')")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		management.deactivateNeighbourhood(CurrentUser.required().organisationId(), id);
		redirect.addFlashAttribute("notice", "neighbourhoods.deactivated");
		return "redirect:/neighbourhoods";
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importForm(Model model) {
		model.addAttribute("cbsImport", view(Year.now().getValue() - 1, null, null, false));
		return "organisation/import";
	}

	/** The upload of a CBS file into the platform's copy: a platform operator only (403 for anyone else). */
	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMIN') and @platformOperators.operator(authentication)")
	String importFile(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String year, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) throws IOException {
		var user = CurrentUser.required();
		if (!cbs.mayImport(user)) {
			throw new PlatformOperators.NotPlatformOperator();
		}
		var view = htmx != null ? "organisation/importResult" : "organisation/import";
		int cbsYear = year(year);
		if (cbsYear < 1990 || cbsYear > 2100) {
			model.addAttribute("cbsImport", view(Year.now().getValue() - 1, null, "cbs.error.year", false));
			return view;
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("cbsImport", view(cbsYear, null, "cbs.error.noFile", false));
			return view;
		}
		try (var in = file.getInputStream()) {
			var result = cbs.importFile(user, in, cbsYear);
			model.addAttribute("cbsImport", view(cbsYear, result, null, false));
		}
		return view;
	}

	/** Takes over the platform's neighbourhoods of a CBS year in the organisation's municipalities. */
	@PostMapping("/adopt")
	@PreAuthorize("hasRole('ADMIN')")
	String adopt(@RequestParam(required = false) String year,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var view = htmx != null ? "organisation/importResult" : "organisation/import";
		int cbsYear = year(year);
		if (!cbs.years().contains(cbsYear)) {
			model.addAttribute("cbsImport", view(Year.now().getValue() - 1, null, "cbs.error.unknownYear", true));
			return view;
		}
		var result = adoption.adopt(CurrentUser.required().organisationId(), cbsYear);
		model.addAttribute("cbsImport", view(cbsYear, result, null, true));
		return view;
	}

	private Views.ImportView view(int year, NeighbourhoodImport.Result result, String error, boolean adopted) {
		return new Views.ImportView(year, result, error, cbs.mayImport(CurrentUser.required()), cbs.years(), adopted);
	}

	private static int year(String year) {
		try {
			return Integer.parseInt(year == null ? "" : year.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private String form(UUID id, NeighbourhoodDetails details, FieldMessages errors, Model model) {
		List<Municipality> municipalities = management.municipalities(CurrentUser.required().organisationId());
		model.addAttribute("form", new Views.NeighbourhoodForm(id, details,
				Options.options(municipalities, Municipality::getId, it -> it.getName() + " (" + it.getCode() + ")",
						details.municipalityId()),
				errors));
		return "organisation/neighbourhoodForm";
	}
}
