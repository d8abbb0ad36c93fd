package nl.samenspel.volunteers.web;

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

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.PagedResult;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.Missing;
import nl.samenspel.volunteers.ScreeningState;
import nl.samenspel.volunteers.VogDetails;
import nl.samenspel.volunteers.Volunteer;
import nl.samenspel.volunteers.VolunteerDetails;
import nl.samenspel.volunteers.VolunteerQuery;
import nl.samenspel.volunteers.VolunteerScreening;
import nl.samenspel.volunteers.VolunteerStatus;
import nl.samenspel.volunteers.Volunteers;

/**
 * The volunteer records over JSON, for COORDINATORs, with the pages' rules: opening a record is logged; bad input is
 * a 400 problem naming the field, and nothing is saved.
 */
@RestController
@RequestMapping(path = "/api/v1/volunteers", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Volunteers", description = "Volunteer records, the VOG seen and the code of conduct signed")
class VolunteerApiController {

	/** A volunteer as the API shows it, with what keeps them from working at sessions with children today. */
	public record VolunteerResource(UUID id, @Nullable UUID userId, String firstName, String lastName,
			@Nullable String email, @Nullable String phone, @Nullable String skills, @Nullable String languages,
			AgeBand ageBand, VolunteerStatus status, @Nullable LocalDate intakeOn, @Nullable LocalDate codeSignedOn,
			@Nullable String codeVersion, @Nullable LocalDate vogIssuedOn, @Nullable String vogProfile,
			@Nullable UUID vogCheckedBy, @Nullable LocalDate vogCheckedOn, @Nullable LocalDate vogRenewalDue,
			@Nullable LocalDate deactivatedOn, boolean cleared, List<Missing> missing) {

		static VolunteerResource of(Volunteer it, LocalDate today) {
			var missing = it.missingOn(today).stream().sorted().toList();
			return new VolunteerResource(it.id(), it.userId(), it.firstName(), it.lastName(), it.email(), it.phone(),
					it.skills(), it.languages(), it.ageBand(), it.status(), it.intakeOn(), it.codeSignedOn(),
					it.codeVersion(), it.vogIssuedOn(), it.vogProfile(), it.vogCheckedBy(), it.vogCheckedOn(),
					it.vogRenewalDue(), it.deactivatedOn(), missing.isEmpty(), missing);
		}
	}

	private final Volunteers volunteers;
	private final VolunteerScreening screening;

	VolunteerApiController(Volunteers volunteers, VolunteerScreening screening) {
		this.volunteers = volunteers;
		this.screening = screening;
	}

	@GetMapping
	@Operation(summary = "The organisation's volunteers by name, with where each stands with the safety rule today",
			description = "q: part of the name; status: APPLICANT, ACTIVE or INACTIVE; screening: CLEARED (may work at "
					+ "sessions with children today), RENEWAL_DUE (cleared, VOG due for renewal within 60 days) or "
					+ "MISSING (something is missing: see each volunteer's missing list).")
	PagedResult<VolunteerResource> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable VolunteerStatus status,
			@RequestParam(required = false) @Nullable ScreeningState screening,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var today = volunteers.today();
		var result = volunteers.search(CurrentUser.required(), new VolunteerQuery(q, status, screening),
				PageRequest.of(page, size));
		return PagedResult.of(result, volunteer -> VolunteerResource.of(volunteer, today));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A volunteer's record (the read is logged)")
	VolunteerResource volunteer(@PathVariable UUID id) {
		return VolunteerResource.of(volunteers.view(CurrentUser.required(), id), volunteers.today());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a volunteer (ACTIVE, not yet screened)")
	VolunteerResource register(@Valid @RequestBody VolunteerDetails details) {
		return VolunteerResource.of(volunteers.register(CurrentUser.required(), details), volunteers.today());
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a volunteer's contact details, what they bring, age band and intake date")
	VolunteerResource update(@PathVariable UUID id, @Valid @RequestBody VolunteerDetails details) {
		return VolunteerResource.of(volunteers.update(CurrentUser.required(), id, details), volunteers.today());
	}

	@PutMapping(path = "/{id}/vog", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the VOG that was seen (no scan): checked by the caller, today",
			description = "issuedOn may not lie in the future. profile: ASPECT_84 (the default for work with children), "
					+ "ASPECT_86, PROFILE_45 or OTHER with otherProfile. renewalDue is the issue date plus the "
					+ "organisation's policy years when left out; given, it must lie after the issue date and not "
					+ "beyond the policy. A rule broken is a 400 problem naming the field, and nothing is saved.")
	VolunteerResource vog(@PathVariable UUID id, @Valid @RequestBody VogDetails vog) {
		return VolunteerResource.of(screening.recordVog(CurrentUser.required(), id, vog), volunteers.today());
	}
}
