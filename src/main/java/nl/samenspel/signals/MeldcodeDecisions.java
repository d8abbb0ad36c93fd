package nl.samenspel.signals;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;

/**
 * Step 5 of a Meldcode case, after the weighing: the two decisions (is a report necessary, is help also possible), the
 * report to Veilig Thuis with its date and reference, the agreed help with a follow-up date, and closing the case once
 * what was decided is recorded. The rules are the case's own ({@link CaseState}); only those who may work on the case
 * record them, and only while it is open.
 */
@Service
@Transactional
public class MeldcodeDecisions {

	private final CaseAccess access;
	private final CaseJournal journal;
	private final CaseStore cases;
	private final Clock clock;

	MeldcodeDecisions(CaseAccess access, CaseJournal journal, CaseStore cases, Clock clock) {
		this.access = access;
		this.journal = journal;
		this.cases = cases;
		this.clock = clock;
	}

	public void decide(CurrentUser user, UUID caseId, StepRequests.Decision decision) {
		var state = access.changeable(user, caseId);
		state.checkDecision(Weighing.outcome(journal.answers(caseId)), decision.reportRequired(), decision.helpPossible());
		journal.record(user, caseId, EntryKind.DECISION, decision.explanation().strip());
		cases.decided(caseId, decision.reportRequired(), decision.helpPossible());
	}

	public void report(CurrentUser user, UUID caseId, StepRequests.Report report) {
		var state = access.changeable(user, caseId);
		state.checkReport(report.reportedOn(), DutchTime.today(clock));
		journal.record(user, caseId, EntryKind.REPORT, null, null, null, Signals.blank(report.content()),
				Signals.blank(report.reference()));
		cases.reported(caseId, report.reportedOn());
	}

	public void agreeHelp(CurrentUser user, UUID caseId, StepRequests.Help help) {
		var state = access.changeable(user, caseId);
		state.checkHelp(help.followUpOn(), DutchTime.today(clock));
		journal.record(user, caseId, EntryKind.HELP, help.content().strip());
		cases.followUpOn(caseId, help.followUpOn());
	}

	/** Closes a case once its decisions are carried out: the report made, the help agreed, as decided. */
	public void close(CurrentUser user, UUID caseId, StepRequests.Closure closure) {
		var state = access.changeable(user, caseId);
		state.checkClosable();
		journal.record(user, caseId, EntryKind.CLOSURE, closure.content().strip());
		journal.close(state, ClosedBecause.DECIDED);
	}
}
