package nl.samenspel.children;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.UserManagement;

/**
 * A child's guardians: adding a new one or linking one the organisation already knows (a brother's or sister's
 * parent), correcting their details (staff, or the guardian themselves), and inviting them to the parent portal.
 */
@Service
@Transactional
public class ChildGuardians {

	private final Guardians guardians;
	private final ChildStore store;
	private final ChildRecords records;
	private final AuditLog audit;
	private final UserManagement users;

	ChildGuardians(Guardians guardians, ChildStore store, ChildRecords records, AuditLog audit, UserManagement users) {
		this.guardians = guardians;
		this.store = store;
		this.records = records;
		this.audit = audit;
		this.users = users;
	}

	/** Adds a new guardian to the child. */
	public Guardian addGuardian(CurrentUser user, UUID childId, GuardianDetails details) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, childId);
		var guardian = guardians.save(new Guardian(user.organisationId(), details, records.now()));
		child.link(guardian.getId(), details.relation());
		records.save(child, "child");
		audit.record(AuditAction.CREATED, "guardian", guardian.getId(), AuditResult.SUCCESS);
		return guardian;
	}

	/**
	 * Guardians the organisation already knows who may also be this child's: those of children with the same last
	 * name (brothers and sisters), not yet linked.
	 */
	@Transactional(readOnly = true)
	public List<Guardian> siblingGuardians(CurrentUser user, Child child) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var ids = store.guardiansOfNamesakes(user.organisationId(), child.getId(), child.getLastName()).stream()
			.filter(id -> !child.isGuardian(id))
			.toList();
		return guardians.findAllById(ids).stream().sorted(Comparator.comparing(Guardian::getName)).toList();
	}

	/** Links a guardian the organisation already knows (a sibling's parent) to the child. */
	public void linkGuardian(CurrentUser user, UUID childId, UUID guardianId, Relation relation) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, childId);
		guardians.findByIdAndOrganisationId(guardianId, user.organisationId())
			.orElseThrow(() -> new FieldRejected("guardianId", "guardian.error.unknown"));
		child.link(guardianId, relation);
		records.save(child, "child");
	}

	public Guardian updateGuardian(CurrentUser user, UUID guardianId, GuardianDetails details) {
		var guardian = guardians.findByIdAndOrganisationId(guardianId, user.organisationId()).orElseThrow(NotFound::new);
		var own = user.hasRole(Role.PARENT) && user.id().equals(guardian.getAppUserId());
		if (!own) {
			ChildRecords.requireAny(user, ChildRecords.EDITORS);
		}
		guardian.update(details);
		guardians.save(guardian);
		audit.record(AuditAction.UPDATED, "guardian", guardianId, AuditResult.SUCCESS);
		return guardian;
	}

	/** Invites a guardian to the parent portal: a PARENT account, linked to the guardian once created. */
	public void inviteGuardian(CurrentUser user, UUID childId, UUID guardianId, String username) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, childId);
		if (!child.isGuardian(guardianId)) {
			throw new NotFound();
		}
		var guardian = guardians.findByIdAndOrganisationId(guardianId, user.organisationId()).orElseThrow(NotFound::new);
		if (guardian.getEmail() == null) {
			throw new FieldRejected("username", "guardian.error.noEmail");
		}
		if (guardian.getAppUserId() != null) {
			throw new FieldRejected("username", "guardian.error.hasAccount");
		}
		var account = users.inviteParent(user.organisationId(), new InvitationDetails(username, guardian.getName(),
				guardian.getEmail(), EnumSet.of(Role.PARENT), guardian.getPreferredLanguage()));
		guardian.linkAccount(account);
		guardians.save(guardian);
	}
}
