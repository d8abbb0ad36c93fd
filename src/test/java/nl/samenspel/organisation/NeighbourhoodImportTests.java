package nl.samenspel.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.organisation.NeighbourhoodImport.BadLine;
import nl.samenspel.ui.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CBS import with the sample files in src/test/resources/cbs, written as StatLine exports "Kerncijfers wijken
 * en buurten": semicolons, quotes, technical headers with the year's suffixes, "." for missing.
 */
class NeighbourhoodImportTests extends IntegrationTest {

	@Autowired
	NeighbourhoodImport cbs;

	@Autowired
	Neighbourhoods neighbourhoods;

	UUID organisation;

	@BeforeEach
	void zonnedal() {
		organisation = fixtures.organisation();
		fixtures.municipality(organisation, "GM9901", "Zonnedal");
	}

	@Test
	void importsTheNeighbourhoodsOfTheOrganisationsMunicipalities() throws IOException {
		var result = cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);

		assertThat(result.badLines()).isEmpty();
		assertThat(result.created()).isEqualTo(7);
		assertThat(result.updated()).isZero();
		// the municipality row, two district rows and a neighbourhood of another municipality
		assertThat(result.skipped()).isEqualTo(4);

		var centrum = find("BU99010101", 2023);
		assertThat(centrum.getName()).isEqualTo("Centrum");
		assertThat(centrum.getDistrictCode()).isEqualTo("WK990101");
		assertThat(centrum.getChildren0to14()).isEqualTo(410);
		assertThat(centrum.getChildren4to12()).isEqualTo(246); // 410 × 9/15
		assertThat(centrum.isChildren4to12Estimated()).isTrue();
		assertThat(centrum.getLandAreaHectares()).isEqualTo(38);

		var industry = find("BU99010204", 2023);
		assertThat(industry.getChildren0to14()).as("'.' means missing").isNull();
		assertThat(industry.getChildren4to12()).isNull();
		assertThat(industry.getLandAreaHectares()).isEqualTo(210);

		assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORTED' and organisation_id is null and object_id = 'cbs-2023'")
			.query(Integer.class).single()).as("a service call outside a request has no signed-in actor").isPositive();
	}

	@Test
	void importingTheSameYearAgainUpdatesAndKeepsACountTypedByHand() throws IOException {
		cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);
		var molenwijk = find("BU99010103", 2023);
		molenwijk.update(new NeighbourhoodDetails(molenwijk.getMunicipalityId(), molenwijk.getCode(),
				molenwijk.getDistrictCode(), molenwijk.getName(), 2023, 625, 401, 77, true));
		neighbourhoods.save(molenwijk);

		var again = cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(7);
		assertThat(find("BU99010103", 2023).getChildren4to12()).isEqualTo(401);
		assertThat(find("BU99010103", 2023).isChildren4to12Estimated()).isFalse();
	}

	@Test
	void findsColumnsByNameWhateverTheYearsSuffixes() throws IOException {
		cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);

		var result = cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2013.csv"), 2013);

		assertThat(result.badLines()).isEmpty();
		assertThat(result.created()).isEqualTo(3);
		var molenwijk2013 = find("BU99010103", 2013);
		assertThat(molenwijk2013.getName()).isEqualTo("Molenwijk én Molenhoek");
		assertThat(molenwijk2013.getChildren0to14()).isEqualTo(640);
		assertThat(molenwijk2013.getLandAreaHectares()).isEqualTo(77);
		assertThat(find("BU99010103", 2023).getChildren0to14()).as("the newer year stays").isEqualTo(625);
	}

	@Test
	void importsNothingFromAFileWithBadLinesAndListsEveryOne() throws IOException {
		var result = cbs.importFile(organisation, sample("kerncijfers-bad-lines.csv"), 2023);

		assertThat(result.succeeded()).isFalse();
		assertThat(result.badLines()).containsExactly(
				new BadLine(4, "cbs.error.code", "BU9901-102"),
				new BadLine(5, "cbs.error.number", "k_0Tot15Jaar"),
				new BadLine(6, "cbs.error.columnCount", "12"),
				new BadLine(7, "cbs.error.name", ""),
				new BadLine(8, "cbs.error.duplicate", "BU99010101"),
				new BadLine(9, "cbs.error.number", "k_0Tot15Jaar"));
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation)).isEmpty();
	}

	@Test
	void countsEmptyLinesInTheLineNumbersAndRefusesControlCharactersAndHugeNumbers() {
		var file = ("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n\n"
				+ "\"Centrum\";\"Buurt\";\"BU99010101\";\"2000000\"\n"
				+ "\"Oude\u0000Haven\";\"Buurt\";\"BU99010102\";\"255\"\n").getBytes();

		var result = cbs.importFile(organisation, new java.io.ByteArrayInputStream(file), 2023);

		assertThat(result.badLines()).containsExactly(new BadLine(3, "cbs.error.number", "k_0Tot15Jaar"),
				new BadLine(4, "cbs.error.name", ""));
	}

	@Test
	void reportsAtMostFiveHundredBadLines() {
		var file = new StringBuilder("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n");
		for (int i = 0; i < 2000; i++) {
			file.append("\"Buurt ").append(i).append("\";\"Buurt\";\"BU99010101\";\"veel\"\n");
		}

		var result = cbs.importFile(organisation, new java.io.ByteArrayInputStream(file.toString().getBytes()), 2023);

		assertThat(result.badLines()).hasSize(500);
	}

	@Test
	void aNewImportKeepsADeactivation() throws IOException {
		cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);
		var centrum = find("BU99010101", 2023);
		centrum.deactivate();
		neighbourhoods.save(centrum);

		cbs.importFile(organisation, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2023);

		assertThat(find("BU99010101", 2023).isActive()).isFalse();
	}

	@Test
	void refusesAFileWithoutTheNeededColumns() {
		var file = new java.io.ByteArrayInputStream("\"ID\";\"Naam\"\n\"1\";\"x\"\n".getBytes());

		var result = cbs.importFile(organisation, file, 2023);

		assertThat(result.badLines()).containsExactly(
				new BadLine(1, "cbs.error.missingColumns", "Codering, WijkenEnBuurten, SoortRegio, k_0Tot15Jaar"));
	}

	@Test
	void refusesATextThatIsNotUtf8() {
		var latin1 = ("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n"
				+ "\"Molenwijk \u00e9\u00e9n\";\"Buurt\";\"BU99010103\";\"625\"\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		var result = cbs.importFile(organisation, new java.io.ByteArrayInputStream(latin1), 2023);

		assertThat(result.badLines()).extracting(BadLine::reasonKey).containsExactly("cbs.error.encoding");
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation)).isEmpty();
	}

	@Test
	void anAdminUploadsTheFileOnThePageAndSeesTheBadLines() throws Exception {
		var admin = fixtures.user(organisation, "cbs-admin", Role.ADMIN);
		var file = new MockMultipartFile("file", "kwb.csv", "text/csv", sample("kerncijfers-bad-lines.csv").readAllBytes());

		mvc.perform(multipart("/neighbourhoods/import").file(file).param("year", "2023").header("HX-Request", "true")
				.with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Er is niets ingelezen: 6 regels bevatten een fout.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("De buurt BU99010101 staat twee keer in het bestand.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));

		var good = new MockMultipartFile("file", "kwb.csv", "text/csv",
				sample("kerncijfers-wijken-en-buurten-2023.csv").readAllBytes());
		mvc.perform(multipart("/neighbourhoods/import").file(good).param("year", "2023").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("7 buurten toegevoegd en 0 bijgewerkt voor 2023")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html")));
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation)).hasSize(7);
	}

	@Test
	void theApiAnswersBadRequestWithTheBadLines() throws Exception {
		var admin = fixtures.user(organisation, "cbs-api", Role.ADMIN);
		var file = new MockMultipartFile("file", "kwb.csv", "text/csv", sample("kerncijfers-bad-lines.csv").readAllBytes());

		mvc.perform(multipart("/api/v1/neighbourhoods/import").file(file).param("year", "2023").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.badLines.length()").value(6))
			.andExpect(jsonPath("$.badLines[0].line").value(4))
			.andExpect(jsonPath("$.created").value(0));
	}

	@Test
	void aPageUploadWithoutAYearOrFileSaysSo() throws Exception {
		var admin = fixtures.user(organisation, "cbs-empty", Role.ADMIN);

		mvc.perform(multipart("/neighbourhoods/import").param("year", "twintig").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een jaar in tussen 1990 en 2100.")));
		mvc.perform(multipart("/neighbourhoods/import").param("year", "2023").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies een bestand.")));
	}

	private Neighbourhood find(String code, int year) {
		return neighbourhoods.findByOrganisationIdAndCodeAndCbsYear(organisation, code, year).orElseThrow();
	}

	private static InputStream sample(String name) {
		return NeighbourhoodImportTests.class.getResourceAsStream("/cbs/" + name);
	}
}
