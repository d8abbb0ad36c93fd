package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.samenspel.reporting.Figure;
import nl.samenspel.reporting.FigureTable;
import nl.samenspel.reporting.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/** The month chart of the annual overview: a suppressed month is drawn as "&lt;5", a month without sessions as 0. */
class AnnualMonthValueTests {

	@Test
	void aSuppressedMonthStaysUnknownAMonthWithoutSessionsIsZero() {
		var suppressed = new HashMap<Figure, @Nullable Long>();
		suppressed.put(Figure.PARTICIPATIONS, null);
		var table = new FigureTable(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "GM9950", true,
				List.of(Figure.PARTICIPATIONS),
				List.of(new FigureTable.Row("202503", "maart", Map.of(Figure.PARTICIPATIONS, 12L)),
						new FigureTable.Row("202504", "april", suppressed)),
				Map.of(Figure.PARTICIPATIONS, 15L), Reports.Breakdown.MONTH, true);

		assertThat(AnnualController.monthValue(table, YearMonth.of(2025, 3))).isEqualTo(12L);
		assertThat(AnnualController.monthValue(table, YearMonth.of(2025, 4))).as("suppressed, shown <5").isNull();
		assertThat(AnnualController.monthValue(table, YearMonth.of(2025, 5))).as("no sessions").isEqualTo(0L);
	}
}
