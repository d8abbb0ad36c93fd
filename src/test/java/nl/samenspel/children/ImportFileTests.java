package nl.samenspel.children;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading an import file needs no database: lines, bad lines and repeats within the file. */
class ImportFileTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static ChildImport.Preview read(String csv) {
		return ImportFile.read(UUID.randomUUID(), ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
				Map.of("BU01", UUID.randomUUID()), TODAY, child -> "Ada".equals(child.firstName()) ? "Ada Bos" : null);
	}

	@Test
	void readsDutchHeadersAndDatesAndMarksRepeatsAndKnownChildren() {
		var preview = read("""
				voornaam;achternaam;geboortedatum;buurtcode;ouder_naam;ouder_relatie
				Zoë;Jansen;14-3-2018;bu01;Mila Jansen;moeder
				Zoe;Jansen;14-03-2018;;;
				Ada;Bos;2019-01-02;;;
				""");

		assertThat(preview.badLines()).isEmpty();
		assertThat(preview.rows()).extracting(ChildImport.Row::line, ChildImport.Row::possibleDuplicate)
			.containsExactly(tuple(2L, null), tuple(3L, "#2"), tuple(4L, "Ada Bos"));
		assertThat(preview.rows().get(0).guardian().relation()).isEqualTo(Relation.MOTHER);
		assertThat(preview.rows().get(0).child().dateOfBirth()).isEqualTo(LocalDate.of(2018, 3, 14));
		assertThat(preview.importable()).isTrue();
	}

	@Test
	void reportsEveryBadLineAndMissingColumns() {
		var preview = read("""
				first_name,last_name,date_of_birth,neighbourhood_code
				Sem,,2018-01-01,
				Daan,Peters,gisteren,
				Noor,Smit,2018-01-01,XX99
				""");

		assertThat(preview.badLines()).extracting(ChildImport.BadLine::line, ChildImport.BadLine::reasonKey)
			.containsExactly(tuple(2L, "import.error.lastName"), tuple(3L, "import.error.date"),
					tuple(4L, "import.error.neighbourhood"));
		assertThat(preview.importable()).isFalse();
		assertThat(read("voornaam;school\nSem;De Regenboog\n").badLines()).extracting(ChildImport.BadLine::reasonKey)
			.containsExactly("import.error.columns");
	}

	@Test
	void refusesDatesThatDoNotExistInEveryWayOfWritingThem() {
		assertThat(ImportFile.date("31-02-2018")).isEmpty();
		assertThat(ImportFile.date("31/04/2018")).isEmpty();
		assertThat(ImportFile.date("2018-02-30")).isEmpty();
		assertThat(ImportFile.date("29-02-2019")).isEmpty();
		assertThat(ImportFile.date("29-2-2020")).contains(LocalDate.of(2020, 2, 29));
		assertThat(ImportFile.date("1/12/2018")).contains(LocalDate.of(2018, 12, 1));
		assertThat(read("""
				first_name,last_name,date_of_birth
				Sem,de Vries,31-02-2018
				""").badLines()).extracting(ChildImport.BadLine::reasonKey).containsExactly("import.error.date");
	}
}
