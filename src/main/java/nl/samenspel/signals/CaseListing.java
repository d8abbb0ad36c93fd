package nl.samenspel.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

/**
 * The Meldcode cases a user may open, with the child's name, the step, the follow-up date and whether that date has
 * come: every case of the organisation for a SAFEGUARDING_OFFICER; for other staff the cases they were added to or
 * raised a signal of (the rule of {@code CaseAccess}); nobody else any. The cases and the children's names are read in
 * one query each, and each case listed is logged as read ({@code case-list}), so the case's access history shows who
 * saw it named in a list.
 */
@Service
@Transactional
public class CaseListing {

	/** A case in the list; {@code childName} is null when the child's record was erased. */
	public record Row(UUID id, UUID childId, @Nullable String childName, CaseStatus status, int step,
			Instant openedAt, @Nullable LocalDate followUpOn, boolean due) {
	}

	private final CaseStore cases;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;

	CaseListing(CaseStore cases, ChildManagement children, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Row> readable(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			return List.of();
		}
		var listed = cases.listed(user.organisationId(), user.hasRole(Role.SAFEGUARDING_OFFICER) ? null : user.id());
		var names = new HashMap<UUID, String>();
		children.cards(user, listed.stream().map(CaseStore.Listed::childId).toList())
			.forEach(card -> names.put(card.id(), card.name()));
		var today = DutchTime.today(clock);
		return listed.stream().map(it -> {
			audit.record(AuditAction.READ, "case-list", it.id(), AuditResult.SUCCESS);
			var due = it.status() == CaseStatus.OPEN && it.followUpOn() != null && !it.followUpOn().isAfter(today);
			return new Row(it.id(), it.childId(), names.get(it.childId()), it.status(), it.step(), it.openedAt(),
					it.followUpOn(), due);
		}).toList();
	}
}
