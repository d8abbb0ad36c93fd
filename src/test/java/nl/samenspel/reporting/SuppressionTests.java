package nl.samenspel.reporting;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small-cell suppression, worked out by hand, and its two rules checked over many random tables. */
class SuppressionTests {

	@Test
	void aSmallCountIsHiddenAndSoIsTheSmallestOtherPartThatWouldGiveItAway() {
		var table = Suppression.list(0, 3, 12, 7);

		assertThat(table.cells().get(0)).containsExactly(0L, null, 12L, null);
		assertThat(table.total()).isEqualTo(22L);
	}

	@Test
	void smallTotalsAreHiddenTooAndZeroStaysZero() {
		assertThat(Suppression.list(2, 2).cells().get(0)).containsExactly(null, null);
		assertThat(Suppression.list(2, 2).total()).isNull();
		assertThat(Suppression.list(0, 0, 3).cells().get(0)).containsExactly(0L, 0L, null);
		assertThat(Suppression.list(0, 0, 3).total()).isNull();
		assertThat(Suppression.list(3, 10).cells().get(0)).containsExactly(null, null);
		assertThat(Suppression.list(3, 10).total()).isEqualTo(13L);
		assertThat(Suppression.list(6, 0, 5).cells().get(0)).containsExactly(6L, 0L, 5L);
		assertThat(Suppression.list(6, 0, 5).hidden()).isZero();
	}

	@Test
	void aTableIsCheckedByRowAndByColumnUntilNothingChanges() {
		// row 0: 3 is hidden, 8 is its complement; then columns 0 and 1 each have one hidden cell: 9 and 6 follow
		var table = Suppression.table(new long[][] { { 3, 8, 10 }, { 9, 6, 12 } });

		assertThat(table.cells().get(0)).containsExactly(null, null, 10L);
		assertThat(table.cells().get(1)).containsExactly(null, null, 12L);
		assertThat(table.rowTotals()).containsExactly(21L, 27L);
		assertThat(table.columnTotals()).containsExactly(12L, 14L, 22L);
		assertThat(table.total()).isEqualTo(48L);
		assertThat(table.hidden()).isEqualTo(4);
	}

	@Test
	void aLineWithNothingElseToHideLosesItsTotal() {
		// column 0 has one part and a total of 2: hidden; the small column total is hidden as well
		var table = Suppression.table(new long[][] { { 2, 0 }, { 1, 0 } });

		assertThat(table.cells().get(0)).containsExactly(null, 0L);
		assertThat(table.cells().get(1)).containsExactly(null, 0L);
		assertThat(table.columnTotals()).containsExactly(null, 0L);
		assertThat(table.rowTotals()).containsExactly(null, null);
		assertThat(table.total()).isNull();
	}

	@Test
	void neverShowsACountBelowFiveNorALineWithOneHiddenPartNextToItsTotal() {
		var random = new Random(20261201);
		for (int round = 0; round < 2000; round++) {
			var rows = 1 + random.nextInt(5);
			var columns = 1 + random.nextInt(6);
			var counts = new long[rows][columns];
			for (var row : counts) {
				for (int c = 0; c < columns; c++) {
					row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
				}
			}
			var table = Suppression.table(counts);
			var label = Arrays.deepToString(counts);

			table.cells().stream().flatMap(java.util.List::stream).forEach(value -> assertThat(value == null || value == 0
					|| value >= Suppression.THRESHOLD).as(label).isTrue());
			for (var total : table.rowTotals()) {
				assertThat(total == null || total == 0 || total >= Suppression.THRESHOLD).as(label).isTrue();
			}
			for (int r = 0; r < rows; r++) {
				var hidden = table.cells().get(r).stream().filter(value -> value == null).count();
				if (table.rowTotals().get(r) != null) {
					assertThat(hidden).as("row %d of %s", r, label).isNotEqualTo(1);
				}
			}
			for (int c = 0; c < columns; c++) {
				int column = c;
				var hidden = table.cells().stream().filter(row -> row.get(column) == null).count();
				if (table.columnTotals().get(c) != null) {
					assertThat(hidden).as("column %d of %s", c, label).isNotEqualTo(1);
				}
			}
			var hiddenColumnTotals = table.columnTotals().stream().filter(value -> value == null).count();
			var hiddenRowTotals = table.rowTotals().stream().filter(value -> value == null).count();
			if (table.total() != null) {
				assertThat(hiddenColumnTotals).as("the column totals of %s", label).isNotEqualTo(1);
				assertThat(hiddenRowTotals).as("the row totals of %s", label).isNotEqualTo(1);
			}
		}
	}

	@Test
	void refusesRaggedOrNegativeTables() {
		assertThatThrownBy(() -> Suppression.table(new long[][] { { 1, 2 }, { 3 } })).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Suppression.list(5, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
