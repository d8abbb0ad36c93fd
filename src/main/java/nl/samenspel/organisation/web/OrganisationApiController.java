package nl.samenspel.organisation.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.PagedResult;
import nl.samenspel.organisation.LocationDetails;
import nl.samenspel.organisation.MunicipalityDetails;
import nl.samenspel.organisation.NeighbourhoodDetails;
import nl.samenspel.organisation.NeighbourhoodAdoption;
import nl.samenspel.organisation.NeighbourhoodImport;
import nl.samenspel.organisation.OrganisationDetails;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.PlatformOperators;
import nl.samenspel.organisation.web.Resources.ImportResource;
import nl.samenspel.organisation.web.Resources.LocationResource;
import nl.samenspel.organisation.web.Resources.MunicipalityResource;
import nl.samenspel.organisation.web.Resources.NeighbourhoodResource;
import nl.samenspel.organisation.web.Resources.OrganisationResource;
import nl.samenspel.ui.Pages;

/**
 * The organisation's data over JSON, with the same rules as the pages: everything is scoped to the caller's
 * organisation, and ids of other organisations' rows answer 404. DELETE deactivates; nothing is ever removed.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisation", description = "The organisation, its municipalities, neighbourhoods and locations")
class OrganisationApiController {

	private final OrganisationManagement management;
	private final NeighbourhoodImport cbs;
	private final NeighbourhoodAdoption adoption;
	private final Pages pages;

	OrganisationApiController(OrganisationManagement management, NeighbourhoodImport cbs,
			NeighbourhoodAdoption adoption, Pages pages) {
		this.management = management;
		this.cbs = cbs;
		this.adoption = adoption;
		this.pages = pages;
	}

	@GetMapping("/organisation")
	@Operation(summary = "The caller's organisation")
	OrganisationResource organisation() {
		return OrganisationResource.of(management.organisation(organisationId()));
	}

	@PutMapping(path = "/organisation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change the organisation's name, school-holiday region and whether every staff member must have a "
			+ "second factor (secondFactorForAllStaff; left out: unchanged) (ADMIN)")
	OrganisationResource updateOrganisation(@Valid @RequestBody OrganisationDetails details) {
		return OrganisationResource.of(management.updateOrganisation(organisationId(), details));
	}

	// municipalities

	@GetMapping("/municipalities")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Operation(summary = "The municipalities the organisation works in")
	List<MunicipalityResource> municipalities() {
		return management.municipalities(organisationId()).stream().map(MunicipalityResource::of).toList();
	}

	@GetMapping("/municipalities/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	MunicipalityResource municipality(@PathVariable UUID id) {
		return MunicipalityResource.of(management.municipality(organisationId(), id));
	}

	@PostMapping(path = "/municipalities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	MunicipalityResource addMunicipality(@Valid @RequestBody MunicipalityDetails details) {
		return MunicipalityResource.of(management.addMunicipality(organisationId(), details));
	}

	@PutMapping(path = "/municipalities/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	MunicipalityResource updateMunicipality(@PathVariable UUID id, @Valid @RequestBody MunicipalityDetails details) {
		return MunicipalityResource.of(management.updateMunicipality(organisationId(), id, details));
	}

	@DeleteMapping("/municipalities/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deactivate a municipality (it is kept for history)")
	void deactivateMunicipality(@PathVariable UUID id) {
		management.deactivateMunicipality(organisationId(), id);
	}

	// neighbourhoods

	@GetMapping("/neighbourhoods")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@Operation(summary = "Neighbourhoods, paged, filtered by name")
	PagedResult<NeighbourhoodResource> neighbourhoods(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var result = management.neighbourhoods(organisationId(), Views.limit(q),
				PageRequest.of(page, size, Sort.by("name").and(Sort.by("cbsYear").descending())));
		return PagedResult.of(result, NeighbourhoodResource::of);
	}

	@GetMapping("/neighbourhoods/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	NeighbourhoodResource neighbourhood(@PathVariable UUID id) {
		return NeighbourhoodResource.of(management.neighbourhood(organisationId(), id));
	}

	@PostMapping(path = "/neighbourhoods", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	NeighbourhoodResource addNeighbourhood(@Valid @RequestBody NeighbourhoodDetails details) {
		return NeighbourhoodResource.of(management.addNeighbourhood(organisationId(), details));
	}

	@PutMapping(path = "/neighbourhoods/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	NeighbourhoodResource updateNeighbourhood(@PathVariable UUID id, @Valid @RequestBody NeighbourhoodDetails details) {
		return NeighbourhoodResource.of(management.updateNeighbourhood(organisationId(), id, details));
	}

	@DeleteMapping("/neighbourhoods/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivateNeighbourhood(@PathVariable UUID id) {
		management.deactivateNeighbourhood(organisationId(), id);
	}

	@PostMapping(path = "/neighbourhoods/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN') and @platformOperators.operator(authentication)")
	@Operation(summary = "Import a CBS 'Kerncijfers wijken en buurten' CSV into the platform's copy of the CBS figures: "
			+ "a platform operator only (403 problem for anyone else); all or nothing; 400 lists every bad line")
	ResponseEntity<ImportResource> importNeighbourhoods(@RequestParam(required = false) MultipartFile file,
			@RequestParam @Min(1990) @Max(2100) int year) throws IOException {
		var user = CurrentUser.required();
		if (!cbs.mayImport(user)) {
			throw new PlatformOperators.NotPlatformOperator();
		}
		if (file == null || file.isEmpty()) {
			throw new FieldRejected("file", "cbs.error.noFile");
		}
		try (var in = file.getInputStream()) {
			var result = cbs.importFile(user, in, year);
			return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
				.body(ImportResource.of(result));
		}
	}

	@PostMapping("/neighbourhoods/adopt")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Take over the platform's CBS neighbourhoods of a year in the organisation's active municipalities "
			+ "as the organisation's own (new ones added, known ones updated, hand-typed 4-12 counts and deactivations kept)")
	ImportResource adoptNeighbourhoods(@RequestParam @Min(1990) @Max(2100) int year) {
		if (!cbs.years().contains(year)) {
			throw new FieldRejected("year", "cbs.error.unknownYear");
		}
		return ImportResource.of(adoption.adopt(organisationId(), year));
	}

	@ExceptionHandler(PlatformOperators.NotPlatformOperator.class)
	ResponseEntity<ProblemDetail> notPlatformOperator(HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, pages.messages(request).t("cbs.operatorOnly"));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	// locations

	@GetMapping("/locations")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'WORKER')")
	@Operation(summary = "Locations, paged, filtered by name")
	PagedResult<LocationResource> locations(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var result = management.locations(organisationId(), Views.limit(q), PageRequest.of(page, size, Sort.by("name")));
		return PagedResult.of(result, LocationResource::of);
	}

	@GetMapping("/locations/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'WORKER')")
	LocationResource location(@PathVariable UUID id) {
		return LocationResource.of(management.location(organisationId(), id));
	}

	@PostMapping(path = "/locations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	LocationResource addLocation(@Valid @RequestBody LocationDetails details) {
		return LocationResource.of(management.addLocation(organisationId(), details));
	}

	@PutMapping(path = "/locations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	LocationResource updateLocation(@PathVariable UUID id, @Valid @RequestBody LocationDetails details) {
		return LocationResource.of(management.updateLocation(organisationId(), id, details));
	}

	@DeleteMapping("/locations/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivateLocation(@PathVariable UUID id) {
		management.deactivateLocation(organisationId(), id);
	}

	private static UUID organisationId() {
		return CurrentUser.required().organisationId();
	}
}
