package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of the continuity measures, worked out by hand. */
class ContinuityTests {

	@Test
	void theMedianIsTheMiddleDurationOrTheMeanOfTheTwoMiddleOnesInMonthsOfAQuarterYear() {
		// 30.4375 days a month: 61 days is 2.004 months, so 2.0
		assertThat(Continuity.medianMonths(List.of(400L, 61L, 10L))).isEqualByComparingTo("2.0");
		// (300 + 390) / 2 = 345 days = 11.334... months
		assertThat(Continuity.medianMonths(List.of(760L, 100L, 390L, 300L))).isEqualByComparingTo("11.3");
		// (365 + 366) / 2 = 365.5 days = 12.008 months
		assertThat(Continuity.medianMonths(List.of(365L, 366L))).isEqualByComparingTo("12.0");
		// (0 + 3) / 2 = 1.5 days = 0.049 months; 1.521875 days (0.05 months) would round up to 0.1
		assertThat(Continuity.medianMonths(List.of(0L, 0L, 3L, 4L))).isEqualByComparingTo("0.0");
		assertThat(Continuity.medianMonths(List.of(0L))).isEqualByComparingTo("0.0");
		assertThatThrownBy(() -> Continuity.medianMonths(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRelationLastsAYearFromItsAnniversaryOn() {
		var start = LocalDate.of(2024, 2, 29);
		assertThat(Continuity.lastedAYear(start, LocalDate.of(2025, 2, 27))).isFalse();
		assertThat(Continuity.lastedAYear(start, LocalDate.of(2025, 2, 28))).isTrue();
		assertThat(Continuity.lastedAYear(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(Continuity.lastedAYear(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(Continuity.days(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1))).isEqualTo(365);
	}

	@Test
	void sharesAndRatiosAreOnlyTakenOverCountsThatAreShown() {
		assertThat(Continuity.percent(2L, 4L)).isEqualByComparingTo("50.0");
		assertThat(Continuity.percent(1L, 3L)).isEqualByComparingTo("33.3");
		assertThat(Continuity.percent(2L, 3L)).isEqualByComparingTo("66.7");
		assertThat(Continuity.percent(0L, 7L)).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(Continuity.percent(null, 7L)).isNull();
		assertThat(Continuity.percent(3L, null)).isNull();
		assertThat(Continuity.percent(0L, 0L)).isNull();
		assertThat(Continuity.per(3L, 4L)).isEqualByComparingTo("0.8");
		assertThat(Continuity.per(null, 4L)).isNull();
		assertThat(Continuity.per(5L, 0L)).isNull();
	}
}
