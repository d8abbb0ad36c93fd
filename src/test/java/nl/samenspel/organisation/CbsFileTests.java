package nl.samenspel.organisation;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain rules, without Spring: how a CBS file is read, whatever the year's column suffixes. */
class CbsFileTests {

	@Test
	void readsTheNeighbourhoodsOfAFileAndSkipsEveryOtherRow() {
		var parsed = CbsFile.parse(CbsFileTests.class.getResourceAsStream("/cbs/kerncijfers-wijken-en-buurten-2023.csv"),
				2023);

		assertThat(parsed.badLines()).isEmpty();
		assertThat(parsed.rows()).hasSize(8);
		assertThat(parsed.skipped()).isEqualTo(3);
		assertThat(parsed.rows().get(0)).isEqualTo(new NeighbourhoodDetails(null, "BU99010101", "WK990101", "Centrum",
				2023, 410, null, 38, true));
	}

	@Test
	void findsColumnsByTheirNameWithoutTheYearsSuffix() {
		var file = "\"\uFEFFCodering_3\";\"WijkenEnBuurten\";\"SoortRegio_2\";\"k_0Tot15Jaar_7\"\n"
				+ "\"bu99010101\";\"Centrum\";\"Buurt\";\".\"\n";

		var parsed = CbsFile.parse(new ByteArrayInputStream(file.getBytes()), 2013);

		assertThat(parsed.rows()).containsExactly(new NeighbourhoodDetails(null, "BU99010101", "WK990101", "Centrum", 2013,
				null, null, null, true));
	}

	@Test
	void readsCountsAsCbsWritesThem() {
		assertThat(CbsFile.number("1 250")).hasValue(1250);
		assertThat(CbsFile.number(".")).isEqualTo(Optional.empty());
		assertThat(CbsFile.number("")).isEqualTo(Optional.empty());
		assertThat(CbsFile.number("-3")).isNull();
		assertThat(CbsFile.number("veel")).isNull();
	}
}
