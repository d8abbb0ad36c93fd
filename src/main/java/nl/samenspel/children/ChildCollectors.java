package nl.samenspel.children;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;

/**
 * The people a child's guardians allow to collect the child, and whether the child may go home alone: shown at the
 * door at check-out. The list is read like the child's safety information ({@link ChildSafety#maySeeHealth}: COORDINATOR
 * and WORKER, the child's guardians, a VOLUNTEER of one of the child's sessions), and every read and refusal is
 * audited. Staff (COORDINATOR, WORKER) and the child's own guardians keep the list; each change is audited.
 */
@Service
@Transactional
public class ChildCollectors {

	/** More people than this on one child's list is a mistake, not a family. */
	static final int MOST = 12;

	private final ChildRecords records;
	private final ChildSafety safety;
	private final ChildManagement management;
	private final CollectorStore store;
	private final AuditLog audit;

	ChildCollectors(ChildRecords records, ChildSafety safety, ChildManagement management, CollectorStore store,
			AuditLog audit) {
		this.records = records;
		this.safety = safety;
		this.management = management;
		this.store = store;
		this.audit = audit;
	}

	/** Who may collect the child; the read (and a refusal) is logged. Another organisation's child is not found. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public CollectionSheet collection(CurrentUser user, UUID childId) {
		var child = records.editable(user, childId);
		if (!safety.maySeeHealth(user, child)) {
			audit.record(AuditAction.READ, "collectors", childId, AuditResult.DENIED);
			throw new AccessDeniedException("no access to who may collect the child");
		}
		audit.record(AuditAction.READ, "collectors", childId, AuditResult.SUCCESS);
		var links = child.getGuardians();
		var guardians = management.guardians(child).stream()
			.map(guardian -> new CollectionSheet.Collector(guardian.getId(), guardian.getName(),
					links.stream().filter(link -> link.guardianId().equals(guardian.getId())).findFirst()
						.map(link -> link.relation().name()).orElse(null),
					guardian.getPhone()))
			.toList();
		return new CollectionSheet(childId, child.getFirstName(), store.collectors(user.organisationId(), childId),
				guardians, store.goesHomeAlone(user.organisationId(), childId));
	}

	/** Adds someone to the list: staff or the child's own guardian. */
	public UUID add(CurrentUser user, UUID childId, CollectorDetails details) {
		var child = records.changeable(user, childId);
		var name = required(details.name(), "name", 200);
		var relation = optional(details.relation(), "relation", 100);
		var phone = optional(details.phone(), "phone", 20);
		if (phone != null && !phone.matches(ChildDetailsRules.PHONE)) {
			throw new FieldRejected("phone", "validation.phone");
		}
		if (store.count(user.organisationId(), childId) >= MOST) {
			throw new FieldRejected("name", "collectors.error.tooMany", MOST);
		}
		var id = UUID.randomUUID();
		store.insert(id, user.organisationId(), child.getId(), name, relation, phone, records.now());
		records.save(child, "collectors");
		return id;
	}

	/** Takes someone off the list: staff or the child's own guardian. */
	public void remove(CurrentUser user, UUID childId, UUID collectorId) {
		var child = records.changeable(user, childId);
		if (!store.delete(user.organisationId(), child.getId(), collectorId)) {
			throw new NotFound();
		}
		records.save(child, "collectors");
	}

	/** Whether the guardians allow the child to go home alone: staff (who write down what the guardians said) or a guardian. */
	public void goesHomeAlone(CurrentUser user, UUID childId, boolean allowed) {
		var child = records.changeable(user, childId);
		store.goesHomeAlone(user.organisationId(), child.getId(), allowed, user.id(), records.now());
		records.save(child, "collectors");
	}

	private static String required(@org.jspecify.annotations.Nullable String value, String field, int most) {
		var text = optional(value, field, most);
		if (text == null) {
			throw new FieldRejected(field, "collectors.error.name");
		}
		return text;
	}

	private static @org.jspecify.annotations.Nullable String optional(@org.jspecify.annotations.Nullable String value,
			String field, int most) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip();
		if (text.length() > most) {
			throw new FieldRejected(field, "collectors.error.tooLong", most);
		}
		if (!new PlainText.Validator().isValid(text, null)) {
			throw new FieldRejected(field, "validation.plainText");
		}
		return text;
	}
}
