package nl.samenspel.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.NeighbourhoodImport.BadLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CBS import with the sample files in src/test/resources/cbs, written as StatLine exports "Kerncijfers wijken
 * en buurten": semicolons, quotes, technical headers with the year's suffixes, "." for missing. A platform operator
 * (the demo {@code admin}) imports into the platform's copy; an organisation's ADMIN takes its neighbourhoods over from
 * it and cannot import (issue 14). The platform's copy is shared by every test, so each test imports a year of its own
 * (before the demo's 2024, so that no other test's latest CBS year changes).
 */
class NeighbourhoodImportTests extends IntegrationTest {

	@Autowired
	NeighbourhoodImport cbs;

	@Autowired
	NeighbourhoodAdoption adoption;

	@Autowired
	Neighbourhoods neighbourhoods;

	UUID organisation;

	CurrentUser operator;

	@BeforeEach
	void zonnedal() {
		organisation = fixtures.organisation();
		fixtures.municipality(organisation, "GM9901", "Zonnedal");
		operator = load("admin");
	}

	@Test
	void anOperatorImportsEveryNeighbourhoodOfTheFileIntoThePlatformsCopy() throws IOException {
		var result = cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2001);

		assertThat(result.badLines()).isEmpty();
		assertThat(result.created()).isEqualTo(8);
		assertThat(result.updated()).isZero();
		// the municipality row and two district rows
		assertThat(result.skipped()).isEqualTo(3);

