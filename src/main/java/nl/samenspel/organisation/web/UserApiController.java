package nl.samenspel.organisation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.PagedResult;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.RoleChange;
import nl.samenspel.organisation.RoleGrantManagement;
import nl.samenspel.organisation.SessionOnly;
import nl.samenspel.organisation.TokenManagement;
import nl.samenspel.organisation.TokenRequest;
import nl.samenspel.organisation.InvitationManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.organisation.web.Resources.RoleGrantResource;
import nl.samenspel.organisation.web.Resources.TokenResource;
import nl.samenspel.organisation.web.Resources.UserResource;

/** Users (ADMIN) and each caller's own personal access tokens. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class UserApiController {

	private final UserManagement users;
	private final InvitationManagement invitations;
	private final TokenManagement tokens;
	private final RoleGrantManagement grants;

	UserApiController(UserManagement users, InvitationManagement invitations, TokenManagement tokens,
			RoleGrantManagement grants) {
		this.grants = grants;
		this.users = users;
		this.invitations = invitations;
		this.tokens = tokens;
	}

	@GetMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "The organisation's users, paged, filtered by user name")
	PagedResult<UserResource> users(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		var result = users.users(CurrentUser.required().organisationId(), Views.limit(q),
				PageRequest.of(page, size, Sort.by("username")));
		return PagedResult.of(result, UserResource::of);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	UserResource user(@PathVariable UUID id) {
		return UserResource.of(users.user(CurrentUser.required().organisationId(), id));
	}

	@PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Tag(name = "Users")
	@Operation(summary = "Invite a user: they get an e-mail with an activation link that works once, for 72 hours",
			description = "ADMIN, COORDINATOR, WORKER and SAFEGUARDING_OFFICER are not given with the account: they "
					+ "become a pending grant (GET /api/v1/role-grants) that another ADMIN of the organisation approves; "
					+ "the account has the other roles at once.")
	UserResource invite(@Valid @RequestBody InvitationDetails details) {
		return UserResource.of(invitations.invite(CurrentUser.required(), details).user());
	}

	@PutMapping(path = "/users/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "Replace a user's roles; their sessions end",
			description = "Removals and roles that open nothing sensitive take effect at once (200, the user). Adding "
					+ "COORDINATOR, WORKER or SAFEGUARDING_OFFICER (they open signals or health data) needs a second "
					+ "ADMIN: those roles become a pending grant (202, the grant) that another ADMIN of the organisation "
					+ "approves at /api/v1/role-grants/{id}/approve; the rest of the change takes effect at once. "
					+ "Refused (400) when the organisation has no other ADMIN who could approve.")
	@ApiResponse(responseCode = "200", description = "All roles changed",
			content = @Content(schema = @Schema(implementation = UserResource.class)))
	@ApiResponse(responseCode = "202", description = "Need-to-know roles wait for a second ADMIN",
			content = @Content(schema = @Schema(implementation = RoleGrantResource.class)))
	ResponseEntity<?> changeRoles(@PathVariable UUID id, @Valid @RequestBody RoleChange change) {
		var result = users.changeRoles(CurrentUser.required(), id, change.roles());
		var pending = result.pending();
		return pending == null ? ResponseEntity.ok(UserResource.of(result.user()))
				: ResponseEntity.accepted().body(RoleGrantResource.of(pending));
	}

	@GetMapping("/role-grants")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "The organisation's role grants waiting for a second ADMIN")
	List<RoleGrantResource> pendingGrants() {
		return grants.pending(CurrentUser.required().organisationId()).stream().map(RoleGrantResource::of).toList();
	}

	@PostMapping("/role-grants/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "Approve a pending role grant: its roles are added and the user's sessions end",
			description = "Only an ADMIN other than the one who requested it and the user it is for (400 otherwise).")
	RoleGrantResource approve(@PathVariable UUID id) {
		return RoleGrantResource.of(grants.approve(CurrentUser.required(), id));
	}

	@PostMapping("/role-grants/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "Reject (or, as its requester, withdraw) a pending role grant")
	RoleGrantResource reject(@PathVariable UUID id) {
		return RoleGrantResource.of(grants.reject(CurrentUser.required(), id));
	}

	@DeleteMapping("/users/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	@Operation(summary = "Deactivate a user: their sessions end at once and their tokens stop working")
	UserResource deactivate(@PathVariable UUID id) {
		return UserResource.of(users.deactivate(CurrentUser.required(), id));
	}

	@PostMapping("/users/{id}/reactivate")
	@PreAuthorize("hasRole('ADMIN')")
	@Tag(name = "Users")
	UserResource reactivate(@PathVariable UUID id) {
		return UserResource.of(users.reactivate(CurrentUser.required(), id));
	}

	@GetMapping("/tokens")
	@Tag(name = "Tokens")
	@Operation(summary = "The caller's own personal access tokens (never their secrets)")
	List<TokenResource> tokens() {
		return tokens.tokens(CurrentUser.required()).stream().map(token -> TokenResource.of(token, null)).toList();
	}

	@PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(SessionOnly.RULE)
	@ResponseStatus(HttpStatus.CREATED)
	@Tag(name = "Tokens")
	@Operation(summary = "Create a token with its scope (READ: GET and HEAD only; READ_WRITE); the answer holds its "
			+ "secret, shown this once. Only from a signed-in session: a token cannot make tokens (403)")
	TokenResource createToken(@Valid @RequestBody TokenRequest request) {
		var created = tokens.create(CurrentUser.required(), request);
		return TokenResource.of(created.token(), created.secret());
	}

	@DeleteMapping("/tokens/{id}")
	@PreAuthorize(SessionOnly.RULE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Tag(name = "Tokens")
	@Operation(summary = "Revoke one of the caller's tokens. Only from a signed-in session: a token cannot revoke "
			+ "tokens (403)")
	void revoke(@PathVariable UUID id) {
		tokens.revoke(CurrentUser.required(), id);
	}
}
