package nl.samenspel.children;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * A child's health information and emergency contacts. Health information is opened only for COORDINATOR and
 * WORKER, the child's own guardians, and a VOLUNTEER assigned to a session of the child ({@link SessionAssignments});
 * it is stored sealed for the child, and every read of it (and every refusal) is audited.
 */
@Service
@Transactional
public class ChildSafety {

	private final ChildRecords records;
	private final AuditLog audit;
	private final ObjectProvider<SessionAssignments> assignments;

	ChildSafety(ChildRecords records, AuditLog audit, ObjectProvider<SessionAssignments> assignments) {
		this.records = records;
		this.audit = audit;
		this.assignments = assignments;
	}

	/** Whether this user may see the child's health information. */
	public boolean maySeeHealth(CurrentUser user, Child child) {
		if (user.hasAnyRole(Role.COORDINATOR, Role.WORKER) || records.isGuardianOf(user, child)) {
			return true;
		}
		return user.hasRole(Role.VOLUNTEER)
				&& assignments.getIfAvailable(() -> SessionAssignments.NONE).assignedToSessionOf(user.id(), child.getId());
	}

	/** The child's health information, opened for someone who may see it; the read (and a refusal) is logged. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public SafetyDetails safety(CurrentUser user, Child child) {
		if (!maySeeHealth(user, child)) {
			audit.record(AuditAction.READ, "health", child.getId(), AuditResult.DENIED);
			throw new AccessDeniedException("no access to health information");
		}
		audit.record(AuditAction.READ, "health", child.getId(), AuditResult.SUCCESS);
		return records.opened(child.sealedSafety(), child.getId());
	}

	/** Replaces the child's health information; stored sealed for this child. */
	public void updateSafety(CurrentUser user, UUID childId, SafetyDetails details) {
		var child = records.changeable(user, childId);
		child.seal(records.sealed(details, childId));
		records.save(child, "health");
	}

	public void addContact(CurrentUser user, UUID childId, ContactDetails details) {
		var child = records.changeable(user, childId);
		child.addContact(details);
		records.save(child, "child");
	}

	public void removeContact(CurrentUser user, UUID childId, UUID contactId) {
		var child = records.changeable(user, childId);
		child.removeContact(contactId);
		records.save(child, "child");
	}
}