		assertThat(platform("BU99010101", 2001)).containsExactly("Centrum", "WK990101", 410, 246, 38); // 246 = 410 × 9/15
		assertThat(platform("BU99010204", 2001)).as("'.' means missing").containsExactly("Industrieterrein Noord",
				"WK990102", null, null, 210);
		assertThat(platform("BU99020101", 2001)).as("every municipality's").first().isEqualTo("Rivierkwartier");
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation))
			.as("no organisation's own rows").isEmpty();

		assertThat(jdbc.sql("select count(*) from audit_event where action = 'IMPORTED' and object_id = 'cbs-2001'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void importingTheSameYearAgainUpdates() throws IOException {
		cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2002);

		var again = cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2002);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(8);
	}

	@Test
	void anAdminTakesOverTheNeighbourhoodsOfTheirMunicipalitiesAndKeepsACountTypedByHand() throws IOException {
		cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2003);

		var result = adoption.adopt(organisation, 2003);

		assertThat(result.created()).isEqualTo(7);
		assertThat(result.skipped()).as("Rivierkwartier lies in another municipality").isEqualTo(1);
		var centrum = find("BU99010101", 2003);
		assertThat(centrum.getName()).isEqualTo("Centrum");
		assertThat(centrum.getDistrictCode()).isEqualTo("WK990101");
		assertThat(centrum.getChildren0to14()).isEqualTo(410);
		assertThat(centrum.getChildren4to12()).isEqualTo(246);
		assertThat(centrum.isChildren4to12Estimated()).isTrue();
		assertThat(centrum.getLandAreaHectares()).isEqualTo(38);

		var molenwijk = find("BU99010103", 2003);
		molenwijk.update(new NeighbourhoodDetails(molenwijk.getMunicipalityId(), molenwijk.getCode(),
				molenwijk.getDistrictCode(), molenwijk.getName(), 2003, 625, 401, 77, true));
		neighbourhoods.save(molenwijk);
		centrum.deactivate();
		neighbourhoods.save(centrum);

		var again = adoption.adopt(organisation, 2003);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(7);
		assertThat(find("BU99010103", 2003).getChildren4to12()).isEqualTo(401);
		assertThat(find("BU99010103", 2003).isChildren4to12Estimated()).isFalse();
		assertThat(find("BU99010101", 2003).isActive()).as("a deactivation stays").isFalse();
		assertThat(platform("BU99010103", 2003)).as("the platform's copy keeps CBS's estimate").contains(375);
	}

	@Test
	void findsColumnsByNameWhateverTheYearsSuffixes() throws IOException {
		cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2005);

		var result = cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2013.csv"), 2004);

		assertThat(result.badLines()).isEmpty();
		assertThat(result.created()).isEqualTo(3);
		assertThat(platform("BU99010103", 2004)).containsExactly("Molenwijk én Molenhoek", "WK990101", 640, 384, 77);
		assertThat(platform("BU99010103", 2005)).as("the other year stays").contains(625);
	}

	@Test
	void anOrganisationsAdminCannotImport() throws IOException {
		var admin = fixtures.user(organisation, "cbs-not-operator", Role.ADMIN);

		assertThatThrownBy(() -> cbs.importFile(admin, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2006))
			.isInstanceOf(PlatformOperators.NotPlatformOperator.class);
		assertThat(jdbc.sql("select count(*) from cbs_neighbourhood where cbs_year = 2006").query(Integer.class).single())
			.isZero();
	}

	@Test
	void thePageTellsAnAdminThatOnlyAPlatformOperatorImportsAndTheApiAnswersForbidden() throws Exception {
		var admin = fixtures.user(organisation, "cbs-page-admin", Role.ADMIN);
		var file = new MockMultipartFile("file", "kwb.csv", "text/csv",
				sample("kerncijfers-wijken-en-buurten-2023.csv").readAllBytes());

		mvc.perform(get("/neighbourhoods/import").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen een platformbeheerder kan CBS-cijfers inlezen")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("type=\"file\""))));
		mvc.perform(get("/neighbourhoods/import").with(as(operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("type=\"file\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Alleen een platformbeheerder"))));
		mvc.perform(multipart("/neighbourhoods/import").file(file).param("year", "2007").with(as(admin)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/neighbourhoods/import").file(file).param("year", "2007").with(as(admin)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			// refused where the request enters, before the upload is read: the route's rule names the platform operator
			.andExpect(jsonPath("$.status").value(403));
		assertThat(jdbc.sql("select count(*) from cbs_neighbourhood where cbs_year = 2007").query(Integer.class).single())
			.isZero();
	}

	@Test
	void anAdminTakesNeighbourhoodsOverOnThePageAndThroughTheApi() throws Exception {
		cbs.importFile(operator, sample("kerncijfers-wijken-en-buurten-2023.csv"), 2008);
		var admin = fixtures.user(organisation, "cbs-adopt-admin", Role.ADMIN);

		mvc.perform(get("/neighbourhoods/import").with(as(admin)))
			.andExpect(content().string(containsString("<option value=\"2008\">2008</option>")));
		mvc.perform(post("/neighbourhoods/adopt").param("year", "2008").header("HX-Request", "true").with(as(admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7 buurten toegevoegd en 0 bijgewerkt uit de CBS-cijfers van 2008")));
		mvc.perform(post("/api/v1/neighbourhoods/adopt").param("year", "2008").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(7));
		mvc.perform(post("/api/v1/neighbourhoods/adopt").param("year", "1999").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation)).hasSize(7);
	}

	@Test
	void importsNothingFromAFileWithBadLinesAndListsEveryOne() throws IOException {
		var result = cbs.importFile(operator, sample("kerncijfers-bad-lines.csv"), 2009);

		assertThat(result.succeeded()).isFalse();
		assertThat(result.badLines()).containsExactly(
				new BadLine(4, "cbs.error.code", "BU9901-102"),
				new BadLine(5, "cbs.error.number", "k_0Tot15Jaar"),
				new BadLine(6, "cbs.error.columnCount", "12"),
				new BadLine(7, "cbs.error.name", ""),
				new BadLine(8, "cbs.error.duplicate", "BU99010101"),
				new BadLine(9, "cbs.error.number", "k_0Tot15Jaar"));
		assertThat(jdbc.sql("select count(*) from cbs_neighbourhood where cbs_year = 2009").query(Integer.class).single())
			.isZero();
	}

	@Test
	void countsEmptyLinesInTheLineNumbersAndRefusesControlCharactersAndHugeNumbers() {
		var file = ("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n\n"
				+ "\"Centrum\";\"Buurt\";\"BU99010101\";\"2000000\"\n"
				+ "\"Oude\u0000Haven\";\"Buurt\";\"BU99010102\";\"255\"\n").getBytes();

		var result = cbs.importFile(operator, new java.io.ByteArrayInputStream(file), 2023);

		assertThat(result.badLines()).containsExactly(new BadLine(3, "cbs.error.number", "k_0Tot15Jaar"),
				new BadLine(4, "cbs.error.name", ""));
	}

	@Test
	void reportsAtMostFiveHundredBadLines() {
		var file = new StringBuilder("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n");
		for (int i = 0; i < 2000; i++) {
			file.append("\"Buurt ").append(i).append("\";\"Buurt\";\"BU99010101\";\"veel\"\n");
		}

		var result = cbs.importFile(operator, new java.io.ByteArrayInputStream(file.toString().getBytes()), 2023);

		assertThat(result.badLines()).hasSize(500);
	}

	@Test
	void refusesAFileWithoutTheNeededColumns() {
		var file = new java.io.ByteArrayInputStream("\"ID\";\"Naam\"\n\"1\";\"x\"\n".getBytes());

		var result = cbs.importFile(operator, file, 2023);

		assertThat(result.badLines()).containsExactly(
				new BadLine(1, "cbs.error.missingColumns", "Codering, WijkenEnBuurten, SoortRegio, k_0Tot15Jaar"));
	}

	@Test
	void refusesATextThatIsNotUtf8() {
		var latin1 = ("\"WijkenEnBuurten\";\"SoortRegio_2\";\"Codering_3\";\"k_0Tot15Jaar_8\"\n"
				+ "\"Molenwijk \u00e9\u00e9n\";\"Buurt\";\"BU99010103\";\"625\"\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		var result = cbs.importFile(operator, new java.io.ByteArrayInputStream(latin1), 2023);

		assertThat(result.badLines()).extracting(BadLine::reasonKey).containsExactly("cbs.error.encoding");
		assertThat(neighbourhoods.findByOrganisationIdOrderByNameAscCbsYearDesc(organisation)).isEmpty();
	}

	@Test
	void anAdminUploadsTheFileOnThePageAndSeesTheBadLines() throws Exception {
		var admin = operator;
		var file = new MockMultipartFile("file", "kwb.csv", "text/csv", sample("kerncijfers-bad-lines.csv").readAllBytes());

		mvc.perform(multipart("/neighbourhoods/import").file(file).param("year", "2023").header("HX-Request", "true")
				.with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Er is niets ingelezen: 6 regels bevatten een fout.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("De buurt BU99010101 staat twee keer in het bestand.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));

		var good = new MockMultipartFile("file", "kwb.csv", "text/csv",
				sample("kerncijfers-wijken-en-buurten-2023.csv").readAllBytes());
		mvc.perform(multipart("/neighbourhoods/import").file(good).param("year", "2011").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("8 buurten toegevoegd en 0 bijgewerkt voor 2011")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html")));
		assertThat(jdbc.sql("select count(*) from cbs_neighbourhood where cbs_year = 2011").query(Integer.class).single())
			.isEqualTo(8);
	}

	@Test
	void theApiAnswersBadRequestWithTheBadLines() throws Exception {
		var admin = operator;
		var file = new MockMultipartFile("file", "kwb.csv", "text/csv", sample("kerncijfers-bad-lines.csv").readAllBytes());

		mvc.perform(multipart("/api/v1/neighbourhoods/import").file(file).param("year", "2023").with(as(admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.badLines.length()").value(6))
			.andExpect(jsonPath("$.badLines[0].line").value(4))
			.andExpect(jsonPath("$.created").value(0));
	}

	@Test
	void aPageUploadWithoutAYearOrFileSaysSo() throws Exception {
		var admin = operator;

		mvc.perform(multipart("/neighbourhoods/import").param("year", "twintig").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een jaar in tussen 1990 en 2100.")));
		mvc.perform(multipart("/neighbourhoods/import").param("year", "2023").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies een bestand.")));
	}

	/** Name, district, 0-14, 4-12 and hectares of the platform's copy of a code and year. */
	private java.util.List<Object> platform(String code, int year) {
		return jdbc.sql("select name, district_code, children_0_14, children_4_12, land_area_hectares from cbs_neighbourhood"
				+ " where code = :code and cbs_year = :year").param("code", code).param("year", year)
			.query((rs, n) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
					rs.getObject(4, Integer.class), rs.getObject(5, Integer.class)))
			.single();
	}

	private Neighbourhood find(String code, int year) {
		return neighbourhoods.findByOrganisationIdAndCodeAndCbsYear(organisation, code, year).orElseThrow();
	}

	private static InputStream sample(String name) {
		return NeighbourhoodImportTests.class.getResourceAsStream("/cbs/" + name);
	}
}
