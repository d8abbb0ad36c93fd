package nl.samenspel.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.OneTimeLinks.Purpose;

/**
 * The organisation's users as other modules see them (who has which role, who is active), and what an ADMIN decides
 * about an account once it exists: its roles, deactivation and reactivation. Changing a user's roles or deactivating
 * them ends their sessions on every node at once; deactivation also revokes their API tokens and unused links, so
 * nothing the user held keeps working. Invitations are {@link InvitationManagement}'s, passwords
 * {@link PasswordManagement}'s.
 */
@Service
@Transactional
public class UserManagement {

	private final UserAccounts users;
	private final InvitationManagement invitations;
	private final OneTimeLinks links;
	private final UserSessions sessions;
	private final TokenManagement tokens;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final RoleGrantManagement grants;

	UserManagement(UserAccounts users, InvitationManagement invitations, OneTimeLinks links, UserSessions sessions,
			TokenManagement tokens, AuditLog audit, ApplicationEventPublisher events, RoleGrantManagement grants) {
		this.grants = grants;
		this.users = users;
		this.invitations = invitations;
		this.links = links;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The one form of a user name that lookups, login and throttling all use: control characters dropped, trimmed,
	 * lower case. So {@code "ad\u0001min "} is {@code admin} everywhere, and cannot buy extra login attempts.
	 */
	static String canonical(@Nullable String username) {
		return SearchTerm.of(username).toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> users(UUID organisationId, String query, Pageable pageable) {
		return users.findByOrganisationIdAndUsernameContainingIgnoreCase(organisationId, query.strip(), pageable);
	}

	/** The id of the user with this user name in the organisation, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UUID> userId(UUID organisationId, String username) {
		return users.findByUsername(canonical(username)).filter(user -> user.getOrganisationId().equals(organisationId))
			.map(UserAccount::getId);
	}

	/**
	 * A user of the organisation by user name as the services see them signed in with the one role given: for demo
	 * data, which acts through the services as its demo users. Empty when the organisation has no such user.
	 */
	public Optional<nl.samenspel.kernel.CurrentUser> actingAs(UUID organisationId, String username, Role role) {
		return userId(organisationId, username).map(id -> new nl.samenspel.kernel.CurrentUser(id, organisationId,
				username, "Demo", java.util.EnumSet.of(role), "nl", null));
	}

	/** The organisation's active users with one of these roles, by name: who can be put on a session, say. */
	@Transactional(readOnly = true)
	public List<UserAccount> activeUsersWithAnyRole(UUID organisationId, Set<Role> roles) {
		return users.findByOrganisationId(organisationId).stream()
			.filter(UserAccount::isActive)
			.filter(user -> user.getRoles().stream().anyMatch(roles::contains))
			.sorted(java.util.Comparator.comparing(UserAccount::getDisplayName))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount user(UUID organisationId, UUID id) {
		return users.findByIdAndOrganisationId(id, organisationId).orElseThrow(NotFound::new);
	}

	/** Invites a guardian to the parent portal (for the children module): the new PARENT account's id. */
	public UUID inviteParent(UUID organisationId, InvitationDetails details) {
		if (!details.roles().equals(Set.of(Role.PARENT))) {
			throw new IllegalArgumentException("only PARENT accounts are made this way");
		}
		return invitations.inviteWithoutApproval(organisationId, details).getId();
	}

	/**
	 * Replaces the user's roles. Removals and roles that open nothing sensitive take effect at once; roles of
	 * {@link RoleGrant#SECOND_ADMIN} the user does not have yet become a grant that another ADMIN must approve
	 * ({@link RoleGrantManagement}), refused outright when nobody could.
	 */
	public RoleChangeResult changeRoles(CurrentUser admin, UUID id, Set<Role> roles) {
		var user = user(admin.organisationId(), id);
		var approval = RoleGrantManagement.needingApproval(user, roles);
		if (!approval.isEmpty()) {
			grants.requireApprover(admin, user);
		}
		var now = java.util.EnumSet.noneOf(Role.class);
		roles.stream().filter(role -> !approval.contains(role)).forEach(now::add);
		if (user.getRoles().contains(Role.ADMIN) && !now.contains(Role.ADMIN)) {
			rejectLastAdmin(admin.organisationId(), user, "roles");
		}
		if (!now.equals(user.getRoles())) {
			user.changeRoles(now);
			users.save(user);
			sessions.end(user.getUsername(), null);
			audit.record(AuditAction.ROLES_CHANGED, "user", id, AuditResult.SUCCESS);
		}
		return new RoleChangeResult(user, approval.isEmpty() ? null : grants.request(admin, user, approval));
	}

	public UserAccount deactivate(CurrentUser admin, UUID id) {
		var user = user(admin.organisationId(), id);
		if (user.getId().equals(admin.id())) {
			throw new FieldRejected("status", "users.deactivate.self");
		}
		if (user.getRoles().contains(Role.ADMIN)) {
			rejectLastAdmin(admin.organisationId(), user, "status");
		}
		user.deactivate();
		users.save(user);
		links.invalidate(user.getId(), Purpose.ACTIVATION);
		links.invalidate(user.getId(), Purpose.PASSWORD_RESET);
		sessions.end(user.getUsername(), null);
		tokens.revokeAll(user.getId());
		audit.record(AuditAction.USER_DEACTIVATED, "user", id, AuditResult.SUCCESS);
		events.publishEvent(new UserDeactivated(user.getOrganisationId(), user.getId()));
		return user;
	}

	public UserAccount reactivate(CurrentUser admin, UUID id) {
		var user = user(admin.organisationId(), id);
		user.reactivate();
		users.save(user);
		audit.record(AuditAction.USER_REACTIVATED, "user", id, AuditResult.SUCCESS);
		return user;
	}

	private void rejectLastAdmin(UUID organisationId, UserAccount leaving, String field) {
		// Lock the organisation's active ADMINs, so that two ADMINs removing each other at once cannot both succeed.
		if (users.lockOtherActiveAdmins(organisationId, leaving.getId()).isEmpty()) {
			throw new FieldRejected(field, "users.lastAdmin");
		}
	}

	@Nullable CurrentUser load(String username) {
		// an account without a password (a child's own, ChildAccounts) never signs in with one
		return users.findByUsername(canonical(username)).filter(UserAccount::isActive)
			.filter(user -> user.passwordHash() != null).map(UserAccount::toCurrentUser)
			.orElse(null);
	}
}
