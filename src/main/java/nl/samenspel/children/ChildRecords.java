package nl.samenspel.children;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * What every part of the registry asks before it changes a child, in one place: which records a user may change,
 * that a change counts as activity and is audited, who the editors are, and how health information is sealed for
 * one child.
 */
@Component
class ChildRecords {

	static final Set<Role> EDITORS = EnumSet.of(Role.COORDINATOR, Role.WORKER);

	private final Children children;
	private final Guardians guardians;
	private final Encryption encryption;
	private final AuditLog audit;
	private final Clock clock;

	ChildRecords(Children children, Guardians guardians, Encryption encryption, AuditLog audit, Clock clock) {
		this.children = children;
		this.guardians = guardians;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
	}

	/** A child of the user's organisation that is not erased: one staff may change. */
	Child editable(CurrentUser user, UUID id) {
		return children.findByIdAndOrganisationId(id, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(NotFound::new);
	}

	/** A child this user may change consents, safety and contacts of: staff, or the child's own guardian. */
	Child changeable(CurrentUser user, UUID id) {
		var child = editable(user, id);
		if (isEditor(user) || isGuardianOf(user, child)) {
			return child;
		}
		throw new NotFound();
	}

	boolean isGuardianOf(CurrentUser user, Child child) {
		return user.hasRole(Role.PARENT) && guardians.findByAppUserId(user.id()).stream()
			.anyMatch(guardian -> child.isGuardian(guardian.getId()));
	}

	/** The guardian record of a PARENT user, if a worker linked one. */
	java.util.Optional<Guardian> guardianOf(CurrentUser parent) {
		return guardians.findByAppUserId(parent.id()).stream()
			.filter(guardian -> guardian.getOrganisationId().equals(parent.organisationId()))
			.findFirst();
	}

	/** Saves a change: it counts as activity (the retention period starts again) and is audited. */
	Child save(Child child, String objectType) {
		child.touch(now());
		children.save(child);
		audit.record(AuditAction.UPDATED, objectType, child.getId(), AuditResult.SUCCESS);
		return child;
	}

	static boolean isEditor(CurrentUser user) {
		return user.hasAnyRole(EDITORS.toArray(Role[]::new));
	}

	static void requireAny(CurrentUser user, Set<Role> roles) {
		if (!user.hasAnyRole(roles.toArray(Role[]::new))) {
			throw new AccessDeniedException("role");
		}
	}

	SafetyDetails opened(@Nullable SafetyInfo sealed, UUID owner) {
		if (sealed == null) {
			return SafetyDetails.NONE;
		}
		return new SafetyDetails(encryption.open(sealed.allergies(), owner), encryption.open(sealed.medication(), owner),
				encryption.open(sealed.diet(), owner), encryption.open(sealed.medicalNotes(), owner));
	}

	SafetyInfo sealed(SafetyDetails details, UUID owner) {
		return new SafetyInfo(encryption.seal(details.allergies(), owner), encryption.seal(details.medication(), owner),
				encryption.seal(details.diet(), owner), encryption.seal(details.medicalNotes(), owner), now());
	}

	Instant now() {
		return Instant.now(clock);
	}

	LocalDate today() {
		return ChildDetailsRules.today(clock);
	}
}
