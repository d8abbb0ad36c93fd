package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * Meldcode cases: the five steps in order, each recorded with who, when and what. (1) signals mapped: observations
 * and hypotheses, labelled as such and later confirmed or refuted; (2) consultation of a colleague and/or Veilig Thuis
 * advice with its reference; (3) the conversation with the parents and/or child, or why it was skipped for safety;
 * (4) the afwegingskader's questions in order (question 1 answered no closes the case); (5) the two decisions, the
 * report to Veilig Thuis with its date and reference, and the agreed help with a follow-up date. A step before its
 * turn is refused. Who may read a case: the SAFEGUARDING_OFFICERs, colleagues added to it, and the staff who raised
 * one of its signals; a COORDINATOR sees only that it exists and its status.
 */
@Service
@Transactional
public class Meldcode {

	private final JdbcClient jdbc;
	private final Signals signals;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final UserManagement users;
	private final Clock clock;

	Meldcode(JdbcClient jdbc, Signals signals, ChildManagement children, Encryption encryption, AuditLog audit,
			UserManagement users, Clock clock) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	private record CaseRow(UUID id, UUID organisationId, UUID childId, CaseStatus status, int step,
			@Nullable Boolean reportRequired, @Nullable Boolean helpPossible, @Nullable LocalDate reportedOn,
			@Nullable LocalDate followUpOn, java.time.Instant openedAt, java.time.@Nullable Instant closedAt,
			@Nullable ClosedBecause closedBecause) {
	}

