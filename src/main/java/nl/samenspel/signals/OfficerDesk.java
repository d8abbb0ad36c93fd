package nl.samenspel.signals;

import java.time.Clock;
import java.time.Duration;
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
import nl.samenspel.kernel.Role;

/**
 * The SAFEGUARDING_OFFICER's home: the open Meldcode cases with the child's name, the step and the next date, and
 * the signals no case has taken up yet. Only the officer gets anything; every case shown with a child's name is
 * logged as a read of that case, as opening the case is, and the signals list carries no facts, as the signals page.
 */
@Service
@Transactional
public class OfficerDesk {

	/** How far back a signal without a case counts as new. */
	public static final int NEW_DAYS = 30;

	private final OfficerDeskStore store;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;

	OfficerDesk(OfficerDeskStore store, ChildManagement children, AuditLog audit, Clock clock) {
		this.store = store;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
	}

	/** An open case as the officer's list shows it. */
	public record OpenCase(UUID id, UUID childId, String childName, int step, @Nullable LocalDate followUpOn,
			Instant openedAt) {
	}

	public List<OpenCase> openCases(CurrentUser user, int limit) {
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return List.of();
		}
		var rows = store.openCases(user.organisationId(), limit);
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(OfficerDeskStore.OpenCase::childId).toList())
			.forEach(card -> names.put(card.id(), card.name()));
		var shown = rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new OpenCase(row.id(), row.childId(), names.get(row.childId()), row.step(), row.followUpOn(),
					row.openedAt()))
			.toList();
		shown.forEach(row -> audit.record(AuditAction.READ, "case", row.id(), AuditResult.SUCCESS));
		return shown;
	}

	/** A signal no case has taken up yet: no facts, no source, as the signals page lists it. */
	public record NewSignal(UUID id, String childFirstName, Instant raisedAt, Category category, Worry worry) {
	}

	public List<NewSignal> newSignals(CurrentUser user, int limit) {
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return List.of();
		}
		var rows = store.withoutCase(user.organisationId(), clock.instant().minus(Duration.ofDays(NEW_DAYS)), limit);
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(OfficerDeskStore.NewSignal::childId).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		return rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new NewSignal(row.id(), names.get(row.childId()), row.raisedAt(), row.category(), row.worry()))
			.toList();
	}
}
