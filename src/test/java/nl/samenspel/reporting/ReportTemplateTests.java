package nl.samenspel.reporting;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.Programme;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Report templates: made through the API and the pages, refused with a clear message when they name a figure that
 * does not exist, not found for another organisation, run in their own order, and suppressed for the municipality
 * in every format. The fixture is FigureTests' one, worked out by hand:
 *
 * <pre>
 * neighbourhood A: activity X, sessions ten and three days ago; present: s1 c1 c2 c3, s2 c1 c5; walk-ins s1 2 + 1
 * neighbourhood B: activity Y, one session ten days ago;         present: c1 c6;             walk-ins 3
 *
 *                walk-ins  participations  children
 *   A                3          5              4
 *   B                3          2              2
 *   total            6          7              5
 * suppressed (municipality): every cell of A and B is &lt;5 (A's participations as the complement of B's);
 *   totals 6, 7 and 5 stay.
 * </pre>
 */
class ReportTemplateTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	ReportTemplates templates;

	static final LocalDate TODAY = ActivityFixtures.today();

	/** The year of the sessions; the totals are checked when all of them fall in it. */
	static final int YEAR = TODAY.minusDays(3).getYear();

	static final boolean ONE_YEAR = TODAY.minusDays(10).getYear() == YEAR;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	Reports reports;

	ReportFixtures.Fixture fixture() {
		return reportFixtures.handWorked();
	}

	static String body(String municipality, String figures, String breakdowns) {
		return "{\"name\":\"Jaarverslag Testgemeente\",\"municipality\":\"" + municipality + "\",\"period\":\"YEAR\","
				+ "\"figures\":[" + figures + "],\"breakdowns\":[" + breakdowns + "]}";
	}

	UUID create(ReportFixtures.Fixture f) throws Exception {
		var response = mvc.perform(post("/api/v1/reports/templates").contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"WALK_INS\",\"PARTICIPATIONS\",\"UNIQUE_CHILDREN\"",
					"\"NEIGHBOURHOOD\",\"TOTAL\",\"MONTH\""))
			.with(as(f.world().coordinator())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return UUID.fromString(JSON.readTree(response.getContentAsString()).get("id").asString());
	}

	int count(UUID organisation) {
		return jdbc.sql("select count(*) from report_template where organisation_id = :org").param("org", organisation)
			.query(Integer.class).single();
	}

	@Test
	void aTemplateMadeThroughTheApiRunsWithItsFiguresAndBreakdownsInItsOrder() throws Exception {
		var f = fixture();
		var id = create(f);

		var report = templates.run(f.world().coordinator(), id, YEAR, null);

		assertThat(report.sections()).extracting(TemplateReport.Section::breakdown).containsExactly(
				ReportTemplate.Breakdown.NEIGHBOURHOOD, ReportTemplate.Breakdown.TOTAL, ReportTemplate.Breakdown.MONTH);
		for (var section : report.sections()) {
			assertThat(section.table().figures()).containsExactly(Figure.WALK_INS, Figure.PARTICIPATIONS,
					Figure.UNIQUE_CHILDREN);
			assertThat(section.table().totals().keySet()).containsExactly(Figure.WALK_INS, Figure.PARTICIPATIONS,
					Figure.UNIQUE_CHILDREN);
		}
		assertThat(report.suppressed()).isFalse();
		assertThat(report.from()).isEqualTo(LocalDate.of(YEAR, 1, 1));
		assertThat(report.to()).isEqualTo(LocalDate.of(YEAR, 12, 31));
		assertThat(report.sections().get(1).table().rows()).as("the totals only").isEmpty();
		if (ONE_YEAR) {
			var perNeighbourhood = report.sections().get(0).table();
			assertThat(perNeighbourhood.rows()).extracting(FigureTable.Row::name).containsExactly("Buurt A", "Buurt B");
			var a = perNeighbourhood.rows().get(0);
			var b = perNeighbourhood.rows().get(1);
			assertThat(List.copyOf(a.values().values())).containsExactly(3L, 5L, 4L);
			assertThat(List.copyOf(b.values().values())).containsExactly(3L, 2L, 2L);
			assertThat(List.copyOf(report.sections().get(1).table().totals().values())).containsExactly(6L, 7L, 5L);
		}

		var json = mvc.perform(get("/api/v1/reports/templates/" + id + "/figures?year=" + YEAR)
			.with(as(f.world().coordinator()))).andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		var tree = JSON.readTree(json.getContentAsString());
		assertThat(tree.get("sections").get(0).get("breakdown").asString()).isEqualTo("NEIGHBOURHOOD");
		assertThat(tree.get("sections").get(0).get("table").get("figures").toString())
			.isEqualTo("[\"WALK_INS\",\"PARTICIPATIONS\",\"UNIQUE_CHILDREN\"]");

		var csv = mvc.perform(get("/reports/templates/" + id + "/report.csv?year=" + YEAR).with(as(f.world().coordinator())))
			.andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeffJaarverslag Testgemeente\r\n").contains("\r\n\r\nPer buurt\r\n")
			.contains("\r\n\r\nTotalen\r\n").contains("\r\n\r\nPer maand\r\n");
		var records = records(text);
		var heading = records.get(index(records, "Per buurt") + 1);
		assertThat(heading.toList()).containsExactly("Buurtcode", "Buurt", "Vrije inloop", "Deelnames", "Kinderen bereikt");
		if (ONE_YEAR) {
			assertThat(records.get(index(records, "Per buurt") + 4).toList()).containsExactly("", "Totaal", "6", "7", "5");
			assertThat(records.get(index(records, "Totalen") + 2).toList()).containsExactly("Totaal", "6", "7", "5");
		}
		assertThat(records.get(index(records, "Per maand") + 1).toList())
			.containsExactly("Maand", "Vrije inloop", "Deelnames", "Kinderen bereikt");
	}

	@Test
	void aTemplateNamingAFigureThatDoesNotExistIsAClearMessageAndNothingIsSaved() throws Exception {
		var f = fixture();
		var before = count(f.world().organisationId());

		var api = mvc.perform(post("/api/v1/reports/templates").contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"PARTICIPATIONS\",\"FOO\"", "\"TOTAL\""))
			.with(as(f.world().coordinator())).with(csrf())).andReturn().getResponse();
		var breakdown = mvc.perform(post("/api/v1/reports/templates").contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"PARTICIPATIONS\"", "\"YEARLY\""))
			.with(as(f.world().coordinator())).with(csrf())).andReturn().getResponse();
		var page = mvc.perform(post("/reports/templates").param("name", "Kwartaalrapport").param("municipality", f.municipality())
			.param("period", "QUARTER").param("figures", "FOO").param("breakdowns", "TOTAL")
			.with(as(f.world().coordinator())).with(csrf())).andReturn().getResponse();
		var none = mvc.perform(post("/api/v1/reports/templates").contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "", "\"TOTAL\"")).with(as(f.world().coordinator())).with(csrf()))
			.andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).isEqualTo("application/problem+json");
		assertThat(api.getContentAsString()).contains("\"field\":\"figures\"").contains("Het cijfer FOO bestaat niet");
		assertThat(breakdown.getStatus()).isEqualTo(400);
		assertThat(breakdown.getContentAsString()).contains("\"field\":\"breakdowns\"").contains("YEARLY");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"figures-error\"").contains("Het cijfer FOO bestaat niet");
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(none.getContentAsString()).contains("\"field\":\"figures\"").contains("minstens één cijfer");
		assertThat(count(f.world().organisationId())).as("nothing saved").isEqualTo(before);
	}

	@Test
	void aCoordinatorMakesChangesAndDeletesATemplateOnThePagesInTheOrderTheyNumbered() throws Exception {
		var f = fixture();
		var coordinator = f.world().coordinator();

		var created = mvc.perform(post("/reports/templates").param("name", "Maandrapport").param("municipality", f.municipality())
			.param("period", "MONTH").param("figures", "PARTICIPATIONS", "WALK_INS", "SESSIONS_HELD")
			.param("figureOrder-PARTICIPATIONS", "2").param("figureOrder-WALK_INS", "1")
			.param("breakdowns", "TOTAL", "NEIGHBOURHOOD").param("breakdownOrder-NEIGHBOURHOOD", "1")
			.param("breakdownOrder-TOTAL", "2").with(as(coordinator)).with(csrf())).andReturn().getResponse();

		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		var id = jdbc.sql("select id from report_template where organisation_id = :org and name = 'Maandrapport'")
			.param("org", f.world().organisationId()).query(UUID.class).single();
		assertThat(created.getRedirectedUrl()).isEqualTo("/reports/templates/" + id);
		assertThat(jdbc.sql("select figures || '/' || breakdowns from report_template where id = :id").param("id", id)
			.query(String.class).single()).as("numbered first, the one without a number last")
			.isEqualTo("WALK_INS,PARTICIPATIONS,SESSIONS_HELD/NEIGHBOURHOOD,TOTAL");

		var month = TODAY.minusDays(3).getMonthValue();
		var run = mvc.perform(get("/reports/templates/" + id + "?year=" + YEAR + "&month=" + month).with(as(coordinator)))
			.andReturn().getResponse();
		assertThat(run.getStatus()).isEqualTo(200);
		assertThat(run.getContentAsString()).contains("Maandrapport").contains("Per buurt").contains("Buurt A")
			.contains("report.xlsx?year=" + YEAR + "&amp;month=" + month);
		var wrongMonth = mvc.perform(get("/reports/templates/" + id + "?year=" + YEAR + "&month=13").with(as(coordinator)))
			.andReturn().getResponse();
		assertThat(wrongMonth.getStatus()).isEqualTo(200);
		assertThat(wrongMonth.getContentAsString()).contains("id=\"month-error\"");
		var list = mvc.perform(get("/reports/templates").with(as(coordinator))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("Maandrapport").contains("id=\"figureOrder-PARTICIPATIONS\"");
		assertThat(mvc.perform(get("/reports/templates/" + id + "/edit").with(as(coordinator))).andReturn().getResponse()
			.getContentAsString()).contains("value=\"Maandrapport\"");

		var updated = mvc.perform(post("/reports/templates/" + id).param("name", "Maandrapport 2").param("municipality", f.municipality())
			.param("period", "YEAR").param("figures", "SESSIONS_HELD").param("breakdowns", "MONTH")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(updated.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select name || '/' || period_kind || '/' || figures from report_template where id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("Maandrapport 2/YEAR/SESSIONS_HELD");

		var deleted = mvc.perform(post("/reports/templates/" + id + "/delete").with(as(coordinator)).with(csrf()))
			.andReturn().getResponse();
		assertThat(deleted.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from report_template where id = :id").param("id", id).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anotherOrganisationsTemplateIsNotFound() throws Exception {
		var f = fixture();
		var id = create(f);
		var outsider = fixtures.user(fixtures.organisation(), "buiten", Role.COORDINATOR);
		var otherMunicipality = fixtures.user(fixtures.organisation(), "anderegemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, 'GM0001')")
			.param("u", otherMunicipality.id()).update();
		var before = jdbc.sql("select name || figures || cast(version as varchar) from report_template where id = :id")
			.param("id", id).query(String.class).single();

		for (var user : List.of(outsider, otherMunicipality)) {
			assertThat(mvc.perform(get("/api/v1/reports/templates/" + id).with(as(user))).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(mvc.perform(get("/api/v1/reports/templates/" + id + "/figures?year=" + YEAR).with(as(user)))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
			assertThat(mvc.perform(get("/reports/templates/" + id).with(as(user))).andReturn().getResponse().getStatus())
				.isEqualTo(404);
			assertThat(mvc.perform(get("/reports/templates/" + id + "/report.csv").with(as(user))).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(mvc.perform(get("/api/v1/reports/templates").with(as(user))).andReturn().getResponse()
				.getContentAsString()).doesNotContain(id.toString());
		}
		assertThat(mvc.perform(put("/api/v1/reports/templates/" + id).contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"PARTICIPATIONS\"", "\"TOTAL\"")).with(as(outsider)).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(delete("/api/v1/reports/templates/" + id).with(as(outsider)).with(csrf())).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select name || figures || cast(version as varchar) from report_template where id = :id")
			.param("id", id).query(String.class).single()).as("unchanged").isEqualTo(before);
	}

	@Test
	void theMunicipalitySeesAndRunsItsTemplateSuppressedInEveryFormat() throws Exception {
		var f = fixture();
		var id = create(f);
		var user = f.municipalityUser();

		var list = mvc.perform(get("/api/v1/reports/templates").with(as(user))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains(id.toString()).contains("Jaarverslag Testgemeente");
		assertThat(mvc.perform(get("/reports/templates").with(as(user))).andReturn().getResponse().getContentAsString())
			.contains("Jaarverslag Testgemeente").doesNotContain("id=\"figureOrder-");
		assertThat(mvc.perform(put("/api/v1/reports/templates/" + id).contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"PARTICIPATIONS\"", "\"TOTAL\"")).with(as(user)).with(csrf()))
			.andReturn().getResponse().getStatus()).as("read-only").isEqualTo(403);

		// the children's and walk-ins' keys 0 (counts from 4 up move -3), every presence's 10.5% of the way round (5 of
		// them: 0, 7: +1): the totals 6, 7 and 5 read <5, 8 and <5, and only A's 5 participations show
		reportFixtures.keys(f, 0, CellKeyTests.at(105_000), 0, 0);
		var report = templates.run(user, id, YEAR, null);
		assertThat(report.suppressed()).isTrue();
		if (ONE_YEAR) {
			var perNeighbourhood = report.sections().get(0).table();
			assertThat(new java.util.ArrayList<>(perNeighbourhood.rows().get(0).values().values())).containsExactly(null, 5L, null);
			assertThat(perNeighbourhood.rows().get(1).values().values()).containsOnlyNulls();
			assertThat(new java.util.ArrayList<>(perNeighbourhood.totals().values())).containsExactly(null, 8L, null);
			var direct = reports.figures(user, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), null);
			assertThat(direct.total(Figure.PARTICIPATIONS)).as("the template's figures are the report's: the same noise")
				.isEqualTo(perNeighbourhood.total(Figure.PARTICIPATIONS));
		}

		var json = mvc.perform(get("/api/v1/reports/templates/" + id + "/figures?year=" + YEAR).with(as(user)))
			.andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString()).contains("\"suppressed\":true").doesNotContainPattern("\"[A-Z_]+\":[1-4][,}]")
			.doesNotContain("Kind");

		var page = mvc.perform(get("/reports/templates/" + id + "?year=" + YEAR).with(as(user))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("&lt;5").doesNotContain("/edit\"");

		var csv = mvc.perform(get("/reports/templates/" + id + "/report.csv?year=" + YEAR).with(as(user))).andReturn()
			.getResponse();
		var records = records(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8));
		var figureRows = 0;
		for (var record : records) {
			var leading = record.size() - 3;
			if (record.size() < 4 || record.get(leading).equals("Vrije inloop")) {
				continue;
			}
			for (int i = leading; i < record.size(); i++) {
				assertThat(allowed(record.get(i))).as(record.toString()).isTrue();
			}
			figureRows++;
		}
		assertThat(figureRows).as("rows with figures were checked").isGreaterThanOrEqualTo(4);

		var xlsx = mvc.perform(get("/reports/templates/" + id + "/report.xlsx?year=" + YEAR).with(as(user))).andReturn()
			.getResponse();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(
				xlsx.getContentAsByteArray()))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
				.containsExactly("Per buurt", "Totalen", "Per maand");
			for (var sheet : sheets) {
				var rows = sheet.read();
				var first = rows.get(0).getCellCount() - 3;
				assertThat(rows.get(0).getCellText(first)).isEqualTo("Vrije inloop");
				for (var row : rows.subList(1, rows.size())) {
					for (int i = first; i < row.getCellCount(); i++) {
						var text = row.getCellText(i);
						assertThat(text.equals("<5") || new BigDecimal(text).longValue() == 0
								|| new BigDecimal(text).longValue() >= 5).as(sheet.getName() + " " + text).isTrue();
					}
				}
			}
		}

		var pdf = mvc.perform(get("/reports/templates/" + id + "/report.pdf?year=" + YEAR).with(as(user))).andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Jaarverslag Testgemeente").contains("Per buurt").contains("Totalen")
				.contains("Per maand").contains("<5").contains(f.municipality());
			// the figures: everything from the first section on (the explanation above it mentions 1 to 4)
			var figures = text.substring(text.indexOf("Per buurt"));
			var numbers = Pattern.compile("(?<![\\d.-])\\d+(?![\\d.-])").matcher(figures.replaceAll(
					"\\w+ \\d{4}|GM\\d{4}|BU\\d{8}", ""));
			while (numbers.find()) {
				var value = Long.parseLong(numbers.group());
				assertThat(value == 0 || value >= 5).as("no count from 1 to 4 in the PDF: " + numbers.group()).isTrue();
			}
		}
	}

	@Test
	void workersMayNotUseTemplates() throws Exception {
		var f = fixture();
		var id = create(f);
		var worker = f.world().worker();

		assertThat(mvc.perform(get("/reports/templates").with(as(worker))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/api/v1/reports/templates/" + id + "/figures?year=" + YEAR).with(as(worker)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/api/v1/reports/templates").contentType(MediaType.APPLICATION_JSON)
			.content(body(f.municipality(), "\"PARTICIPATIONS\"", "\"TOTAL\"")).with(as(worker)).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theDemoHasZonnedalsAnnualReportAndTheApiIsDocumented() throws Exception {
		var figures = jdbc.sql("select figures || '/' || breakdowns || '/' || period_kind from report_template"
				+ " where organisation_id = :org and name = 'Jaarverslag Zonnedal'").param("org", OrganisationFixtures.DEMO_FIRST)
			.query(String.class).single();
		assertThat(figures).isEqualTo(
				"PARTICIPATIONS,UNIQUE_CHILDREN,NEW_CHILDREN,SESSIONS_HELD,ACTIVITY_HOURS/NEIGHBOURHOOD,MONTH/YEAR");
		var list = mvc.perform(get("/api/v1/reports/templates").with(as("municipality"))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("Jaarverslag Zonnedal");

		var docs = new HttpSession(baseUrl()).get("/v3/api-docs");
		assertThat(docs.body()).contains("/api/v1/reports/templates").contains("/api/v1/reports/templates/{id}")
			.contains("/api/v1/reports/templates/{id}/figures");
	}

	static boolean allowed(String value) {
		return value.equals("<5") || Long.parseLong(value) == 0 || Long.parseLong(value) >= 5;
	}

	static List<CSVRecord> records(String text) throws Exception {
		return new ArrayList<>(CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
			.getRecords());
	}

	static int index(List<CSVRecord> records, String title) {
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).size() == 1 && records.get(i).get(0).equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no block " + title);
	}
}