	private @Nullable CaseRow row(UUID id) {
		return jdbc.sql("select * from concern_case where id = :id").param("id", id).query((rs, n) -> {
			var reported = rs.getDate("reported_on");
			var followUp = rs.getDate("follow_up_on");
			var closed = rs.getTimestamp("closed_at");
			var because = rs.getString("closed_because");
			return new CaseRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					rs.getObject("child_id", UUID.class), CaseStatus.valueOf(rs.getString("status")), rs.getInt("step"),
					(Boolean) rs.getObject("report_required"), (Boolean) rs.getObject("help_possible"),
					reported == null ? null : reported.toLocalDate(), followUp == null ? null : followUp.toLocalDate(),
					rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
					because == null ? null : ClosedBecause.valueOf(because));
		}).optional().orElse(null);
	}

	private boolean mayRead(CurrentUser user, CaseRow row) {
		if (!row.organisationId().equals(user.organisationId()) || !user.hasAnyRole(Role.staff())) {
			return false;
		}
		if (user.hasRole(Role.SAFEGUARDING_OFFICER) || signals.isMember(row.id(), user.id())) {
			return true;
		}
		return jdbc.sql("select count(*) from signal where case_id = :case and raised_by = :user").param("case", row.id())
			.param("user", user.id()).query(Integer.class).single() > 0;
	}

	/** The case for someone who may read it, else not found (another organisation) or refused and audited. */
	private CaseRow readable(CurrentUser user, UUID id, AuditAction action) {
		var row = row(id);
		if (row == null || !row.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		if (!mayRead(user, row)) {
			audit.record(action, "case", id, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		return row;
	}

	private CaseRow changeable(CurrentUser user, UUID id) {
		var row = readable(user, id, AuditAction.UPDATED);
		if (row.status() != CaseStatus.OPEN) {
			throw new FieldRejected("content", "meldcode.error.closed");
		}
		return row;
	}

	/** Starts a case from a signal (a SAFEGUARDING_OFFICER, or the staff member who raised it); step 1 begins with its facts. */
	public UUID open(CurrentUser user, UUID signalId) {
		var signal = signals.row(signalId);
		if (signal == null || !signal.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		if (!signals.mayRead(user, signal)) {
			audit.record(AuditAction.CREATED, "case", signalId, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		if (signal.caseId() != null) {
			return signal.caseId();
		}
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into concern_case (id, version, organisation_id, child_id, opened_by, opened_at, status, step)
				values (:id, 0, :organisation, :child, :by, :now, 'OPEN', 1)""")
			.param("id", id).param("organisation", user.organisationId()).param("child", signal.childId())
			.param("by", user.id()).param("now", now).update();
		jdbc.sql("update signal set case_id = :case where id = :id").param("case", id).param("id", signalId).update();
		entry(user, id, EntryKind.OBSERVATION, null, null, null, encryption.open(signal.facts(), signalId), null);
		audit.record(AuditAction.CREATED, "case", id, AuditResult.SUCCESS);
		return id;
	}

	/** Adds another signal of the same child to the case. */
	public void link(CurrentUser user, UUID caseId, UUID signalId) {
		var row = changeable(user, caseId);
		var signal = signals.row(signalId);
		if (signal == null || !signal.organisationId().equals(user.organisationId()) || !signal.childId().equals(row.childId())
				|| !signals.mayRead(user, signal)) {
			throw new FieldRejected("signalId", "meldcode.error.signal");
		}
		jdbc.sql("update signal set case_id = :case where id = :id").param("case", caseId).param("id", signalId).update();
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	// reading

	@Transactional(noRollbackFor = AccessDeniedException.class)
	public ConcernCase concernCase(CurrentUser user, UUID id) {
		var row = readable(user, id, AuditAction.READ);
		audit.record(AuditAction.READ, "case", id, AuditResult.SUCCESS);
		var names = new HashMap<UUID, String>();
		var entries = jdbc.sql("select * from case_entry where case_id = :case order by step, recorded_at, id").param("case", id)
			.query((rs, n) -> {
				var recordedBy = rs.getObject("recorded_by", UUID.class);
				var entryId = rs.getObject("id", UUID.class);
				var hypothesis = rs.getString("hypothesis");
				return new ConcernCase.Entry(entryId, rs.getInt("step"), EntryKind.valueOf(rs.getString("kind")),
						(Integer) rs.getObject("question"), (Boolean) rs.getObject("answer"),
						hypothesis == null ? null : Hypothesis.valueOf(hypothesis),
						encryption.open(rs.getString("content"), entryId), encryption.open(rs.getString("reference"), entryId),
						recordedBy.toString(), rs.getTimestamp("recorded_at").toInstant());
			})
			.list().stream()
			.map(entry -> new ConcernCase.Entry(entry.id(), entry.step(), entry.kind(), entry.question(), entry.answer(),
					entry.hypothesis(), entry.content(), entry.reference(),
					names.computeIfAbsent(UUID.fromString(entry.recordedBy()), this::name), entry.recordedAt()))
			.toList();
		var linked = jdbc.sql("select id from signal where case_id = :case order by raised_at").param("case", id)
			.query(UUID.class).list().stream().map(signals::row).map(signal -> signals.open(user, signal)).toList();
		var members = jdbc.sql("select app_user_id from case_member where case_id = :case order by added_at")
			.param("case", id).query(UUID.class).list().stream()
			.map(member -> new ConcernCase.Member(member, names.computeIfAbsent(member, this::name))).toList();
		var answers = answers(id);
		var child = children.partnerCard(user.organisationId(), row.childId());
		return new ConcernCase(id, row.childId(), child.firstName(), row.status(), row.step(), row.reportRequired(),
				row.helpPossible(), row.reportedOn(), row.followUpOn(), row.openedAt(), row.closedAt(), row.closedBecause(),
				entries, linked, members, Weighing.outcome(answers), row.status() == CaseStatus.OPEN ? Weighing.next(answers) : null);
	}

	private String name(UUID userId) {
		return jdbc.sql("select display_name from app_user where id = :id").param("id", userId).query(String.class).optional()
			.orElse("?");
	}

	private List<Boolean> answers(UUID caseId) {
		return jdbc.sql("select answer from case_entry where case_id = :case and kind = 'WEIGHING' order by question")
			.param("case", caseId).query(Boolean.class).list();
	}

	/** What a COORDINATOR sees: that cases exist and where they stand. A SAFEGUARDING_OFFICER sees the same list. */
	@Transactional(readOnly = true)
	public List<CaseSummary> overview(CurrentUser user) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.SAFEGUARDING_OFFICER)) {
			throw new AccessDeniedException("coordinators and safeguarding officers");
		}
		return jdbc.sql("select * from concern_case where organisation_id = :organisation order by status desc, opened_at desc limit 500")
			.param("organisation", user.organisationId())
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				var because = rs.getString("closed_because");
				return new CaseSummary(rs.getObject("id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
						rs.getInt("step"), rs.getTimestamp("opened_at").toInstant(),
						followUp == null ? null : followUp.toLocalDate(), because == null ? null : ClosedBecause.valueOf(because));
			})
			.list();
	}

	/** Open cases with a follow-up date today or earlier: the safeguarding officer's list. */
	@Transactional(readOnly = true)
	public List<CaseSummary> due(CurrentUser user) {
		return overview(user).stream()
			.filter(it -> it.status() == CaseStatus.OPEN && it.followUpOn() != null && !it.followUpOn().isAfter(signals.today()))
			.toList();
	}

	// members

	public void addMember(CurrentUser user, UUID caseId, UUID memberId) {
		requireOfficer(user, caseId);
		var member = users.user(user.organisationId(), memberId);
		if (!member.isActive() || member.getRoles().stream().noneMatch(Role.STAFF::contains)) {
			throw new FieldRejected("userId", "meldcode.error.member");
		}
		if (!signals.isMember(caseId, memberId)) {
			jdbc.sql("insert into case_member (case_id, app_user_id, added_by, added_at) values (:case, :user, :by, :now)")
				.param("case", caseId).param("user", memberId).param("by", user.id())
				.param("now", Timestamp.from(clock.instant())).update();
		}
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	public void removeMember(CurrentUser user, UUID caseId, UUID memberId) {
		requireOfficer(user, caseId);
		jdbc.sql("delete from case_member where case_id = :case and app_user_id = :user").param("case", caseId)
			.param("user", memberId).update();
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	private void requireOfficer(CurrentUser user, UUID caseId) {
		var row = readable(user, caseId, AuditAction.UPDATED);
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER) || row == null) {
			throw new AccessDeniedException("safeguarding officers add and remove colleagues");
		}
	}

	/** Staff who could be added to a case. */
	@Transactional(readOnly = true)
	public List<ConcernCase.Member> possibleMembers(CurrentUser user) {
		return users.activeUsersWithAnyRole(user.organisationId(), EnumSet.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER))
			.stream().map(account -> new ConcernCase.Member(account.getId(), account.getDisplayName())).toList();
	}

	// the steps

	public void observe(CurrentUser user, UUID caseId, StepRequests.Observation observation) {
		changeable(user, caseId);
		entry(user, caseId, Boolean.TRUE.equals(observation.hypothesis()) ? EntryKind.HYPOTHESIS : EntryKind.OBSERVATION,
				null, null, Boolean.TRUE.equals(observation.hypothesis()) ? Hypothesis.OPEN : null,
				observation.content().strip(), null);
	}

	public void judgeHypothesis(CurrentUser user, UUID caseId, UUID entryId, boolean confirmed) {
		changeable(user, caseId);
		var updated = jdbc.sql("update case_entry set hypothesis = :h where id = :id and case_id = :case and kind = 'HYPOTHESIS'")
			.param("h", (confirmed ? Hypothesis.CONFIRMED : Hypothesis.REFUTED).name()).param("id", entryId)
			.param("case", caseId).update();
		if (updated == 0) {
			throw new NotFound();
		}
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	public void consult(CurrentUser user, UUID caseId, StepRequests.Consultation consultation) {
		var row = changeable(user, caseId);
		requireStep(caseId, 1, "withWhom");
		var veiligThuis = Boolean.TRUE.equals(consultation.veiligThuis());
		entry(user, caseId, veiligThuis ? EntryKind.VEILIG_THUIS_ADVICE : EntryKind.CONSULTATION, null, null, null,
				consultation.withWhom().strip() + ": " + consultation.content().strip(), Signals.blank(consultation.reference()));
		advance(row, 2);
	}

	public void converse(CurrentUser user, UUID caseId, StepRequests.Conversation conversation) {
		var row = changeable(user, caseId);
		requireStep(caseId, 2, "held");
		var held = Boolean.TRUE.equals(conversation.held());
		if (held && Signals.blank(conversation.withWhom()) == null) {
			throw new FieldRejected("withWhom", "meldcode.error.withWhom");
		}
		entry(user, caseId, held ? EntryKind.CONVERSATION : EntryKind.CONVERSATION_SKIPPED, null, null, null,
				held ? conversation.withWhom().strip() + ": " + conversation.content().strip() : conversation.content().strip(),
				null);
		advance(row, 3);
	}

	public void weigh(CurrentUser user, UUID caseId, StepRequests.Answer answer) {
		var row = changeable(user, caseId);
		requireStep(caseId, 3, "question");
		var next = Weighing.next(answers(caseId));
		if (next == null || !next.equals(answer.question())) {
			throw new FieldRejected("question", "meldcode.error.questionOrder");
		}
		entry(user, caseId, EntryKind.WEIGHING, answer.question(), answer.answer(), null, answer.explanation().strip(), null);
		advance(row, 4);
		if (Weighing.outcome(answers(caseId)) == Weighing.Outcome.NO_SUSPICION) {
			close(row, ClosedBecause.NO_SUSPICION);
		}
	}

	public void decide(CurrentUser user, UUID caseId, StepRequests.Decision decision) {
		var row = changeable(user, caseId);
		var outcome = Weighing.outcome(answers(caseId));
		if (outcome != Weighing.Outcome.REPORT && outcome != Weighing.Outcome.HELP) {
			throw new FieldRejected("reportRequired", "meldcode.error.weighFirst");
		}
		if (row.reportRequired() != null) {
			throw new FieldRejected("reportRequired", "meldcode.error.decided");
		}
		if (outcome == Weighing.Outcome.REPORT && !decision.reportRequired()) {
			throw new FieldRejected("reportRequired", "meldcode.error.reportExpected");
		}
		if (!decision.reportRequired() && !decision.helpPossible()) {
			throw new FieldRejected("helpPossible", "meldcode.error.nothingDecided");
		}
		entry(user, caseId, EntryKind.DECISION, null, null, null, decision.explanation().strip(), null);
		jdbc.sql("update concern_case set report_required = :report, help_possible = :help, step = 5, version = version + 1 where id = :id")
			.param("report", decision.reportRequired()).param("help", decision.helpPossible()).param("id", caseId).update();
	}

	public void report(CurrentUser user, UUID caseId, StepRequests.Report report) {
		var row = changeable(user, caseId);
		if (!Boolean.TRUE.equals(row.reportRequired())) {
			throw new FieldRejected("reportedOn", "meldcode.error.noReportDecided");
		}
		if (report.reportedOn().isAfter(signals.today())) {
			throw new FieldRejected("reportedOn", "meldcode.error.reportFuture");
		}
		entry(user, caseId, EntryKind.REPORT, null, null, null, Signals.blank(report.content()), Signals.blank(report.reference()));
		jdbc.sql("update concern_case set reported_on = :on, version = version + 1 where id = :id")
			.param("on", java.sql.Date.valueOf(report.reportedOn())).param("id", caseId).update();
	}

	public void agreeHelp(CurrentUser user, UUID caseId, StepRequests.Help help) {
		var row = changeable(user, caseId);
		if (!Boolean.TRUE.equals(row.helpPossible())) {
			throw new FieldRejected("content", "meldcode.error.noHelpDecided");
		}
		if (help.followUpOn().isBefore(signals.today())) {
			throw new FieldRejected("followUpOn", "meldcode.error.followUpPast");
		}
		entry(user, caseId, EntryKind.HELP, null, null, null, help.content().strip(), null);
		jdbc.sql("update concern_case set follow_up_on = :on, reminded_on = null, version = version + 1 where id = :id")
			.param("on", java.sql.Date.valueOf(help.followUpOn())).param("id", caseId).update();
	}

	/** Closes a case once its decisions are carried out: the report made, the help agreed, as decided. */
	public void close(CurrentUser user, UUID caseId, StepRequests.Closure closure) {
		var row = changeable(user, caseId);
		if (row.reportRequired() == null) {
			throw new FieldRejected("content", "meldcode.error.decideFirst");
		}
		if (row.reportRequired() && row.reportedOn() == null) {
			throw new FieldRejected("content", "meldcode.error.reportFirst");
		}
		if (Boolean.TRUE.equals(row.helpPossible()) && row.followUpOn() == null) {
			throw new FieldRejected("content", "meldcode.error.helpFirst");
		}
		entry(user, caseId, EntryKind.CLOSURE, null, null, null, closure.content().strip(), null);
		close(row, ClosedBecause.DECIDED);
	}

	private void close(CaseRow row, ClosedBecause because) {
		jdbc.sql("update concern_case set status = 'CLOSED', closed_at = :now, closed_because = :because, version = version + 1 where id = :id")
			.param("now", Timestamp.from(clock.instant())).param("because", because.name()).param("id", row.id()).update();
	}

	private void requireStep(UUID caseId, int done, String field) {
		var kinds = jdbc.sql("select distinct kind from case_entry where case_id = :case").param("case", caseId)
			.query(String.class).list().stream().map(EntryKind::valueOf).toList();
		if (kinds.stream().noneMatch(kind -> kind.step() == done)) {
			throw new FieldRejected(field, "meldcode.error.step" + done + "First");
		}
	}

	private void advance(CaseRow row, int step) {
		if (row.step() < step) {
			jdbc.sql("update concern_case set step = :step, version = version + 1 where id = :id").param("step", step)
				.param("id", row.id()).update();
		}
	}

	private void entry(CurrentUser user, UUID caseId, EntryKind kind, @Nullable Integer question, @Nullable Boolean answer,
			@Nullable Hypothesis hypothesis, @Nullable String content, @Nullable String reference) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into case_entry (id, case_id, step, kind, question, answer, hypothesis, content, reference, recorded_by,
				  recorded_at)
				values (:id, :case, :step, :kind, :question, :answer, :hypothesis, :content, :reference, :by, :now)""")
			.param("id", id).param("case", caseId).param("step", kind.step()).param("kind", kind.name())
			.param("question", question).param("answer", answer)
			.param("hypothesis", hypothesis == null ? null : hypothesis.name())
			.param("content", encryption.seal(content, id)).param("reference", encryption.seal(reference, id))
			.param("by", user.id()).param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

}
