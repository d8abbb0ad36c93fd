package nl.samenspel.reporting;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cell key method's perturbation table, worked by hand, and its properties over many random cells: unbiased, a
 * variance of 0.98, never more than 3 off, zero stays zero, and two cells that differ by one record get independent
 * noise.
 */
class CellKeyTests {

	static final long M = CellKey.MODULUS;

	/** A key sum whose cell key is this many millionths of the way through [0, 1). */
	static long at(long millionths) {
		return (millionths * M + 999_999) / 1_000_000;
	}

	@ParameterizedTest(name = "count {0}, cell key {1} millionths: noise {2}")
	@CsvSource({
			// the table's seven bands: -3 below 0.5%, -2 below 5.5%, -1 below 30%, 0 below 70%, +1 below 94.5%, +2 below
			// 99.5%, +3 above
			"10, 0, -3", "10, 4999, -3", "10, 5000, -2", "10, 54999, -2", "10, 55000, -1", "10, 299999, -1",
			"10, 300000, 0", "10, 699999, 0", "10, 700000, 1", "10, 944999, 1", "10, 945000, 2", "10, 994999, 2",
			"10, 995000, 3", "10, 999999, 3",
			// counts from 1 to 3 are never moved: they read <5 whatever the noise
			"1, 0, 0", "3, 999999, 0", "3, 0, 0",
			// 4 is the smallest count that can be moved down three and stay positive
			"4, 0, -3", "4, 999999, 3" })
	void theTableGivesTheNoiseOfItsBand(long count, long millionths, int noise) {
		assertThat(CellKey.noise(count, at(millionths))).isEqualTo(noise);
	}

	@Test
	void theCellKeyIsTheSumOfTheRecordKeysModuloTheModulus() {
		// 0.6 of the way plus a whole turn is still 0.6: noise 0
		assertThat(CellKey.noise(10, at(600_000) + 3 * M)).isZero();
		assertThat(CellKey.noise(10, at(600_000) + M + at(400_000))).as("0.6 + 0.4 = 1.0, so 0.0: -3").isEqualTo(-3);
	}

	@Test
	void whatAMunicipalitySees() {
		assertThat(CellKey.publish(0, 12345)).as("zero stays zero").isZero();
		assertThat(CellKey.publish(4, at(999_999))).as("4 + 3").isEqualTo(7L);
		assertThat(CellKey.publish(4, at(0))).as("4 - 3 = 1: still somebody, <5").isNull();
		assertThat(CellKey.publish(5, at(10_000))).as("5 - 2 = 3 reads <5").isNull();
		assertThat(CellKey.publish(6, at(500_000))).isEqualTo(6L);
		assertThat(CellKey.publish(3, at(999_999))).as("3 stays 3: <5").isNull();
		assertThat(CellKey.publish(new CellKey.Cell(7, at(100_000)))).isEqualTo(6L);
		assertThatThrownBy(() -> CellKey.perturbed(-1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overManyCellsTheNoiseIsUnbiasedWithVarianceOneAndAtMostTwo() {
		var random = new Random(14);
		int cells = 200_000;
		long sum = 0;
		long squares = 0;
		var seen = new int[7];
		for (int i = 0; i < cells; i++) {
			long count = 4 + random.nextInt(1000);
			long keys = 0;
			for (int r = 0; r < 3; r++) {
				keys += random.nextInt((int) M);
			}
			var noise = CellKey.noise(count, keys);
			assertThat(Math.abs(noise)).isLessThanOrEqualTo(CellKey.MAX_NOISE);
			seen[noise + 3]++;
			sum += noise;
			squares += (long) noise * noise;
		}
		double mean = (double) sum / cells;
		double variance = (double) squares / cells - mean * mean;
		assertThat(mean).isBetween(-0.01, 0.01);
		assertThat(variance).isBetween(0.96, 1.00);
		assertThat(seen[0] / (double) cells).as("-3").isBetween(0.004, 0.006);
		assertThat(seen[1] / (double) cells).as("-2").isBetween(0.047, 0.053);
		assertThat(seen[3] / (double) cells).as("0").isBetween(0.39, 0.41);
		assertThat(seen[6] / (double) cells).as("+3").isBetween(0.004, 0.006);
	}

	@Test
	void twoCellsThatDifferByOneRecordGetIndependentNoise() {
		// a cell and the same cell with one more record: if the noise were shared, the difference of the published
		// values would be the difference of the counts every time
		var random = new Random(6);
		int pairs = 100_000;
		int exact = 0;
		for (int i = 0; i < pairs; i++) {
			long count = 10 + random.nextInt(100);
			long keys = random.nextInt((int) M) + (long) random.nextInt((int) M);
			long extra = random.nextInt((int) M);
			long difference = CellKey.perturbed(count + 1, keys + extra) - CellKey.perturbed(count, keys);
			if (difference == 1) {
				exact++;
			}
		}
		// independent noises are equal with chance 2 (0.005² + 0.05² + 0.245²) + 0.4² = 0.2851
		assertThat(exact / (double) pairs).isBetween(0.275, 0.295);
	}
}
