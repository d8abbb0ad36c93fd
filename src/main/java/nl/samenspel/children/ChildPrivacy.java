package nl.samenspel.children;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

/**
 * The privacy rights of a child and their parents (AVG): everything held about the child on an access request
 * (art. 15), and erasure on request (art. 17) or when {@link Retention} finds the record unused. Only a COORDINATOR
 * exports or erases, and both are audited.
 */
@Service
@Transactional
public class ChildPrivacy {

	private final Children children;
	private final Guardians guardians;
	private final ChildRecords records;
	private final ChildManagement management;
	private final ChildPhotos photos;
	private final AuditLog audit;
	private final List<ErasureHold> holds;
	private final ObjectProvider<ReadsWithheld> withheld;
	private final CollectorStore collectors;
	private final ApplicationEventPublisher events;
	private final ObjectProvider<ChildDataSections> otherModules;

	ChildPrivacy(Children children, Guardians guardians, ChildRecords records, ChildManagement management,
			ChildPhotos photos, AuditLog audit, List<ErasureHold> holds, ObjectProvider<ReadsWithheld> withheld,
			CollectorStore collectors, ApplicationEventPublisher events, ObjectProvider<ChildDataSections> otherModules) {
		this.children = children;
		this.guardians = guardians;
		this.records = records;
		this.management = management;
		this.photos = photos;
		this.audit = audit;
		this.holds = holds;
		this.withheld = withheld;
		this.collectors = collectors;
		this.events = events;
		this.otherModules = otherModules;
	}

	/**
	 * Everything held about one child, for an access request (AVG art. 15); the export is audited. Its access log
	 * leaves out what {@link ReadsWithheld} holds back while a Meldcode case is open, as the portal does. What other
	 * modules hold about the child comes from every {@link ChildDataSections} bean, asked after the role check.
	 */
	public ChildExport export(CurrentUser user, UUID id) {
		ChildRecords.requireAny(user, EnumSet.of(Role.COORDINATOR));
		var child = records.editable(user, id);
		var guardianList = management.guardians(child);
		var safety = records.opened(child.sealedSafety(), id);
		var reads = audit.search(user.organisationId(), new AuditQuery(null, null, id.toString(), null, null, null),
				PageRequest.of(0, 1000)).getContent();
		var restrictions = withheld.getIfAvailable(() -> ReadsWithheld.NONE).restrictions(user.organisationId(), id);
		reads = reads.stream().filter(entry -> !ReadLog.withheld(entry, restrictions)).toList();
		var sections = otherModules.orderedStream().flatMap(module -> module.sections(user, id).stream()).toList();
		audit.record(AuditAction.EXPORTED, "child", id, AuditResult.SUCCESS);
		return new ChildExport(id, child.getFirstName(), child.getLastName(), child.getDateOfBirth(), child.getGender(),
				child.getNeighbourhoodId(), child.getPostcode(), child.getSchool(), child.getHomeLanguages(),
				child.getStatus(), child.getCreatedAt(), guardianList.stream()
					.map(g -> new ChildExport.GuardianData(g.getName(), g.getPhone(), g.getEmail(), g.getPreferredLanguage()))
					.toList(),
				child.consentHistory(), List.copyOf(child.assents()), child.getContacts(), safety,
				reads.stream().map(e -> new ChildExport.AccessData(e.occurredAt(), e.username(), e.roles(), e.action().name(),
						e.objectType())).toList(),
				sections);
	}

	/**
	 * Erases a child on request: every personal detail goes, guardians with no other child too; the neighbourhood,
	 * gender and year of birth stay for anonymous statistics. Refused while an {@link ErasureHold} holds (a Meldcode
	 * procedure).
	 */
	public void erase(CurrentUser user, UUID id) {
		ChildRecords.requireAny(user, EnumSet.of(Role.COORDINATOR));
		var child = records.editable(user, id);
		erase(child);
		audit.record(AuditAction.ERASED, "child", id, AuditResult.SUCCESS);
	}

	void erase(Child child) {
		for (var hold : holds) {
			if (hold.holds(child.getId())) {
				throw new FieldRejected("status", "children.erase.held");
			}
		}
		var former = child.getGuardians().stream().map(GuardianLink::guardianId).toList();
		photos.remove(child);
		collectors.forget(child.getOrganisationId(), child.getId());
		child.erase(records.now());
		children.save(child);
		events.publishEvent(new ChildErased(child.getOrganisationId(), child.getId(), child.getNeighbourhoodId()));
		for (var guardianId : former) {
			if (children.findByGuardians(List.of(guardianId)).isEmpty()) {
				guardians.deleteById(guardianId);
			}
		}
	}
}
