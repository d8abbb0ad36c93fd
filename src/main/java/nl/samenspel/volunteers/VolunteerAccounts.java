package nl.samenspel.volunteers;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.InvitationManagement;
import nl.samenspel.organisation.UserAccount;
import nl.samenspel.organisation.UserManagement;

/**
 * The VOLUNTEER account of a volunteer record: a COORDINATOR links an existing one of the organisation (one account
 * per record, one record per account), unlinks it, or invites the volunteer to a new account with the role VOLUNTEER
 * only, through the organisation's ordinary invitation.
 */
@Service
@Transactional
public class VolunteerAccounts {

	private final Volunteers volunteers;
	private final VolunteerRecordStore records;
	private final UserManagement users;
	private final InvitationManagement invitations;
	private final AuditLog audit;

	VolunteerAccounts(Volunteers volunteers, VolunteerRecordStore records, UserManagement users,
			InvitationManagement invitations, AuditLog audit) {
		this.volunteers = volunteers;
		this.records = records;
		this.users = users;
		this.invitations = invitations;
		this.audit = audit;
	}

	/**
	 * Links an active VOLUNTEER account of the organisation to the record: one account per record, one record per
	 * account.
	 */
	public Volunteer linkAccount(CurrentUser user, UUID id, UUID accountId) {
		Volunteers.requireCoordinator(user);
		volunteers.find(user, id);
		var account = users.user(user.organisationId(), accountId);
		if (!account.isActive() || !account.getRoles().contains(Role.VOLUNTEER)) {
			throw new FieldRejected("accountId", "volunteers.record.error.notAVolunteerAccount");
		}
		var linked = records.linkedTo(user.organisationId(), accountId);
		if (linked.isPresent() && !linked.get().equals(id)) {
			throw new FieldRejected("accountId", "volunteers.record.error.accountTaken");
		}
		records.link(user.organisationId(), id, accountId);
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return volunteers.find(user, id);
	}

	/**
	 * Invites the volunteer to an account of their own with the role VOLUNTEER only (the organisation's ordinary
	 * invitation: a link by e-mail that works once) and links it to the record.
	 */
	public Volunteer inviteAccount(CurrentUser user, UUID id, VolunteerInvitation invitation) {
		Volunteers.requireCoordinator(user);
		var volunteer = volunteers.find(user, id);
		if (volunteer.userId() != null) {
			throw new FieldRejected("username", "volunteers.record.error.hasAccount");
		}
		if (volunteer.email() == null) {
			throw new FieldRejected("username", "volunteers.record.error.noEmail");
		}
		if (invitation.username() == null || !invitation.username().matches("[a-z0-9._-]{3,50}")) {
			throw new FieldRejected("username", "validation.username");
		}
		var language = "en".equals(invitation.preferredLanguage()) ? "en" : "nl";
		var account = invitations.invite(user, new InvitationDetails(invitation.username(), volunteer.name(),
				volunteer.email(), Set.of(Role.VOLUNTEER), language)).user();
		records.link(user.organisationId(), id, account.getId());
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return volunteers.find(user, id);
	}

	public Volunteer unlinkAccount(CurrentUser user, UUID id) {
		Volunteers.requireCoordinator(user);
		volunteers.find(user, id);
		records.link(user.organisationId(), id, null);
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return volunteers.find(user, id);
	}

	/** The account linked to the record, as the organisation knows it; empty when none is. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> account(CurrentUser user, Volunteer volunteer) {
		return volunteer.userId() == null ? Optional.empty()
				: Optional.of(users.user(user.organisationId(), volunteer.userId()));
	}

	/** The organisation's active VOLUNTEER accounts linked to no record yet, for the link form. */
	@Transactional(readOnly = true)
	public List<UserAccount> linkableAccounts(CurrentUser user) {
		Volunteers.requireCoordinator(user);
		Set<UUID> linked = records.linkedAccounts(user.organisationId());
		return users.activeUsersWithAnyRole(user.organisationId(), Set.of(Role.VOLUNTEER)).stream()
			.filter(account -> !linked.contains(account.getId())).toList();
	}

}
