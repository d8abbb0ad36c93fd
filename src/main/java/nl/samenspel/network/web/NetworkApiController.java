package nl.samenspel.network.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
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

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.network.NetworkOrganisation;
import nl.samenspel.network.NetworkOrganisationDetails;
import nl.samenspel.network.PartnerReferral;
import nl.samenspel.network.Referral;
import nl.samenspel.network.ReferralProgress;
import nl.samenspel.network.ReferralRequest;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.network.Referrals;
import nl.samenspel.network.SocialMap;

/**
 * The social map and referrals over JSON, with the pages' rules: staff see their organisation's referrals (opening
 * one is logged); a PARTNER sees only those addressed to them, with only the child's first name and age, the reason
 * and the contact.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Network", description = "The social map and referrals")
class NetworkApiController {

	private static final String STAFF = nl.samenspel.kernel.Role.STAFF_RULE;

	private final SocialMap map;
	private final Referrals referrals;
	private final ReferralProgress progress;

	NetworkApiController(SocialMap map, Referrals referrals, ReferralProgress progress) {
		this.map = map;
		this.referrals = referrals;
		this.progress = progress;
	}

	@GetMapping("/network/organisations")
	@PreAuthorize(STAFF)
	@Operation(summary = "The social map: the national services and the organisation's own")
	List<NetworkOrganisation> services(@RequestParam(defaultValue = "false") boolean inactive) {
		return map.services(CurrentUser.required().organisationId(), inactive);
	}

	@PostMapping(path = "/network/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	NetworkOrganisation add(@Valid @RequestBody NetworkOrganisationDetails details) {
		return map.add(CurrentUser.required(), details);
	}

	@GetMapping("/network/organisations/{id}")
	@PreAuthorize(STAFF)
	NetworkOrganisation service(@PathVariable UUID id) {
		return map.service(CurrentUser.required().organisationId(), id);
	}

	@PutMapping(path = "/network/organisations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COORDINATOR')")
	NetworkOrganisation update(@PathVariable UUID id, @Valid @RequestBody NetworkOrganisationDetails details) {
		return map.update(CurrentUser.required(), id, details);
	}

	@DeleteMapping("/network/organisations/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@PathVariable UUID id) {
		map.deactivate(CurrentUser.required(), id);
	}

	@GetMapping("/referrals")
	@PreAuthorize(STAFF)
	@Operation(summary = "The organisation's referrals, newest first, without reasons")
	List<Referrals.Summary> referrals(@RequestParam(required = false) @Nullable UUID childId) {
		return referrals.list(CurrentUser.required(), childId);
	}

	@PostMapping(path = "/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Refer a child or family: the reason is sealed; consent of a guardian or the reason there is none",
			description = "To the wijkteam or a school, consentGuardianId needs that consent in the child's consent register "
					+ "(sharing with the wijkteam, with the school); without it the answer is a 400 problem naming "
					+ "consentGuardianId, unless recordConsent is true: then the guardian's spoken consent is recorded in "
					+ "the register with the referral (COORDINATOR and WORKER only).")
	Referral refer(@Valid @RequestBody ReferralRequest request) {
		return referrals.refer(CurrentUser.required(), request);
	}

	@GetMapping("/referrals/{id}")
	@PreAuthorize(STAFF)
	@Operation(summary = "One referral with its reason (the read is logged)")
	Referral referral(@PathVariable UUID id) {
		return referrals.referral(CurrentUser.required(), id);
	}

	/** The new status; declining needs the partner's reason. */
	public record StatusChange(@NotNull @Nullable ReferralStatus status,
			@Size(max = nl.samenspel.network.ReferralProgress.DECLINE_REASON_MAX) @Nullable String reason) {
	}

	@PostMapping(path = "/referrals/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'PARTNER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Move a referral on: staff send or call it off; the partner it is addressed to answers (a decline with its reason) and follows up")
	void status(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
		progress.changeStatus(CurrentUser.required(), id, change.status(), change.reason());
	}

	@GetMapping("/referrals/addressed-to-me")
	@PreAuthorize("hasRole('PARTNER')")
	@Operation(summary = "For a PARTNER: the referrals sent to the organisation they work at (each read is logged)")
	List<PartnerReferral> addressedToMe() {
		return progress.forPartner(CurrentUser.required());
	}
}
