package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;

/**
 * Where a Meldcode case stands (its plain columns, never content), with the rules of step 5 that follow from it: the
 * decisions only after the weighing and only once, a report only when one was decided and not dated in the future,
 * help only when it was decided, with a follow-up date not in the past, and closing only once what was decided is
 * recorded. A closed case takes nothing more.
 */
record CaseState(UUID id, UUID organisationId, UUID childId, CaseStatus status, int step,
		@Nullable Boolean reportRequired, @Nullable Boolean helpPossible, @Nullable LocalDate reportedOn,
		@Nullable LocalDate followUpOn, Instant openedAt, @Nullable Instant closedAt,
		@Nullable ClosedBecause closedBecause) {

	void checkOpen() {
		if (status != CaseStatus.OPEN) {
			throw new FieldRejected("content", "meldcode.error.closed");
		}
	}

	/** Whether recording step {@code next} moves the case on: a step recorded again does not move it back. */
	boolean movesOnTo(int next) {
		return step < next;
	}

	void checkDecision(Weighing.Outcome weighing, boolean reportRequired, boolean helpPossible) {
		if (weighing != Weighing.Outcome.REPORT && weighing != Weighing.Outcome.HELP) {
			throw new FieldRejected("reportRequired", "meldcode.error.weighFirst");
		}
		if (this.reportRequired != null) {
			throw new FieldRejected("reportRequired", "meldcode.error.decided");
		}
		if (weighing == Weighing.Outcome.REPORT && !reportRequired) {
			throw new FieldRejected("reportRequired", "meldcode.error.reportExpected");
		}
		if (!reportRequired && !helpPossible) {
			throw new FieldRejected("helpPossible", "meldcode.error.nothingDecided");
		}
	}

	void checkReport(LocalDate reportedOn, LocalDate today) {
		if (!Boolean.TRUE.equals(reportRequired)) {
			throw new FieldRejected("reportedOn", "meldcode.error.noReportDecided");
		}
		if (reportedOn.isAfter(today)) {
			throw new FieldRejected("reportedOn", "meldcode.error.reportFuture");
		}
	}

	void checkHelp(LocalDate followUpOn, LocalDate today) {
		if (!Boolean.TRUE.equals(helpPossible)) {
			throw new FieldRejected("content", "meldcode.error.noHelpDecided");
		}
		if (followUpOn.isBefore(today)) {
			throw new FieldRejected("followUpOn", "meldcode.error.followUpPast");
		}
	}

	void checkClosable() {
		if (reportRequired == null) {
			throw new FieldRejected("content", "meldcode.error.decideFirst");
		}
		if (reportRequired && reportedOn == null) {
			throw new FieldRejected("content", "meldcode.error.reportFirst");
		}
		if (Boolean.TRUE.equals(helpPossible) && followUpOn == null) {
			throw new FieldRejected("content", "meldcode.error.helpFirst");
		}
	}
}
