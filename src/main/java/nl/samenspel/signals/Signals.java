package nl.samenspel.signals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * Raising and reading signals, with need to know. Anyone who works with children (COORDINATOR, WORKER,
 * SAFEGUARDING_OFFICER, VOLUNTEER) raises a signal; the SAFEGUARDING_OFFICERs are told by e-mail that there is a new
 * one (never what it says), after the commit ({@link SignalRaised}, which {@code OfficerMail} listens to). A signal is read by the SAFEGUARDING_OFFICERs, by whoever raised it while they are staff
 * (a VOLUNTEER never), and by colleagues added to its case. Every read, and every refused read, is audited.
 */
@Service
@Transactional
public class Signals {

	static final EnumSet<Role> RAISERS = EnumSet.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER, Role.VOLUNTEER);

	private final SignalStore store;
	private final CaseStore cases;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final UserManagement users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Signals(SignalStore store, CaseStore cases, ChildManagement children, Encryption encryption, AuditLog audit,
			UserManagement users, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.store = store;
		this.cases = cases;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	public UUID raise(CurrentUser user, SignalRequest request) {
		if (!user.hasAnyRole(RAISERS.toArray(Role[]::new))) {
			throw new AccessDeniedException("only those who work with children raise signals");
		}
		if (children.cardOfAssigned(user, request.childId()).isEmpty()) {
			throw new FieldRejected("childId", "signal.error.child");
		}
		if (request.observedOn().isAfter(DutchTime.today(clock))) {
			throw new FieldRejected("observedOn", "signal.error.future");
		}
		var id = UUID.randomUUID();
		store.insert(new SignalStore.Row(id, user.organisationId(), request.childId(), user.id(), clock.instant(),
				request.observedOn(), request.category(), request.worry(), encryption.seal(request.facts().strip(), id),
				encryption.seal(blank(request.source()), id), null), request.sessionId());
		audit.record(AuditAction.CREATED, "signal", id, AuditResult.SUCCESS);
		events.publishEvent(new SignalRaised(user.organisationId(), id));
		return id;
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// reading

	/** Whether the user may read this signal: see the class comment. */
	boolean mayRead(CurrentUser user, SignalStore.Row signal) {
		if (!signal.organisationId().equals(user.organisationId())) {
			return false;
		}
		if (user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return true;
		}
		if (!user.hasAnyRole(Role.staff())) {
			return false;
		}
		return signal.raisedBy().equals(user.id()) || (signal.caseId() != null && cases.isMember(signal.caseId(), user.id()));
	}

	/** A signal, opened; the read is audited, and so is a refusal (403). Another organisation's is not found. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Signal signal(CurrentUser user, UUID id) {
		var row = store.find(id).filter(it -> it.organisationId().equals(user.organisationId())).orElseThrow(NotFound::new);
		if (!mayRead(user, row)) {
			audit.record(AuditAction.READ, "signal", id, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		audit.record(AuditAction.READ, "signal", id, AuditResult.SUCCESS);
		return open(row);
	}

	/** The signal with its content: only for someone who may read it. */
	Signal open(SignalStore.Row row) {
		var child = children.partnerCard(row.organisationId(), row.childId());
		var raiser = users.user(row.organisationId(), row.raisedBy()).getDisplayName();
		return new Signal(row.id(), row.childId(), child.firstName(), row.raisedBy(), raiser, row.raisedAt(),
				row.observedOn(), row.category(), row.worry(), encryption.open(row.facts(), row.id()),
				encryption.open(row.source(), row.id()), row.caseId());
	}

	/** The signals the user may read, newest first, without their content. */
	@Transactional(readOnly = true)
	public List<SignalSummary> readable(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			return List.of();
		}
		var rows = store.summaries(user.organisationId(), user.hasRole(Role.SAFEGUARDING_OFFICER) ? null : user.id());
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(SignalSummary::childId).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		var result = new ArrayList<SignalSummary>();
		rows.forEach(row -> result.add(new SignalSummary(row.id(), row.childId(), names.get(row.childId()), row.raisedAt(),
				row.category(), row.worry(), row.caseId())));
		return result;
	}

	/** Who read or changed this signal or case: shown to those who may read it. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> accessHistory(CurrentUser user, UUID id) {
		return audit.search(user.organisationId(), new AuditQuery(null, null, id.toString(), null, null, null),
				PageRequest.of(0, 100));
	}

}
