package nl.samenspel.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression for anything a municipality sees. A count from 1 to 4 is shown as "&lt;5" (primary
 * suppression); zero stays zero, because it identifies nobody. And where a published total and all but one of its
 * parts would give a suppressed cell away by subtraction, a second part is suppressed too (complementary
 * suppression): the smallest other part that is not zero, or failing that the smallest other part, or, when the
 * line has no other part, its total. Rows and columns are checked again until nothing changes, because a
 * complementary cell in a row can leave its column with a single suppressed cell.
 *
 * <p>Works on a table of counts with a total per row, a total per column and a grand total, as reports show them; a
 * single list with its total is a table of one row.
 */
public final class Suppression {

	/** The smallest count that may be shown as it is. */
	public static final int THRESHOLD = 5;

	private Suppression() {
	}

	/** A table after suppression: {@code null} where a count must be shown as "&lt;5". */
	public record Table(List<List<@Nullable Long>> cells, List<@Nullable Long> rowTotals, List<@Nullable Long> columnTotals,
			@Nullable Long total) {

		public @Nullable Long cell(int row, int column) {
			return cells.get(row).get(column);
		}

		/** How many values (cells and totals) are hidden. */
		public int hidden() {
			int count = (int) cells.stream().flatMap(List::stream).filter(value -> value == null).count();
			count += (int) rowTotals.stream().filter(value -> value == null).count();
			count += (int) columnTotals.stream().filter(value -> value == null).count();
			return count + (total == null ? 1 : 0);
		}
	}

	static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** Suppresses one list of parts with its total: a table of one row. */
	public static Table list(long... parts) {
		return table(new long[][] { parts });
	}

	/** Suppresses a table of counts (rows of equal length, no negative counts) with its row, column and grand totals. */
	public static Table table(long[][] counts) {
		int rows = counts.length;
		int columns = rows == 0 ? 0 : counts[0].length;
		for (var row : counts) {
			if (row.length != columns || Arrays.stream(row).anyMatch(value -> value < 0)) {
				throw new IllegalArgumentException("rows of equal length and no negative counts");
			}
		}
		// the table with its totals as one grid: row totals in the last column, column totals in the last row
		var grid = new long[rows + 1][columns + 1];
		var hidden = new boolean[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				grid[r][c] = counts[r][c];
				grid[r][columns] += counts[r][c];
				grid[rows][c] += counts[r][c];
				grid[rows][columns] += counts[r][c];
			}
		}
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				hidden[r][c] = small(grid[r][c]);
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			// every row (the column totals' row included) against its total in the last column
			for (int r = 0; r <= rows; r++) {
				changed |= protect(grid, hidden, line(r, columns, true));
			}
			// every column (the row totals' column included) against its total in the last row
			for (int c = 0; c <= columns; c++) {
				changed |= protect(grid, hidden, line(c, rows, false));
			}
		}
		var cells = new ArrayList<List<@Nullable Long>>();
		for (int r = 0; r < rows; r++) {
			var row = new ArrayList<@Nullable Long>();
			for (int c = 0; c < columns; c++) {
				row.add(hidden[r][c] ? null : grid[r][c]);
			}
			cells.add(row);
		}
		var rowTotals = new ArrayList<@Nullable Long>();
		for (int r = 0; r < rows; r++) {
			rowTotals.add(hidden[r][columns] ? null : grid[r][columns]);
		}
		var columnTotals = new ArrayList<@Nullable Long>();
		for (int c = 0; c < columns; c++) {
			columnTotals.add(hidden[rows][c] ? null : grid[rows][c]);
		}
		return new Table(cells, rowTotals, columnTotals, hidden[rows][columns] ? null : grid[rows][columns]);
	}

	/** The positions of a line: its parts first, its total last. */
	private static int[][] line(int index, int length, boolean row) {
		var positions = new int[length + 1][];
		for (int i = 0; i <= length; i++) {
			positions[i] = row ? new int[] { index, i } : new int[] { i, index };
		}
		return positions;
	}

	/** When the total is shown and exactly one part is hidden, hides another part (or the total). */
	private static boolean protect(long[][] grid, boolean[][] hidden, int[][] line) {
		var total = line[line.length - 1];
		if (hidden[total[0]][total[1]]) {
			return false;
		}
		int hiddenParts = 0;
		int[] best = null;
		for (int i = 0; i < line.length - 1; i++) {
			var part = line[i];
			if (hidden[part[0]][part[1]]) {
				hiddenParts++;
			}
			else if (best == null || better(grid, part, best)) {
				best = part;
			}
		}
		if (hiddenParts != 1) {
			return false;
		}
		var chosen = best == null ? total : best;
		hidden[chosen[0]][chosen[1]] = true;
		return true;
	}

	/** The smallest count above zero is the best complement; a zero only when there is nothing else. */
	private static boolean better(long[][] grid, int[] candidate, int[] current) {
		long a = grid[candidate[0]][candidate[1]];
		long b = grid[current[0]][current[1]];
		if ((a > 0) != (b > 0)) {
			return a > 0;
		}
		return a < b;
	}
}
