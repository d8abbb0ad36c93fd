package nl.samenspel.children.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.children.Child;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildGuardians;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildPrivacy;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.ChildStatus;
import nl.samenspel.children.ChildSummary;
import nl.samenspel.children.Consent;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.children.EmergencyContact;
import nl.samenspel.children.Gender;
import nl.samenspel.children.Guardian;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.Relation;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.PagedResult;

/**
 * The registry over JSON, for staff, with the same rules as the pages: every read of a record or of health
 * information is logged; health information has its own endpoint.
 */
@RestController
@RequestMapping(path = "/api/v1/children", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
@Tag(name = "Children", description = "Children, guardians, consents and safety information")
class ChildApiController {

	private static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER')";

	public record GuardianResource(UUID id, String name, @Nullable Relation relation, @Nullable String phone,
			@Nullable String email, String preferredLanguage, boolean portalAccount) {
	}

	public record ConsentResource(UUID id, UUID guardianId, ConsentPurpose purpose, ConsentMethod method,
			int textVersion, Instant givenAt, @Nullable Instant withdrawnAt) {

		static ConsentResource of(Consent it) {
			return new ConsentResource(it.getId(), it.getGuardianId(), it.getPurpose(), it.getMethod(),
					it.getTextVersion(), it.getGivenAt(), it.getWithdrawnAt());
		}
	}

	public record ChildResource(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
			@Nullable UUID neighbourhoodId, @Nullable String postcode, @Nullable String school,
			@Nullable String homeLanguages, ChildStatus status, List<GuardianResource> guardians,
			List<ConsentResource> consents, List<EmergencyContact> emergencyContacts) {
	}

	private final ChildManagement management;
	private final ChildRegistry registry;
	private final ChildGuardians guardianship;
	private final ChildConsents consents;
	private final ChildSafety safetyRecords;
	private final ChildPrivacy privacy;

	ChildApiController(ChildManagement management, ChildRegistry registry, ChildGuardians guardianship,
			ChildConsents consents, ChildSafety safetyRecords, ChildPrivacy privacy) {
		this.management = management;
		this.registry = registry;
		this.guardianship = guardianship;
		this.consents = consents;
		this.safetyRecords = safetyRecords;
		this.privacy = privacy;
	}

	@GetMapping
	@Operation(summary = "Search children by name (accents and case do not matter), age, neighbourhood and school")
	PagedResult<ChildSummary> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Min(0) @Max(100) @Nullable Integer minAge,
			@RequestParam(required = false) @Min(0) @Max(100) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable UUID neighbourhoodId,
			@RequestParam(defaultValue = "") String school, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var result = management.search(CurrentUser.required(),
				new ChildQuery(q, minAge, maxAge, neighbourhoodId, school, false), PageRequest.of(page, size));
		return PagedResult.of(result, summary -> summary);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A child's record (the read is logged); health information is at /safety")
	ChildResource child(@PathVariable UUID id) {
		var child = management.child(CurrentUser.required(), id);
		return resource(child);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	ChildResource register(@Valid @RequestBody ChildDetails details) {
		return resource(registry.register(CurrentUser.required(), details));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	ChildResource update(@PathVariable UUID id, @Valid @RequestBody ChildDetails details) {
		return resource(registry.update(CurrentUser.required(), id, details));
	}

	@GetMapping("/{id}/safety")
	@PreAuthorize(EDITORS)
	@Operation(summary = "Allergies, medication, diet and medical notes (the read is logged)")
	SafetyDetails safety(@PathVariable UUID id) {
		var user = CurrentUser.required();
		return safetyRecords.safety(user, management.child(user, id));
	}

	@PutMapping(path = "/{id}/safety", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void updateSafety(@PathVariable UUID id, @Valid @RequestBody SafetyDetails details) {
		safetyRecords.updateSafety(CurrentUser.required(), id, details);
	}

	@PostMapping(path = "/{id}/guardians", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	GuardianResource addGuardian(@PathVariable UUID id, @Valid @RequestBody GuardianDetails details) {
		var guardian = guardianship.addGuardian(CurrentUser.required(), id, details);
		return guardian(guardian, details.relation());
	}

	public record LinkRequest(@jakarta.validation.constraints.NotNull @Nullable Relation relation) {
	}

	@PostMapping(path = "/{id}/guardians/{guardianId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Link a guardian the organisation already knows (a brother's or sister's parent)")
	void linkGuardian(@PathVariable UUID id, @PathVariable UUID guardianId, @Valid @RequestBody LinkRequest request) {
		guardianship.linkGuardian(CurrentUser.required(), id, guardianId, request.relation());
	}

	@GetMapping("/{id}/consents")
	@Operation(summary = "Every consent given for the child, withdrawn ones included, newest first")
	List<ConsentResource> consents(@PathVariable UUID id) {
		return management.child(CurrentUser.required(), id).consentHistory().stream().map(ConsentResource::of).toList();
	}

	@PostMapping(path = "/{id}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	ConsentResource giveConsent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
		return ConsentResource.of(consents.giveConsent(CurrentUser.required(), id, request));
	}

	@DeleteMapping("/{id}/consents/{consentId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a consent (it stays in the history)")
	void withdraw(@PathVariable UUID id, @PathVariable UUID consentId) {
		consents.withdrawConsent(CurrentUser.required(), id, consentId);
	}

	public record MergeRequest(@jakarta.validation.constraints.NotNull @Nullable UUID duplicateId) {
	}

	@PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COORDINATOR')")
	@Operation(summary = "Merge a duplicate record into this one: everything moves here, the duplicate goes")
	ChildResource merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request) {
		return resource(registry.merge(CurrentUser.required(), id, request.duplicateId()));
	}

	@GetMapping("/{id}/export")
	@PreAuthorize("hasRole('COORDINATOR')")
	@Operation(summary = "Everything held about the child, for an access request (audited)")
	nl.samenspel.children.ChildExport export(@PathVariable UUID id) {
		return privacy.export(CurrentUser.required(), id);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase the child's personal data (anonymous statistics stay)")
	void erase(@PathVariable UUID id) {
		privacy.erase(CurrentUser.required(), id);
	}

	private ChildResource resource(Child child) {
		var relations = child.getGuardians();
		var guardians = management.guardians(child).stream()
			.map(guardian -> guardian(guardian, relations.stream()
				.filter(link -> link.guardianId().equals(guardian.getId())).findFirst()
				.map(link -> link.relation()).orElse(null)))
			.toList();
		return new ChildResource(child.getId(), child.getFirstName(), child.getLastName(), child.getDateOfBirth(),
				child.getGender(), child.getNeighbourhoodId(), child.getPostcode(), child.getSchool(),
				child.getHomeLanguages(), child.getStatus(), guardians,
				child.consentHistory().stream().map(ConsentResource::of).toList(), child.getContacts());
	}

	private static GuardianResource guardian(Guardian guardian, @Nullable Relation relation) {
		return new GuardianResource(guardian.getId(), guardian.getName(), relation, guardian.getPhone(),
				guardian.getEmail(), guardian.getPreferredLanguage(), guardian.getAppUserId() != null);
	}
}
