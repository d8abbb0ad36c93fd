package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;

/** A buddy pair's own rules: the days a meeting may have, how it ends, and the end a withdrawn consent brings. */
class BuddyPairRulesTests {

	static final LocalDate START = LocalDate.of(2026, 3, 10);

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static BuddyPair running() {
		return new BuddyPair(UUID.randomUUID(), UUID.randomUUID(), null, "Opa Wim", AgeBand.FROM_70, UUID.randomUUID(), null,
				START, null, null, 0);
	}

	static String rejected(Runnable action) {
		try {
			action.run();
		}
		catch (FieldRejected rejected) {
			return rejected.field() + ":" + rejected.messageKey();
		}
		return "accepted";
	}

	@Test
	void aMeetingFallsBetweenTheStartAndTodayOrTheEnd() {
		var pair = running();
		assertThat(rejected(() -> pair.checkMeetingDay(START, TODAY))).isEqualTo("accepted");
		assertThat(rejected(() -> pair.checkMeetingDay(TODAY, TODAY))).isEqualTo("accepted");
		assertThat(rejected(() -> pair.checkMeetingDay(TODAY.plusDays(1), TODAY)))
			.isEqualTo("metOn:volunteers.buddies.error.meetingInFuture");
		assertThat(rejected(() -> pair.checkMeetingDay(START.minusDays(1), TODAY)))
			.isEqualTo("metOn:volunteers.buddies.error.meetingBeforeStart");
		var ended = pair.end(LocalDate.of(2026, 5, 1), BuddyEndReason.MOVED, TODAY);
		assertThat(rejected(() -> ended.checkMeetingDay(LocalDate.of(2026, 5, 1), TODAY))).isEqualTo("accepted");
		assertThat(rejected(() -> ended.checkMeetingDay(LocalDate.of(2026, 5, 2), TODAY)))
			.isEqualTo("metOn:volunteers.buddies.error.meetingAfterEnd");
	}

	@Test
	void aPairEndsOnceNotBeforeItStartedAndNotInTheFuture() {
		var pair = running();
		assertThat(rejected(() -> pair.end(START.minusDays(1), BuddyEndReason.OTHER, TODAY)))
			.isEqualTo("endedOn:volunteers.buddies.error.endBeforeStart");
		assertThat(rejected(() -> pair.end(TODAY.plusDays(1), BuddyEndReason.OTHER, TODAY)))
			.isEqualTo("endedOn:volunteers.buddies.error.endInFuture");
		var ended = pair.end(START, BuddyEndReason.GOAL_REACHED, TODAY);
		assertThat(ended.endedOn()).isEqualTo(START);
		assertThat(ended.endReason()).isEqualTo(BuddyEndReason.GOAL_REACHED);
		assertThat(ended.activeOn(START)).isFalse();
		assertThat(pair.activeOn(START)).isTrue();
		assertThat(rejected(() -> ended.end(TODAY, BuddyEndReason.MOVED, TODAY)))
			.isEqualTo("endedOn:volunteers.buddies.error.alreadyEnded");
	}

	@Test
	void aWithdrawnConsentEndsARunningPairOnItsDayAndLeavesAnEndedOneAlone() {
		var pair = running();
		var withdrawn = pair.endForWithdrawnConsent(TODAY).orElseThrow();
		assertThat(withdrawn.endedOn()).isEqualTo(TODAY);
		assertThat(withdrawn.endReason()).isEqualTo(BuddyEndReason.CONSENT_WITHDRAWN);
		assertThat(withdrawn.endForWithdrawnConsent(TODAY.plusDays(3))).isEmpty();
		// a withdrawal dated before the pair's start never ends it before it began
		assertThat(pair.endForWithdrawnConsent(START.minusDays(5)).orElseThrow().endedOn()).isEqualTo(START);
	}
}
