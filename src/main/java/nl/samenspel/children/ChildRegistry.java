package nl.samenspel.children;

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
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Who is in the registry: registering a child (staff directly, a PARENT for a worker's approval), correcting their
 * details, keeping a record listed for review, and finding and merging two records of the same child.
 */
@Service
@Transactional
public class ChildRegistry {

	private final Children children;
	private final ChildStore store;
	private final ChildRecords records;
	private final ChildPhotos photos;
	private final AuditLog audit;
	private final OrganisationManagement organisations;

	private final CollectorStore collectors;

	ChildRegistry(Children children, ChildStore store, ChildRecords records, ChildPhotos photos, AuditLog audit,
			OrganisationManagement organisations, CollectorStore collectors) {
		this.collectors = collectors;
		this.children = children;
		this.store = store;
		this.records = records;
		this.photos = photos;
		this.audit = audit;
		this.organisations = organisations;
	}

	/**
	 * Registers a child. Staff register directly; a PARENT's registration waits for a worker's approval, and the
	 * parent is linked as its guardian.
	 */
	public Child register(CurrentUser user, ChildDetails details) {
		var parent = user.hasRole(Role.PARENT) && !ChildRecords.isEditor(user);
		if (!parent) {
			ChildRecords.requireAny(user, ChildRecords.EDITORS);
		}
		check(user, details);
		var child = new Child(user.organisationId(), details, parent ? ChildStatus.PENDING : ChildStatus.ACTIVE,
				user.id(), records.now());
		if (parent) {
			var guardian = records.guardianOf(user)
				.orElseThrow(() -> new FieldRejected("firstName", "portal.error.noGuardian"));
			child.link(guardian.getId(), Relation.PARENT);
		}
		children.save(child);
		audit.record(AuditAction.CREATED, "child", child.getId(), AuditResult.SUCCESS);
		return child;
	}

	public Child update(CurrentUser user, UUID id, ChildDetails details) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, id);
		check(user, details);
		child.update(details);
		return records.save(child, "child");
	}

	/** Keeps a record listed for review: counts as activity, so the retention period starts again. */
	public Child keep(CurrentUser user, UUID id) {
		ChildRecords.requireAny(user, EnumSet.of(Role.COORDINATOR));
		return records.save(records.editable(user, id), "child");
	}

	public Child approve(CurrentUser user, UUID id) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, id);
		child.approve();
		return records.save(child, "child");
	}

	/**
	 * Other records that may be the same child: the same date of birth and the same or a very similar name (at most
	 * two letters different, accents and case ignored).
	 */
	@Transactional(readOnly = true)
	public List<ChildSummary> possibleDuplicates(CurrentUser user, Child child) {
		ChildRecords.requireAny(user, Role.STAFF);
		var target = ChildNames.searchable(child.getName());
		return store.bornOn(user.organisationId(), child.getDateOfBirth(), records.today()).stream()
			.filter(namesake -> !namesake.summary().id().equals(child.getId()))
			.filter(namesake -> ChildNames.similar(namesake.searchName(), target))
			.map(ChildStore.Namesake::summary)
			.toList();
	}

	/**
	 * Makes two records of the same child one: the duplicate's guardians, consents, the child's say, contacts and who may
	 * collect the child move
	 * to the survivor (its health information too, when the survivor has none), and the duplicate is removed. Only a
	 * COORDINATOR merges; the merge is audited on both ids.
	 */
	public Child merge(CurrentUser user, UUID survivorId, UUID duplicateId) {
		ChildRecords.requireAny(user, EnumSet.of(Role.COORDINATOR));
		if (survivorId.equals(duplicateId)) {
			throw new FieldRejected("duplicateId", "children.merge.self");
		}
		var survivor = records.editable(user, survivorId);
		var duplicate = children.findByIdAndOrganisationId(duplicateId, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(() -> new FieldRejected("duplicateId", "children.merge.unknown"));
		var duplicateSafety = duplicate.sealedSafety();
		survivor.absorb(duplicate);
		if (survivor.sealedSafety() == null && duplicateSafety != null) {
			// sealed for the duplicate's id: sealed again for the survivor's
			survivor.seal(records.sealed(records.opened(duplicateSafety, duplicateId), survivorId));
		}
		if (survivor.getPhotoKey() == null && duplicate.getPhotoKey() != null) {
			survivor.photo(duplicate.getPhotoKey());
		}
		else {
			photos.remove(duplicate);
		}
		collectors.absorb(user.organisationId(), survivorId, duplicateId);
		children.delete(duplicate);
		survivor.touch(records.now());
		children.save(survivor);
		audit.record(AuditAction.MERGED, "child", survivorId, AuditResult.SUCCESS);
		audit.record(AuditAction.MERGED, "child", duplicateId, AuditResult.SUCCESS);
		return survivor;
	}

	private void check(CurrentUser user, ChildDetails details) {
		ChildDetailsRules.dateOfBirthProblem(details.dateOfBirth(), records.today()).ifPresent(problem -> {
			throw new FieldRejected("dateOfBirth", problem);
		});
		if (details.neighbourhoodId() != null) {
			try {
				organisations.neighbourhood(user.organisationId(), details.neighbourhoodId());
			}
			catch (NotFound e) {
				throw new FieldRejected("neighbourhoodId", "validation.neighbourhood.unknown");
			}
		}
	}
}
