package nl.samenspel.reporting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.reporting.MunicipalityAccounts;

/**
 * The platform operator's links of MUNICIPALITY users to their municipality: without one, such a user sees no figures.
 * A platform operator only; an organisation's ADMIN gets 403.
 */
@RestController
@Tag(name = "Reports")
@PreAuthorize(MunicipalityAccountApiController.OPERATOR)
class MunicipalityAccountApiController {

	static final String OPERATOR = "hasRole('ADMIN') and @platformOperators.operator(authentication)";

	/** The municipality to link a user to, by its CBS code. */
	record LinkRequest(@NotBlank @Pattern(regexp = "GM\\d{4}", message = "{validation.municipalityCode}")
	@Nullable String municipalityCode) {
	}

	private final MunicipalityAccounts accounts;

	MunicipalityAccountApiController(MunicipalityAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(path = "/api/v1/platform/municipality-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(OPERATOR)
	@Operation(summary = "The MUNICIPALITY users and the municipality each reads the figures of (platform operator only)")
	List<MunicipalityAccounts.Link> links() {
		return accounts.links(CurrentUser.required());
	}

	@PutMapping(path = "/api/v1/platform/municipality-accounts/{username}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(OPERATOR)
	@Operation(summary = "Link an active MUNICIPALITY user to a municipality an organisation works in (platform operator "
			+ "only): 404 for an unknown user, a 400 problem for another role or an unknown municipality")
	MunicipalityAccounts.Link link(@PathVariable String username, @Valid @RequestBody LinkRequest request) {
		return accounts.link(CurrentUser.required(), username, request.municipalityCode());
	}

	@DeleteMapping("/api/v1/platform/municipality-accounts/{username}")
	@PreAuthorize(OPERATOR)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unlink a MUNICIPALITY user: they see no figures any more (platform operator only)")
	void unlink(@PathVariable String username) {
		accounts.unlink(CurrentUser.required(), username);
	}
}
