package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Four eyes on need to know: roles that open signals or health data ({@link RoleGrant#NEED_TO_KNOW}), and ADMIN
 * itself, are requested by one ADMIN (changing a user's roles or inviting them, {@link InvitationManagement}) and take
 * effect when another ADMIN of the organisation approves them; neither the requester nor the
 * user concerned can approve. An organisation without another active ADMIN besides these two cannot grant these
 * roles at all until a second ADMIN is there (or the platform's operator steps in). Every step is
 * audited; the request and the approval are told to the organisation's other ADMINs and SAFEGUARDING_OFFICERs
 * ({@link RoleGrantRequested}, {@link RoleGrantApproved}, mailed by {@code GrantMail}).
 */
@Service
@Transactional
public class RoleGrantManagement {

	private final RoleGrantStore grants;
	private final UserAccounts users;
	private final UserSessions sessions;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RoleGrantManagement(RoleGrantStore grants, UserAccounts users, UserSessions sessions, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.grants = grants;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The roles among these that the user does not have yet and no ADMIN gives alone ({@link RoleGrant#SECOND_ADMIN}):
	 * what needs a second ADMIN.
	 */
	static Set<Role> needingApproval(UserAccount user, Set<Role> roles) {
		var added = EnumSet.noneOf(Role.class);
		roles.stream().filter(RoleGrant.SECOND_ADMIN::contains).filter(role -> !user.getRoles().contains(role))
			.forEach(added::add);
		return added;
	}

	/**
	 * Refuses before anything changes when nobody could approve: no active ADMIN of the organisation other than the
	 * requester and the user concerned.
	 */
	void requireApprover(CurrentUser admin, UserAccount user) {
		var approvers = users.findByOrganisationId(admin.organisationId()).stream()
			.filter(UserAccount::isActive)
			.filter(other -> other.getRoles().contains(Role.ADMIN))
			.filter(other -> !other.getId().equals(admin.id()) && !other.getId().equals(user.getId()))
			.count();
		if (approvers == 0) {
			throw new FieldRejected("roles", "users.grant.secondAdminNeeded");
		}
	}

	/** Records the request; {@link UserManagement#changeRoles} calls it after {@link #requireApprover}. */
	RoleGrant request(CurrentUser admin, UserAccount user, Set<Role> roles) {
		var grant = new RoleGrant(UUID.randomUUID(), admin.organisationId(), user.getId(), EnumSet.copyOf(roles),
				RoleGrant.Status.PENDING, admin.id(), Instant.now(clock), null, null);
		grants.insert(grant);
		audit.record(AuditAction.ROLE_GRANT_REQUESTED, "role_grant", grant.id(), AuditResult.SUCCESS);
		events.publishEvent(new RoleGrantRequested(grant.organisationId(), grant.id(), user.getId(), admin.id()));
		return grant;
	}

	/** The organisation's grants waiting for a second ADMIN. */
	@Transactional(readOnly = true)
	public List<RoleGrant> pending(UUID organisationId) {
		return grants.pending(organisationId);
	}

	/** The grants waiting for a second ADMIN for one user of the organisation. */
	@Transactional(readOnly = true)
	public List<RoleGrant> pending(UUID organisationId, UUID userId) {
		return grants.pending(organisationId).stream().filter(grant -> grant.userId().equals(userId)).toList();
	}

	@Transactional(readOnly = true)
	public RoleGrant grant(UUID organisationId, UUID id) {
		return grants.find(organisationId, id).orElseThrow(NotFound::new);
	}

	/**
	 * Approves a pending grant: the roles are added to the user's roles as they are now, and the user's sessions end.
	 * Refused (and audited as denied) for the requester and for the user concerned.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public RoleGrant approve(CurrentUser admin, UUID id) {
		var grant = grant(admin.organisationId(), id);
		if (!grant.pending()) {
			throw new FieldRejected("grant", "users.grant.decided");
		}
		if (!grant.approvableBy(admin.id())) {
			audit.record(AuditAction.ROLE_GRANT_APPROVED, "role_grant", id, AuditResult.DENIED);
			throw new FieldRejected("grant", "users.grant.otherAdmin");
		}
		if (!grants.decide(admin.organisationId(), id, RoleGrant.Status.APPROVED, admin.id(), Instant.now(clock))) {
			throw new FieldRejected("grant", "users.grant.decided");
		}
		var user = users.findByIdAndOrganisationId(grant.userId(), admin.organisationId()).orElseThrow(NotFound::new);
		var roles = EnumSet.copyOf(grant.roles());
		roles.addAll(user.getRoles());
		user.changeRoles(roles);
		users.save(user);
		sessions.end(user.getUsername(), null);
		audit.record(AuditAction.ROLE_GRANT_APPROVED, "role_grant", id, AuditResult.SUCCESS);
		audit.record(AuditAction.ROLES_CHANGED, "user", user.getId(), AuditResult.SUCCESS);
		events.publishEvent(new RoleGrantApproved(grant.organisationId(), id, user.getId(), admin.id()));
		return grant(admin.organisationId(), id);
	}

	/** Rejects a pending grant; any ADMIN of the organisation may, the requester too (who withdraws it). */
	public RoleGrant reject(CurrentUser admin, UUID id) {
		var grant = grant(admin.organisationId(), id);
		if (!grants.decide(admin.organisationId(), id, RoleGrant.Status.REJECTED, admin.id(), Instant.now(clock))) {
			throw new FieldRejected("grant", "users.grant.decided");
		}
		audit.record(AuditAction.ROLE_GRANT_REJECTED, "role_grant", grant.id(), AuditResult.SUCCESS);
		return grant(admin.organisationId(), id);
	}
}
