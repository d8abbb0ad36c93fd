package nl.samenspel.signals;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.organisation.UserNames;

/**
 * Meldcode cases: opening one from a signal, adding more signals of the same child, reading it, the list of cases,
 * and who works on it. Who may read a case: the SAFEGUARDING_OFFICERs, colleagues added to it, and the staff who raised
 * one of its signals; a COORDINATOR sees only that it exists and its status. The five steps are
 * {@link MeldcodeSteps} (1 to 4) and {@link MeldcodeDecisions} (5).
 */
@Service
@Transactional
public class Meldcode {

	private final CaseStore cases;
	private final CaseEntries entries;
	private final SignalStore signalStore;
	private final CaseAccess access;
	private final CaseJournal journal;
	private final Signals signals;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final UserManagement users;
	private final UserNames names;
	private final Clock clock;

	Meldcode(CaseStore cases, CaseEntries entries, SignalStore signalStore, CaseAccess access, CaseJournal journal,
			Signals signals, ChildManagement children, Encryption encryption, AuditLog audit, UserManagement users,
			UserNames names, Clock clock) {
		this.cases = cases;
		this.entries = entries;
		this.signalStore = signalStore;
		this.access = access;
		this.journal = journal;
		this.signals = signals;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.users = users;
		this.names = names;
		this.clock = clock;
	}

	/** Starts a case from a signal (a SAFEGUARDING_OFFICER, or the staff member who raised it); step 1 begins with its facts. */
	public UUID open(CurrentUser user, UUID signalId) {
		var signal = signalStore.find(signalId).filter(it -> it.organisationId().equals(user.organisationId()))
			.orElseThrow(NotFound::new);
		if (!signals.mayRead(user, signal)) {
			audit.record(AuditAction.CREATED, "case", signalId, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		if (signal.caseId() != null) {
			return signal.caseId();
		}
		var id = UUID.randomUUID();
		cases.insert(id, user.organisationId(), signal.childId(), user.id(), clock.instant());
		signalStore.addToCase(signalId, id);
		journal.record(user, id, EntryKind.OBSERVATION, encryption.open(signal.facts(), signalId));
		audit.record(AuditAction.CREATED, "case", id, AuditResult.SUCCESS);
		return id;
	}

	/** Adds another signal of the same child to the case. */
	public void link(CurrentUser user, UUID caseId, UUID signalId) {
		var state = access.changeable(user, caseId);
		var signal = signalStore.find(signalId).orElse(null);
		if (signal == null || !signal.organisationId().equals(user.organisationId())
				|| !signal.childId().equals(state.childId()) || !signals.mayRead(user, signal)) {
			throw new FieldRejected("signalId", "meldcode.error.signal");
		}
		signalStore.addToCase(signalId, caseId);
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	// reading

	@Transactional(noRollbackFor = AccessDeniedException.class)
	public ConcernCase concernCase(CurrentUser user, UUID id) {
		var state = access.readable(user, id, AuditAction.READ);
		audit.record(AuditAction.READ, "case", id, AuditResult.SUCCESS);
		var rows = entries.of(id);
		var memberIds = cases.members(id);
		var who = new HashSet<UUID>(memberIds);
		rows.forEach(row -> who.add(row.recordedBy()));
		var named = names.of(user.organisationId(), who);
		var recorded = rows.stream()
			.map(row -> new ConcernCase.Entry(row.id(), row.kind().step(), row.kind(), row.question(), row.answer(),
					row.hypothesis(), encryption.open(row.content(), row.id()), encryption.open(row.reference(), row.id()),
					named.getOrDefault(row.recordedBy(), "?"), row.recordedAt()))
			.toList();
		var linked = signalStore.inCase(id).stream().map(signal -> signalStore.find(signal).orElseThrow())
			.map(signals::open).toList();
		var members = memberIds.stream().map(member -> new ConcernCase.Member(member, named.getOrDefault(member, "?")))
			.toList();
		var answers = entries.answers(id);
		var child = children.partnerCard(user.organisationId(), state.childId());
		return new ConcernCase(id, state.childId(), child.firstName(), state.status(), state.step(), state.reportRequired(),
				state.helpPossible(), state.reportedOn(), state.followUpOn(), state.openedAt(), state.closedAt(),
				state.closedBecause(), recorded, linked, members, Weighing.outcome(answers),
				state.status() == CaseStatus.OPEN ? Weighing.next(answers) : null);
	}

	/** What a COORDINATOR sees: that cases exist and where they stand. A SAFEGUARDING_OFFICER sees the same list. */
	@Transactional(readOnly = true)
	public List<CaseSummary> overview(CurrentUser user) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.SAFEGUARDING_OFFICER)) {
			throw new AccessDeniedException("coordinators and safeguarding officers");
		}
		return cases.summaries(user.organisationId());
	}

	/** Open cases with a follow-up date today or earlier: the safeguarding officer's list. */
	@Transactional(readOnly = true)
	public List<CaseSummary> due(CurrentUser user) {
		var today = DutchTime.today(clock);
		return overview(user).stream()
			.filter(it -> it.status() == CaseStatus.OPEN && it.followUpOn() != null && !it.followUpOn().isAfter(today))
			.toList();
	}

	// members

	public void addMember(CurrentUser user, UUID caseId, UUID memberId) {
		access.requireOfficer(user, caseId);
		var member = users.user(user.organisationId(), memberId);
		if (!member.isActive() || member.getRoles().stream().noneMatch(Role.STAFF::contains)) {
			throw new FieldRejected("userId", "meldcode.error.member");
		}
		if (!cases.isMember(caseId, memberId)) {
			cases.addMember(caseId, memberId, user.id(), clock.instant());
		}
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	public void removeMember(CurrentUser user, UUID caseId, UUID memberId) {
		access.requireOfficer(user, caseId);
		cases.removeMember(caseId, memberId);
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	/** Staff who could be added to a case. */
	@Transactional(readOnly = true)
	public List<ConcernCase.Member> possibleMembers(CurrentUser user) {
		return users.activeUsersWithAnyRole(user.organisationId(), EnumSet.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER))
			.stream().map(account -> new ConcernCase.Member(account.getId(), account.getDisplayName())).toList();
	}
}
