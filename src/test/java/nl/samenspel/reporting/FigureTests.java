package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.Programme;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Figures per neighbourhood from a small fixture whose numbers are worked out by hand below, for the coordinator as
 * they are and for the municipality perturbed by the cell key method; the municipality never sees a count of persons
 * from 1 to 4.
 *
 * <pre>
 * neighbourhood A: activity X, two sessions of 90 minutes; present: s1 c1 c2 c3 (c4 absent), s2 c1 c5; walk-ins s1 2 + 1
 * neighbourhood B: activity Y, one session of 60 minutes;  present: c1 c6;                         walk-ins 3
 * plus a session of X next week (not held) and one last week that was cancelled (not held)
 *
 * (hours are held in tenths of an hour: 3 hours is 30, shown as 3,0)
 *                sessions  hours  participations  children  new children  walk-ins
 *   A                2       3          5             4           4 (c1 c2 c3 c5)  3
 *   B                1       1          2             2           2 (c1 c6)        3
 *   total            3       4          7             5           5                6
 * activities: A 1 (X), B 1 (Y), total 2; staff and volunteer hours: A 3 and 3 (the worker and the volunteer at two
 * sessions of X), B 0 and 0 (Y's session was given no staff), total 3 and 3
 * (c1's first day had sessions in both neighbourhoods, so c1 is new in both, and once in the total;
 *  from four days ago on, only c5 is new: first present at the second session of X)
 * for the municipality, with every record key 0 (each cell key 0: counts from 3 up move -2) but Buurt B's walk-in
 * count's key at 96% (+2), worked out in the test
 * </pre>
 */
class FigureTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	Reports reports;

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ReportFixtures reportFixtures;

	ReportFixtures.Fixture fixture() {
		return reportFixtures.handWorked();
	}

	@Test
	void theCoordinatorSeesTheFiguresAsTheyAre() {
		var f = fixture();

		var table = reports.figures(f.world().coordinator(), TODAY.minusDays(30), TODAY.plusDays(30), null);

		assertThat(table.suppressed()).isFalse();
		assertThat(table.rows()).extracting(FigureTable.Row::name).containsExactly("Buurt A", "Buurt B");
		var a = table.rows().get(0);
		var b = table.rows().get(1);
		assertThat(List.of(a.value(Figure.SESSIONS_HELD), a.value(Figure.ACTIVITY_HOURS), a.value(Figure.PARTICIPATIONS),
				a.value(Figure.UNIQUE_CHILDREN), a.value(Figure.WALK_INS))).containsExactly(2L, 30L, 5L, 4L, 3L);
		assertThat(List.of(b.value(Figure.SESSIONS_HELD), b.value(Figure.ACTIVITY_HOURS), b.value(Figure.PARTICIPATIONS),
				b.value(Figure.UNIQUE_CHILDREN), b.value(Figure.WALK_INS))).containsExactly(1L, 10L, 2L, 2L, 3L);
		assertThat(List.of(table.total(Figure.SESSIONS_HELD), table.total(Figure.ACTIVITY_HOURS),
				table.total(Figure.PARTICIPATIONS), table.total(Figure.UNIQUE_CHILDREN), table.total(Figure.WALK_INS)))
			.containsExactly(3L, 40L, 7L, 5L, 6L);
		assertThat(List.of(a.value(Figure.NEW_CHILDREN), b.value(Figure.NEW_CHILDREN), table.total(Figure.NEW_CHILDREN)))
			.containsExactly(4L, 2L, 5L);
		// X has the worker and the volunteer at both its sessions (2 x 90 minutes each); Y's session has no staff
		assertThat(List.of(a.value(Figure.ACTIVITIES_HELD), a.value(Figure.STAFF_HOURS), a.value(Figure.VOLUNTEER_HOURS)))
			.containsExactly(1L, 30L, 30L);
		assertThat(List.of(b.value(Figure.ACTIVITIES_HELD), b.value(Figure.STAFF_HOURS), b.value(Figure.VOLUNTEER_HOURS)))
			.containsExactly(1L, 0L, 0L);
		assertThat(List.of(table.total(Figure.ACTIVITIES_HELD), table.total(Figure.STAFF_HOURS),
				table.total(Figure.VOLUNTEER_HOURS))).containsExactly(2L, 30L, 30L);
		var lastDays = reports.figures(f.world().coordinator(), TODAY.minusDays(4), TODAY, null);
		assertThat(lastDays.total(Figure.PARTICIPATIONS)).as("only the second session of X falls in the last four days")
			.isEqualTo(2L);
		assertThat(lastDays.total(Figure.NEW_CHILDREN)).as("c5 came for the first time").isEqualTo(1L);
		assertThat(lastDays.rows()).extracting(FigureTable.Row::name).containsExactly("Buurt A");
	}

	@Test
	void theMunicipalitySeesItsOwnFiguresPerturbedByTheirCellKeysAndNoOtherMunicipality() throws Exception {
		var f = fixture();
		var year = ReportFixtures.year();
		// the children's and walk-ins' record keys 0, so their cells' keys are 0 and every count from 4 up is 3 less; but
		// B's walk-in count has a key 96% of the way round (+2), and every presence's key is 10.5% of the way: 5 of them
		// make 52.5% (0), 7 make 73.5% (+1)
		reportFixtures.keys(f, 0, CellKeyTests.at(105_000), 0, CellKeyTests.at(960_000));

		var table = reports.figures(f.municipalityUser(), year.from(), year.to(), null);

		assertThat(table.suppressed()).isTrue();
		assertThat(table.municipalityCode()).isEqualTo(f.municipality());
		var figures = List.of(Figure.SESSIONS_HELD, Figure.ACTIVITY_HOURS, Figure.PARTICIPATIONS, Figure.UNIQUE_CHILDREN,
				Figure.NEW_CHILDREN, Figure.WALK_INS, Figure.ACTIVITIES_HELD, Figure.STAFF_HOURS, Figure.VOLUNTEER_HOURS);
		// sessions, hours and activities as they are; persons: A 5+0, 4-3, 4-3, 3 (below 4 nothing moves); B 2, 2, 2, 3;
		// totals 7+1, 5-3, 5-3 and walk-ins 6+2
		// (hours in tenths)
		assertThat(figures.stream().map(table.rows().get(0)::value).toList())
			.containsExactly(2L, 30L, 5L, null, null, null, 1L, 30L, 30L);
		assertThat(figures.stream().map(table.rows().get(1)::value).toList())
			.containsExactly(1L, 10L, null, null, null, null, 1L, 0L, 0L);
		assertThat(figures.stream().map(table::total).toList()).as("a total is a cell of its own: 8, not 5 + <5")
			.containsExactly(3L, 40L, 8L, null, null, 8L, 2L, 30L, 30L);

		var json = mvc.perform(get("/api/v1/reports/figures?period=" + year.code()).with(as(f.municipalityUser())))
			.andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString()).doesNotContainPattern("\"(PARTICIPATIONS|UNIQUE_CHILDREN|NEW_CHILDREN|WALK_INS)\":[1-4][,}]")
			.contains("\"WALK_INS\":8").doesNotContain("Kind");
		var other = mvc.perform(get("/api/v1/reports/figures?period=" + year.code() + "&municipality=GM0001")
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
		var page = mvc.perform(get("/reports?period=" + year.code()).with(as(f.municipalityUser()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;5").contains("Buurt A").contains("name=\"period\"").doesNotContain("name=\"from\"")
			.contains("hoeft dus niet gelijk te zijn aan de som");

		var csv = mvc.perform(get("/reports/figures.csv?period=" + year.code()).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var bytes = csv.getContentAsByteArray();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
		var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
			.parse(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1))).getRecords();
		assertThat(records).hasSize(5);
		assertThat(records.get(0).get(1)).isEqualTo("Buurt");
		assertThat(records.get(1).values()).as("hours with one decimal").containsExactly(records.get(1).get(0), "Buurt A",
				"2", "3,0", "5", "<5", "<5", "<5", "1", "3,0", "3,0");
		assertThat(records.get(3).get(1)).isEqualTo("Totaal");
		assertThat(records.get(3).get(4)).isEqualTo("8");
		assertThat(records.get(3).get(7)).isEqualTo("8");
		assertThat(records.get(4).get(0)).as("the note under a municipality's table").contains("apart verstoord");

		var xlsx = mvc.perform(get("/reports/figures.xlsx?period=" + year.code()).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(
				xlsx.getContentAsByteArray()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellAsString(1)).contains("Buurt A");
			assertThat(rows.get(1).getCellText(4)).isEqualTo("5");
			assertThat(rows.get(3).getCellText(4)).isEqualTo("8");
			assertThat(rows.get(3).getCellText(6)).as("new children").isEqualTo("<5");
			assertThat(rows.get(3).getCellText(7)).as("walk-ins").isEqualTo("8");
		}

		var pdf = mvc.perform(get("/reports/figures.pdf?period=" + year.code()).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Jaarverslag kinderwerk").contains("Buurt A").contains("<5").contains(f.municipality())
				.contains("apart verstoord");
		}
	}

	/** Three activities, one session of 90 minutes each: 1,5 + 1,5 + 1,5 hours make 4,5, not 2 + 2 + 2 beside 5. */
	@Test
	void hoursHaveOneDecimalAndTheRowsAddUpToTheTotalEverywhere() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Uur", 8, true);
		for (int i = 0; i < 3; i++) {
			var activity = programmeFixtures.activity(world, nl.samenspel.activities.Mode.DROP_IN, null, 4, 12);
			var session = programmeFixtures.session(world, activity, TODAY.minusDays(1 + i));
			attendance.mark(world.worker(), session.id(), new nl.samenspel.activities.AttendanceMark(child, true, null, null));
		}
		var period = "from=" + TODAY.minusDays(10) + "&to=" + TODAY + "&breakdown=ACTIVITY";

		var table = reports.figures(world.coordinator(), TODAY.minusDays(10), TODAY, null, Reports.Breakdown.ACTIVITY);
		assertThat(table.rows()).extracting(row -> table.shown(Figure.ACTIVITY_HOURS, row.value(Figure.ACTIVITY_HOURS),
				java.util.Locale.forLanguageTag("nl"))).containsExactly("1,5", "1,5", "1,5");
		assertThat(table.shown(Figure.ACTIVITY_HOURS, table.total(Figure.ACTIVITY_HOURS), java.util.Locale.forLanguageTag("nl")))
			.isEqualTo("4,5");

		var page = mvc.perform(get("/reports?" + period).with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(">1,5<").contains(">4,5<").doesNotContain(">2<");
		var csv = new String(mvc.perform(get("/reports/figures.csv?" + period).with(as(world.coordinator()))).andReturn()
			.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()
			.parse(new java.io.StringReader(csv.substring(1))).getRecords();
		var hours = records.get(0).toList().indexOf("Uren");
		assertThat(records.subList(1, records.size())).extracting(it -> it.get(hours)).containsExactly("1,5", "1,5", "1,5", "4,5");
		var xlsx = mvc.perform(get("/reports/figures.xlsx?" + period).with(as(world.coordinator()))).andReturn().getResponse();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(
				xlsx.getContentAsByteArray()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.subList(1, rows.size())).extracting(row -> new java.math.BigDecimal(row.getCellText(hours)))
				.usingComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
				.containsExactly(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("1.5"),
						new java.math.BigDecimal("1.5"), new java.math.BigDecimal("4.5"));
		}
		var pdf = mvc.perform(get("/reports/figures.pdf?" + period).with(as(world.coordinator()))).andReturn().getResponse();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("1,5").contains("4,5");
		}
		var json = mvc.perform(get("/api/v1/reports/figures?" + period).with(as(world.coordinator()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(json).contains("\"ACTIVITY_HOURS\":1.5").contains("\"ACTIVITY_HOURS\":4.5");
		if (TODAY.minusDays(3).getYear() == TODAY.getYear()) {
			var annual = mvc.perform(get("/reports/annual?year=" + TODAY.getYear()).with(as(world.coordinator()))).andReturn()
				.getResponse().getContentAsString();
			assertThat(annual).contains(">4,5<");
			var annualJson = mvc.perform(get("/api/v1/reports/annual?year=" + TODAY.getYear()).with(as(world.coordinator())))
				.andReturn().getResponse().getContentAsString();
			assertThat(annualJson).contains("\"ACTIVITY_HOURS\":4.5");
		}
	}

	@Test
	void aMunicipalityAsksForAFixedPeriodOnlyAndAFreeRangeIsAClearMessage() throws Exception {
		var f = fixture();
		var year = ReportFixtures.year();

		var api = mvc.perform(get("/api/v1/reports/figures?from=" + year.from() + "&to=" + year.to().minusDays(1))
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var nonsense = mvc.perform(get("/api/v1/reports/figures?period=" + year.code() + "-Q5")
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var none = mvc.perform(get("/api/v1/reports/figures").with(as(f.municipalityUser()))).andReturn().getResponse();
		var page = mvc.perform(get("/reports?from=" + year.from().plusDays(1) + "&to=" + year.to())
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var csv = mvc.perform(get("/reports/figures.csv?from=" + year.from().plusDays(1) + "&to=" + year.to())
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var quarter = mvc.perform(get("/api/v1/reports/figures?from=" + year.from() + "&to=" + year.from().plusMonths(3).minusDays(1))
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var coordinator = mvc.perform(get("/api/v1/reports/figures?from=" + TODAY.minusDays(30) + "&to=" + TODAY)
			.with(as(f.world().coordinator()))).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("\"field\":\"from\"").contains("hele maand, kwartaal of jaar");
		assertThat(nonsense.getStatus()).isEqualTo(400);
		assertThat(nonsense.getContentAsString()).contains("\"field\":\"period\"");
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("hele maand, kwartaal of jaar").contains("period-error");
		assertThat(csv.getStatus()).as("no figures for a free range, in any format").isNotEqualTo(200);
		assertThat(quarter.getStatus()).as("a quarter given as its first and last day is a fixed period").isEqualTo(200);
		assertThat(coordinator.getStatus()).as("a coordinator keeps any period").isEqualTo(200);
	}

	@Test
	void aPeriodTheWrongWayRoundIsAClearMessage() throws Exception {
		var f = fixture();

		var api = mvc.perform(get("/api/v1/reports/figures?from=2026-12-31&to=2026-01-01").with(as(f.world().coordinator())))
			.andReturn().getResponse();
		var page = mvc.perform(get("/reports?from=2026-12-31&to=2026-01-01").with(as(f.world().coordinator()))).andReturn()
			.getResponse();
		var unknown = mvc.perform(get("/api/v1/reports/figures?from=2026-01-01&to=2026-12-31&municipality=GM0001")
			.with(as(f.world().coordinator()))).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("\"field\":\"to\"");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("op of na de begindatum");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentAsString()).contains("municipality");
	}

	@Test
	void aDownloadWithABadPeriodOrBreakdownShowsThePageWithTheMessageNextToTheField() throws Exception {
		var f = fixture();

		for (var export : List.of("csv", "xlsx", "pdf")) {
			var wrongWay = mvc.perform(get("/reports/figures." + export + "?from=2026-12-31&to=2026-01-01")
				.with(as(f.world().coordinator()))).andReturn().getResponse();
			assertThat(wrongWay.getStatus()).as(export).isEqualTo(400);
			assertThat(wrongWay.getContentType()).as(export).startsWith("text/html");
			assertThat(wrongWay.getContentAsString()).as(export).contains("op of na de begindatum")
				.containsPattern("id=\"to\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"to\"");
		}
		var notADate = mvc.perform(get("/reports/figures.csv?from=31-12-2026&to=2026-12-31")
			.with(as(f.world().coordinator()))).andReturn().getResponse();
		assertThat(notADate.getStatus()).isEqualTo(400);
		assertThat(notADate.getContentAsString()).contains("Vul een datum in")
			.containsPattern("id=\"from\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"from\"");
		var unknownBreakdown = mvc.perform(get("/reports/figures.csv?from=2026-01-01&to=2026-12-31&breakdown=BUURTJE")
			.with(as(f.world().coordinator()))).andReturn().getResponse();
		assertThat(unknownBreakdown.getStatus()).isEqualTo(400);
		assertThat(unknownBreakdown.getContentAsString()).contains("Kies een indeling uit de lijst");
		var neighbourhood = mvc.perform(get("/reports/figures.csv?from=2026-01-01&to=2026-12-31&neighbourhood=BU99990101")
			.with(as(f.world().coordinator()))).andReturn().getResponse();
		assertThat(neighbourhood.getStatus()).isEqualTo(400);
		assertThat(neighbourhood.getContentAsString()).contains("niet op één buurt filteren");
		var api = mvc.perform(get("/api/v1/reports/figures?from=2026-01-01&to=2026-12-31&neighbourhood=BU99990101")
			.with(as(f.world().coordinator()))).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("\"field\":\"neighbourhood\"");
	}

	@Test
	void perMonthTheSameFiguresLandInTheMonthOfEachSession() throws Exception {
		var f = fixture();
		var early = java.time.YearMonth.from(TODAY.minusDays(10));
		var late = java.time.YearMonth.from(TODAY.minusDays(3));

		var table = reports.figures(f.world().coordinator(), TODAY.minusDays(30), TODAY.plusDays(30), null,
				Reports.Breakdown.MONTH);

		assertThat(table.monthly()).isTrue();
		if (early.equals(late)) {
			// all three sessions in one month
			assertThat(table.rows()).hasSize(1);
			assertThat(table.rows().get(0).value(Figure.SESSIONS_HELD)).isEqualTo(3L);
			assertThat(table.rows().get(0).value(Figure.PARTICIPATIONS)).isEqualTo(7L);
		}
		else {
			// X s1 and Y s1 ten days ago: 2 sessions, 5 present; X s2 three days ago: 1 session, 2 present (c1, c5)
			assertThat(table.rows()).extracting(FigureTable.Row::code)
				.containsExactly(early.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM")),
						late.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM")));
			assertThat(table.rows().get(0).value(Figure.SESSIONS_HELD)).isEqualTo(2L);
			assertThat(table.rows().get(0).value(Figure.PARTICIPATIONS)).isEqualTo(5L);
			assertThat(table.rows().get(1).value(Figure.SESSIONS_HELD)).isEqualTo(1L);
			assertThat(table.rows().get(1).value(Figure.PARTICIPATIONS)).isEqualTo(2L);
		}
		assertThat(table.total(Figure.SESSIONS_HELD)).isEqualTo(3L);
		assertThat(table.total(Figure.NEW_CHILDREN)).isEqualTo(5L);
		var page = mvc.perform(get("/reports?monthly=true&from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(30))
			.with(as(f.world().coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.forLanguageTag("nl"))
			.format(late));
	}

	@Test
	void theAnnualOverviewDrawsItsChartsBesideTablesAndTheMunicipalityGetsNoSmallCount() throws Exception {
		var f = fixture();
		var year = TODAY.minusDays(3).getYear();
		var sameYear = TODAY.minusDays(10).getYear() == year;

		var page = mvc.perform(get("/reports/annual?year=" + year).with(as(f.world().coordinator()))).andReturn().getResponse();
		var json = mvc.perform(get("/api/v1/reports/annual?year=" + year).with(as(f.municipalityUser()))).andReturn()
			.getResponse();
		var pdf = mvc.perform(get("/reports/annual.pdf?year=" + year).with(as(f.municipalityUser()))).andReturn().getResponse();
		var other = mvc.perform(get("/api/v1/reports/annual?year=" + year + "&municipality=GM0001")
			.with(as(f.municipalityUser()))).andReturn().getResponse();
		var badYear = mvc.perform(get("/reports/annual?year=twintig").with(as(f.world().coordinator()))).andReturn()
			.getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		var html = page.getContentAsString();
		assertThat(html).contains("<svg", "id=\"chart-months-title\"", "id=\"chart-neighbourhoods-title\"", "Buurt A",
				"Deelnames per maand", "Bereik per woonbuurt");
		if (sameYear) {
			// the key figure: 7 participations, and the bar of Buurt A (5 participations) is the longest, 290 wide
			assertThat(html).contains("<strong>7</strong> Deelnames").contains("width=\"290\"");
		}
		assertThat(json.getStatus()).isEqualTo(200);
		var body = json.getContentAsString();
		assertThat(body).contains("\"perNeighbourhood\"", "\"perMonth\"", "\"reach\"")
			.doesNotContainPattern("\"(PARTICIPATIONS|UNIQUE_CHILDREN|NEW_CHILDREN|WALK_INS|children|total)\":[1-4][,}]")
			.doesNotContain("Kind");
		// the cross table of participations: no cell or total from 1 to 4 either
		assertThat(body.substring(body.indexOf("\"perNeighbourhoodAndMonth\""), body.indexOf("\"reach\"")))
			.doesNotContainPattern("[\\[,][1-4][,\\]]").doesNotContainPattern("\"total\":[1-4],");
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Jaarverslag kinderwerk " + year, "Kerncijfers", "Buurt A", "Deelnames per maand");
			// the PDF shows the JSON's values (one AnnualReport); sessions and hours may be small, persons never
			assertThat(text).contains("apart verstoord");
		}
		assertThat(other.getStatus()).isEqualTo(404);
		assertThat(badYear.getStatus()).isEqualTo(200);
		assertThat(badYear.getContentAsString()).contains("Kies een jaar");
	}

	@Test
	void anAdministratorRebuildsTheRollupsNowAndOthersMayNot() throws Exception {
		var f = fixture();

		var coordinator = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/reports/rollups/refresh").with(as(f.world().coordinator()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
		var admin = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/reports/rollups/refresh").with(as(fixtures.user(f.world().organisationId(), "beheer", Role.ADMIN)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse();
		var month = java.time.YearMonth.from(TODAY.minusDays(3));
		var table = reports.figures(f.world().coordinator(), month.atDay(1), month.atEndOfMonth(), null);

		assertThat(coordinator.getStatus()).isEqualTo(403);
		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getContentAsString()).contains("\"months\"");
		assertThat(table.fromRollups()).isTrue();
		assertThat(table.total(Figure.NEW_CHILDREN)).as("c5 came for the first time at the second session of X, c1 c2 c3 c6 "
				+ "ten days ago: in this month if that was in it too").isEqualTo(
						java.time.YearMonth.from(TODAY.minusDays(10)).equals(month) ? 5L : 1L);
	}
}
