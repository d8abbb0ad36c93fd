package nl.samenspel.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of step 5, on the case itself: no Spring, no database. MeldcodeTests walks them through the API. */
class CaseStateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static CaseState weighed() {
		return state(CaseStatus.OPEN, 4, null, null, null, null);
	}

	static CaseState decided(boolean report, boolean help) {
		return state(CaseStatus.OPEN, 5, report, help, null, null);
	}

	static CaseState state(CaseStatus status, int step, @Nullable Boolean report, @Nullable Boolean help,
			@Nullable LocalDate reportedOn, @Nullable LocalDate followUpOn) {
		return new CaseState(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status, step, report, help, reportedOn,
				followUpOn, Instant.parse("2026-03-01T09:00:00Z"), null, null);
	}

	static void rejects(Executable rule, String field, String key) {
		assertThatThrownBy(rule::execute).isInstanceOfSatisfying(FieldRejected.class, rejected -> {
			assertThat(rejected.field()).isEqualTo(field);
			assertThat(rejected.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void takesNothingOnceClosed() {
		rejects(state(CaseStatus.CLOSED, 4, null, null, null, null)::checkOpen, "content", "meldcode.error.closed");
		assertThatCode(weighed()::checkOpen).doesNotThrowAnyException();
	}

	@Test
	void movesOnOnlyForward() {
		assertThat(weighed().movesOnTo(5)).isTrue();
		assertThat(weighed().movesOnTo(4)).isFalse();
		assertThat(weighed().movesOnTo(2)).isFalse();
	}

	@Test
	void decidesOnlyAfterTheWeighingOnceAndAsItSays() {
		rejects(() -> weighed().checkDecision(Weighing.Outcome.PENDING, true, true), "reportRequired", "meldcode.error.weighFirst");
		rejects(() -> weighed().checkDecision(Weighing.Outcome.NO_SUSPICION, true, true), "reportRequired",
				"meldcode.error.weighFirst");
		rejects(() -> decided(true, false).checkDecision(Weighing.Outcome.REPORT, true, false), "reportRequired",
				"meldcode.error.decided");
		rejects(() -> weighed().checkDecision(Weighing.Outcome.REPORT, false, true), "reportRequired",
				"meldcode.error.reportExpected");
		rejects(() -> weighed().checkDecision(Weighing.Outcome.HELP, false, false), "helpPossible",
				"meldcode.error.nothingDecided");
		assertThatCode(() -> weighed().checkDecision(Weighing.Outcome.HELP, false, true)).doesNotThrowAnyException();
		assertThatCode(() -> weighed().checkDecision(Weighing.Outcome.REPORT, true, false)).doesNotThrowAnyException();
	}

	@Test
	void reportsOnlyWhenDecidedAndNotInTheFuture() {
		rejects(() -> weighed().checkReport(TODAY, TODAY), "reportedOn", "meldcode.error.noReportDecided");
		rejects(() -> decided(false, true).checkReport(TODAY, TODAY), "reportedOn", "meldcode.error.noReportDecided");
		rejects(() -> decided(true, false).checkReport(TODAY.plusDays(1), TODAY), "reportedOn", "meldcode.error.reportFuture");
		assertThatCode(() -> decided(true, false).checkReport(TODAY, TODAY)).doesNotThrowAnyException();
	}

	@Test
	void agreesHelpOnlyWhenDecidedAndNotInThePast() {
		rejects(() -> decided(true, false).checkHelp(TODAY, TODAY), "content", "meldcode.error.noHelpDecided");
		rejects(() -> decided(false, true).checkHelp(TODAY.minusDays(1), TODAY), "followUpOn", "meldcode.error.followUpPast");
		assertThatCode(() -> decided(false, true).checkHelp(TODAY, TODAY)).doesNotThrowAnyException();
	}

	@Test
	void closesOnceWhatWasDecidedIsRecorded() {
		rejects(weighed()::checkClosable, "content", "meldcode.error.decideFirst");
		rejects(decided(true, false)::checkClosable, "content", "meldcode.error.reportFirst");
		rejects(state(CaseStatus.OPEN, 5, true, true, TODAY, null)::checkClosable, "content", "meldcode.error.helpFirst");
		assertThatCode(state(CaseStatus.OPEN, 5, true, true, TODAY, TODAY)::checkClosable).doesNotThrowAnyException();
		assertThatCode(state(CaseStatus.OPEN, 5, false, true, null, TODAY)::checkClosable).doesNotThrowAnyException();
	}
}
