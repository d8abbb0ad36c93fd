package nl.samenspel.reporting;

import org.jspecify.annotations.Nullable;

/**
 * The cell key method, as statistical offices protect frequency tables (the Handbook on Statistical Disclosure Control,
 * chapter on frequency tables; the ABS TableBuilder method): every record counted as a person carries a random record
 * key in [0, {@link #MODULUS}) (V16__reporting_cell_keys.sql), the key of a cell is the sum of its records' keys modulo
 * {@link #MODULUS}, and a fixed perturbation table turns the count and the cell key into a small noise. So the same cell
 * gets the same noise in every table, period and template it appears in, and two cells that differ by one record get
 * independent noise: subtracting one published figure from another no longer gives a hidden cell.
 *
 * <p>The perturbation table (docs/reporting.md explains the choice): a count of 0 stays 0 (no record, no key); a count
 * from 1 to 3 keeps its value (it reads "&lt;5" whatever happens); from 4 upwards the noise is -3, -2, -1, 0, +1, +2
 * or +3 with chances 0.5%, 5%, 24.5%, 40%, 24.5%, 5% and 0.5%: unbiased, variance 0.98, at most 3 off, and so thin at
 * the ends that an attacker who knows the table can only be sure of a hidden value when two noises are both at their
 * extremes (a chance of 1 in 40,000 per pair of figures). A value below {@link #THRESHOLD} after the noise is shown as
 * "&lt;5". Totals are cells of their own, with their own key and noise, so they need not equal the sum of the parts
 * shown.
 */
public final class CellKey {

	/** Record keys are drawn from 0 to this (exclusive); a cell key is the sum of its records' keys modulo this. */
	public static final long MODULUS = 1L << 20;

	/** The smallest published count shown as it is; anything from 1 up to this (exclusive) is "&lt;5". */
	public static final int THRESHOLD = 5;

	/** The largest noise: a published count is at most this far from the count. */
	public static final int MAX_NOISE = 3;

	/** The smallest count that gets noise: 4 - 3 is still above zero. */
	static final int SMALLEST_MOVED = 4;

	/**
	 * The noises -3 to +3 and where each one's share of the cell keys ends, in millionths (0.5%, 5%, 24.5%, 40%, 24.5%,
	 * 5%, 0.5%).
	 */
	private static final int[] NOISE = { -3, -2, -1, 0, 1, 2, 3 };

	private static final long[] UP_TO = { 5_000, 55_000, 300_000, 700_000, 945_000, 995_000, 1_000_000 };

	private CellKey() {
	}

	/** A count and the sum of the record keys of what it counts. */
	public record Cell(long count, long keySum) {

		public static final Cell EMPTY = new Cell(0, 0);

		public Cell plus(Cell other) {
			return new Cell(count + other.count, keySum + other.keySum);
		}
	}

	/** The noise the perturbation table gives a count with a cell key (the key sum modulo {@link #MODULUS}). */
	static int noise(long count, long keySum) {
		if (count < SMALLEST_MOVED) {
			return 0;
		}
		long millionths = Math.floorMod(keySum, MODULUS) * 1_000_000 / MODULUS;
		for (int i = 0; i < UP_TO.length; i++) {
			if (millionths < UP_TO[i]) {
				return NOISE[i];
			}
		}
		throw new IllegalStateException("a cell key is below one");
	}

	/** The count after its noise; zero stays zero. */
	static long perturbed(long count, long keySum) {
		if (count < 0) {
			throw new IllegalArgumentException("a count is not negative");
		}
		return count + noise(count, keySum);
	}

	/** What a municipality sees of a count of persons: 0, the perturbed count, or {@code null} for "&lt;5". */
	public static @Nullable Long publish(long count, long keySum) {
		if (count == 0) {
			return 0L;
		}
		var perturbed = perturbed(count, keySum);
		return perturbed < THRESHOLD ? null : perturbed;
	}

	public static @Nullable Long publish(Cell cell) {
		return publish(cell.count(), cell.keySum());
	}

	/** Whether a count is one that is never shown as it is. */
	static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}
}
