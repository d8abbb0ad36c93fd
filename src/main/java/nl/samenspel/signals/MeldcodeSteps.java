package nl.samenspel.signals;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * Steps 1 to 4 of a Meldcode case, in order, each recorded with who, when and what: (1) signals mapped: observations
 * and hypotheses, labelled as such and later confirmed or refuted; (2) consultation of a colleague and/or Veilig Thuis
 * advice with its reference; (3) the conversation with the parents and/or child, or why it was skipped for safety;
 * (4) the afwegingskader's questions in order (question 1 answered no closes the case). A step before its turn is
 * refused; only those who may work on the case record a step, and only while it is open.
 */
@Service
@Transactional
public class MeldcodeSteps {

	private final CaseAccess access;
	private final CaseJournal journal;
	private final CaseEntries entries;
	private final AuditLog audit;

	MeldcodeSteps(CaseAccess access, CaseJournal journal, CaseEntries entries, AuditLog audit) {
		this.access = access;
		this.journal = journal;
		this.entries = entries;
		this.audit = audit;
	}

	public void observe(CurrentUser user, UUID caseId, StepRequests.Observation observation) {
		access.changeable(user, caseId);
		var hypothesis = Boolean.TRUE.equals(observation.hypothesis());
		journal.record(user, caseId, hypothesis ? EntryKind.HYPOTHESIS : EntryKind.OBSERVATION, null, null,
				hypothesis ? Hypothesis.OPEN : null, observation.content().strip(), null);
	}

	public void judgeHypothesis(CurrentUser user, UUID caseId, UUID entryId, boolean confirmed) {
		access.changeable(user, caseId);
		if (!entries.judge(caseId, entryId, confirmed ? Hypothesis.CONFIRMED : Hypothesis.REFUTED)) {
			throw new NotFound();
		}
		audit.record(AuditAction.UPDATED, "case", caseId, AuditResult.SUCCESS);
	}

	public void consult(CurrentUser user, UUID caseId, StepRequests.Consultation consultation) {
		var state = access.changeable(user, caseId);
		journal.requireStep(caseId, 1, "withWhom");
		var veiligThuis = Boolean.TRUE.equals(consultation.veiligThuis());
		journal.record(user, caseId, veiligThuis ? EntryKind.VEILIG_THUIS_ADVICE : EntryKind.CONSULTATION, null, null, null,
				consultation.withWhom().strip() + ": " + consultation.content().strip(), Signals.blank(consultation.reference()));
		journal.advance(state, 2);
	}

	public void converse(CurrentUser user, UUID caseId, StepRequests.Conversation conversation) {
		var state = access.changeable(user, caseId);
		journal.requireStep(caseId, 2, "held");
		var held = Boolean.TRUE.equals(conversation.held());
		if (held && Signals.blank(conversation.withWhom()) == null) {
			throw new FieldRejected("withWhom", "meldcode.error.withWhom");
		}
		journal.record(user, caseId, held ? EntryKind.CONVERSATION : EntryKind.CONVERSATION_SKIPPED,
				held ? conversation.withWhom().strip() + ": " + conversation.content().strip() : conversation.content().strip());
		journal.advance(state, 3);
	}

	public void weigh(CurrentUser user, UUID caseId, StepRequests.Answer answer) {
		var state = access.changeable(user, caseId);
		journal.requireStep(caseId, 3, "question");
		var next = Weighing.next(journal.answers(caseId));
		if (next == null || !next.equals(answer.question())) {
			throw new FieldRejected("question", "meldcode.error.questionOrder");
		}
		journal.record(user, caseId, EntryKind.WEIGHING, answer.question(), answer.answer(), null,
				answer.explanation().strip(), null);
		journal.advance(state, 4);
		if (Weighing.outcome(journal.answers(caseId)) == Weighing.Outcome.NO_SUSPICION) {
			journal.close(state, ClosedBecause.NO_SUSPICION);
		}
	}
}
