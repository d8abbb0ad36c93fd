package nl.samenspel.reporting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The breakdowns beyond neighbourhood and month, on the hand-worked fixture of FigureTests (see there), with the
 * children given ages and genders and activity Y other themes and tasks. Every number below is worked out by hand.
 *
 * <pre>
 * sessions: xs1 (10 days ago, X, location of A), xs2 (3 days ago, X, A), ys1 (10 days ago, Y, location of B)
 * present:  xs1 c1 c2 c3, xs2 c1 c5, ys1 c1 c6; walk-ins xs1 girls 4-6: 2, boys 7-9: 1; ys1 other 10-12: 3
 * children: c1 girl, turned 7 five days ago (6 at xs1 and ys1, 7 at xs2); c2 boy 8; c3 gender not recorded, 11;
 *           c5 boy 3; c6 other 4
 * X: tasks PLAY, MEETING, theme GAMES; Y: tasks HEALTH, PLAY, themes GAMES, SPORT
 *
 * age band       participations  children  new  walk-ins
 *   4-6               3 (c1 c1 c6)   2       2 (c1 c6: their first day, at 6 and 4)   2
 *   7-9               2 (c2 c1)      2       1 (c2; c1 was new at 6)                  1
 *   10-12             1 (c3)         1       1                                       3
 *   other             1 (c5)         1       1                                       0
 *   total             7              5       5                                       6
 * gender: girl 3 / 1 / 1 / 2, boy 2 / 2 / 2 / 1, other (c3 not recorded, c6 other) 2 / 2 / 2 / 3; total 7 / 5 / 5 / 6
 *
 * task      sessions hours participations children walk-ins   theme  sessions hours participations children
 *   HEALTH      1      1         2            2       3          SPORT    1       1        2           2
 *   MEETING     2      3         5            4       3          GAMES    3       4        7           5
 *   PLAY        3      4         7            5       6
 *   total       3      4         7            5       6  (each session once, not the sum of the rows)
 * activity: X 2 sessions, 3 hours, 5 participations, 4 children; Y 1, 1, 2, 2
 * </pre>
 */
class BreakdownTests extends IntegrationTest {

	@Autowired
	org.springframework.context.MessageSource messages;

	static final LocalDate TODAY = ReportFixtures.TODAY;

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportTemplates templates;

	record Programme(ReportFixtures.Fixture fixture, UUID x, UUID y, UUID locationA, UUID locationB) {
	}

	Programme programme() {
		var f = reportFixtures.handWorked();
		var activities = jdbc.sql("select activity_id from activity_session where organisation_id = :o group by activity_id"
				+ " order by count(*) desc").param("o", f.world().organisationId()).query(UUID.class).list();
		var x = activities.get(0);
		var y = activities.get(1);
		jdbc.sql("delete from activity_task where activity_id = :y").param("y", y).update();
		jdbc.sql("insert into activity_task (activity_id, task) values (:y, 'HEALTH'), (:y, 'PLAY')").param("y", y).update();
		jdbc.sql("insert into activity_theme (activity_id, theme) values (:y, 'SPORT')").param("y", y).update();
		child(f, "Kind1", TODAY.minusDays(5).minusYears(7), "GIRL");
		child(f, "Kind2", TODAY.minusDays(30).minusYears(8), "BOY");
		child(f, "Kind3", TODAY.minusDays(30).minusYears(11), "NOT_RECORDED");
		child(f, "Kind5", TODAY.minusDays(30).minusYears(3), "BOY");
		child(f, "Kind6", TODAY.minusDays(30).minusYears(4), "OTHER");
		var locationA = location(x);
		var locationB = location(y);
		return new Programme(f, x, y, locationA, locationB);
	}

	private void child(ReportFixtures.Fixture f, String name, LocalDate born, String gender) {
		var updated = jdbc.sql("update child set date_of_birth = :born, gender = :gender where first_name = :name"
				+ " and organisation_id = :o").param("born", born).param("gender", gender).param("name", name)
			.param("o", f.world().organisationId()).update();
		assertThat(updated).as(name).isEqualTo(1);
	}

	private UUID location(UUID activity) {
		return jdbc.sql("select location_id from activity_session where activity_id = :a and held_at is not null")
			.param("a", activity).query(UUID.class).list().get(0);
	}

	private FigureTable table(Programme p, Reports.Breakdown breakdown) {
		return reports.figures(p.fixture().world().coordinator(), TODAY.minusDays(30), TODAY.plusDays(30), null, breakdown);
	}

	private static List<@org.jspecify.annotations.Nullable Long> values(FigureTable.Row row, Figure... figures) {
		return java.util.Arrays.stream(figures).map(row::value).toList();
	}

	private static List<@org.jspecify.annotations.Nullable Long> totals(FigureTable table, Figure... figures) {
		return java.util.Arrays.stream(figures).map(table::total).toList();
	}

	static final Figure[] CHILD_FIGURES = { Figure.PARTICIPATIONS, Figure.UNIQUE_CHILDREN, Figure.NEW_CHILDREN,
			Figure.WALK_INS };

	static final Figure[] SESSION_FIGURES = { Figure.SESSIONS_HELD, Figure.ACTIVITY_HOURS, Figure.PARTICIPATIONS,
			Figure.UNIQUE_CHILDREN, Figure.WALK_INS };

	@Test
	void perAgeBandEachPresenceCountsAtTheAgeOnTheSessionsDay() {
		var table = table(programme(), Reports.Breakdown.AGE_BAND);

		assertThat(table.figures()).containsExactly(CHILD_FIGURES);
		assertThat(table.rows()).extracting(FigureTable.Row::code)
			.containsExactly("FOUR_TO_SIX", "SEVEN_TO_NINE", "TEN_TO_TWELVE", "OTHER");
		assertThat(values(table.rows().get(0), CHILD_FIGURES)).containsExactly(3L, 2L, 2L, 2L);
		assertThat(values(table.rows().get(1), CHILD_FIGURES)).containsExactly(2L, 2L, 1L, 1L);
		assertThat(values(table.rows().get(2), CHILD_FIGURES)).containsExactly(1L, 1L, 1L, 3L);
		assertThat(values(table.rows().get(3), CHILD_FIGURES)).containsExactly(1L, 1L, 1L, 0L);
		assertThat(totals(table, CHILD_FIGURES)).containsExactly(7L, 5L, 5L, 6L);
		assertThat(table.fromRollups()).isFalse();
	}

	@Test
	void perGenderNotRecordedCountsWithOtherAsTheWalkInsDo() {
		var table = table(programme(), Reports.Breakdown.GENDER);

		assertThat(table.rows()).extracting(FigureTable.Row::code).containsExactly("GIRL", "BOY", "OTHER");
		assertThat(values(table.rows().get(0), CHILD_FIGURES)).containsExactly(3L, 1L, 1L, 2L);
		assertThat(values(table.rows().get(1), CHILD_FIGURES)).containsExactly(2L, 2L, 2L, 1L);
		assertThat(values(table.rows().get(2), CHILD_FIGURES)).containsExactly(2L, 2L, 2L, 3L);
		assertThat(totals(table, CHILD_FIGURES)).containsExactly(7L, 5L, 5L, 6L);
	}

	@Test
	void perTaskAndThemeASessionCountsInEachOfItsActivitysButOnceInTheTotal() {
		var p = programme();

		var tasks = table(p, Reports.Breakdown.TASK);
		assertThat(tasks.rows()).extracting(FigureTable.Row::code).containsExactly("HEALTH", "MEETING", "PLAY");
		assertThat(values(tasks.rows().get(0), SESSION_FIGURES)).containsExactly(1L, 10L, 2L, 2L, 3L);
		assertThat(values(tasks.rows().get(1), SESSION_FIGURES)).containsExactly(2L, 30L, 5L, 4L, 3L);
		assertThat(values(tasks.rows().get(2), SESSION_FIGURES)).containsExactly(3L, 40L, 7L, 5L, 6L);
		assertThat(totals(tasks, SESSION_FIGURES)).containsExactly(3L, 40L, 7L, 5L, 6L);
		assertThat(tasks.total(Figure.ACTIVITIES_HELD)).isEqualTo(2L);

		var themes = table(p, Reports.Breakdown.THEME);
		assertThat(themes.rows()).extracting(FigureTable.Row::code).as("in the order of the themes").containsExactly("SPORT", "GAMES");
		assertThat(values(themes.rows().get(0), SESSION_FIGURES)).containsExactly(1L, 10L, 2L, 2L, 3L);
		assertThat(values(themes.rows().get(1), SESSION_FIGURES)).containsExactly(3L, 40L, 7L, 5L, 6L);
		assertThat(totals(themes, SESSION_FIGURES)).containsExactly(3L, 40L, 7L, 5L, 6L);
	}

	@Test
	void perActivityAndLocationTheSessionsOfEach() {
		var p = programme();

		var activities = table(p, Reports.Breakdown.ACTIVITY);
		assertThat(activities.rows()).extracting(FigureTable.Row::code)
			.containsExactlyInAnyOrder(p.x().toString(), p.y().toString());
		var x = activities.rows().stream().filter(row -> row.code().equals(p.x().toString())).findFirst().orElseThrow();
		var y = activities.rows().stream().filter(row -> row.code().equals(p.y().toString())).findFirst().orElseThrow();
		assertThat(values(x, SESSION_FIGURES)).containsExactly(2L, 30L, 5L, 4L, 3L);
		assertThat(values(y, SESSION_FIGURES)).containsExactly(1L, 10L, 2L, 2L, 3L);
		assertThat(x.name()).isNotBlank();
		assertThat(x.value(Figure.STAFF_HOURS)).as("tenths of an hour").isEqualTo(30L);
		assertThat(y.value(Figure.STAFF_HOURS)).isEqualTo(0L);
		assertThat(totals(activities, SESSION_FIGURES)).containsExactly(3L, 40L, 7L, 5L, 6L);

		var locations = table(p, Reports.Breakdown.LOCATION);
		var a = locations.rows().stream().filter(row -> row.code().equals(p.locationA().toString())).findFirst().orElseThrow();
		var b = locations.rows().stream().filter(row -> row.code().equals(p.locationB().toString())).findFirst().orElseThrow();
		assertThat(values(a, SESSION_FIGURES)).containsExactly(2L, 30L, 5L, 4L, 3L);
		assertThat(values(b, SESSION_FIGURES)).containsExactly(1L, 10L, 2L, 2L, 3L);
		assertThat(locations.rows()).hasSize(2);
	}

	@Test
	void theMunicipalityGetsEveryBreakdownPerturbedAndSessionsAsTheyAre() throws Exception {
		var p = programme();
		var user = p.fixture().municipalityUser();
		var year = ReportFixtures.year();

		for (var breakdown : Reports.Breakdown.values()) {
			var table = reports.figures(user, year.from(), year.to(), null, breakdown);
			var exact = reports.figures(p.fixture().world().coordinator(), year.from(), year.to(), null, breakdown);
			assertThat(table.suppressed()).isTrue();
			assertThat(table.rows()).extracting(FigureTable.Row::code)
				.containsExactlyElementsOf(exact.rows().stream().map(FigureTable.Row::code).toList());
			for (int r = 0; r < table.rows().size(); r++) {
				for (var figure : table.figures()) {
					var value = table.rows().get(r).value(figure);
					var truth = exact.rows().get(r).value(figure);
					var cell = "%s %s %s".formatted(breakdown, table.rows().get(r).code(), figure);
					if (figure.persons()) {
						assertThat(value == null || value == 0 || value >= 5).as(cell).isTrue();
						// the noise is at most CellKey.MAX_NOISE either way (thin tails: 1 cell in 100 moves by 3), so "<5"
						// hides a true count of 1 to 4 + MAX_NOISE
						assertThat(value == null ? truth >= 1 && truth <= 4 + CellKey.MAX_NOISE
								: Math.abs(value - truth) <= CellKey.MAX_NOISE).as(cell).isTrue();
						assertThat(value != null && value == 0).as("zero stays zero: " + cell).isEqualTo(truth == 0);
					}
					else {
						assertThat(value).as("not a count of persons: " + cell).isEqualTo(truth);
					}
				}
			}
		}
		// every presence's key 10.5% of the way round: GAMES' 7 participations make 73.5% and read 7+1, SPORT's 2 read
		// <5, and the total (each session once: the same 7 presences) reads 8; sessions are as they are
		reportFixtures.keys(p.fixture(), 0, CellKeyTests.at(105_000), 0, 0);
		var themes = reports.figures(user, year.from(), year.to(), null, Reports.Breakdown.THEME);
		assertThat(values(themes.rows().get(0), Figure.PARTICIPATIONS, Figure.SESSIONS_HELD)).containsExactly(null, 1L);
		assertThat(values(themes.rows().get(1), Figure.PARTICIPATIONS, Figure.SESSIONS_HELD)).containsExactly(8L, 3L);
		assertThat(themes.total(Figure.PARTICIPATIONS)).isEqualTo(8L);
		assertThat(themes.total(Figure.SESSIONS_HELD)).isEqualTo(3L);

		var csv = mvc.perform(get("/reports/figures.csv?period=" + year.code() + "&breakdown=GENDER").with(as(user)))
			.andReturn().getResponse().getContentAsByteArray();
		var records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("Geslacht");
		assertThat(records.get(0).get(1)).isEqualTo("Deelnames");
		assertThat(records).extracting(it -> it.get(0)).startsWith("Geslacht", "Meisjes", "Jongens", "Anders of onbekend",
				"Totaal");
		assertThat(records.get(1).get(1)).isEqualTo("<5");
		assertThat(records.get(4).get(1)).isEqualTo("8");
	}

	@Test
	void theApiAndThePageOfferEveryBreakdownAndRejectAnUnknownOne() throws Exception {
		var p = programme();
		var coordinator = p.fixture().world().coordinator();

		var json = mvc.perform(get("/api/v1/reports/figures?from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(30)
				+ "&breakdown=TASK").with(as(coordinator))).andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString()).contains("\"breakdown\":\"TASK\"").contains("\"code\":\"HEALTH\"");
		var unknown = mvc.perform(get("/api/v1/reports/figures?from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(30)
				+ "&breakdown=SHOE_SIZE").with(as(coordinator))).andReturn().getResponse();
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentType()).startsWith("application/problem+json");

		var page = mvc.perform(get("/reports?breakdown=AGE_BAND&from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(30))
			.with(as(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<option value=\"AGE_BAND\" selected").contains("4-6 jaar").contains("10-12 jaar")
			.contains("breakdown=AGE_BAND");
		assertThatThrownBy(() -> reports.figures(coordinator, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
				Reports.Breakdown.TASK, Reports.Source.ROLLUP)).isInstanceOf(FieldRejected.class);
	}

	@Test
	void aTemplateSectionPerAgeBandHoldsOnlyTheChosenFiguresAboutChildren() {
		var p = programme();
		var coordinator = p.fixture().world().coordinator();
		var template = templates.create(coordinator, new TemplateDetails("Per taak en leeftijd", p.fixture().municipality(),
				ReportTemplate.Period.YEAR, List.of("SESSIONS_HELD", "PARTICIPATIONS"), List.of("TASK", "AGE_BAND")));

		var report = templates.run(coordinator, template.id(), TODAY.minusDays(10).getYear(), null);

		assertThat(report.sections()).extracting(TemplateReport.Section::breakdown)
			.containsExactly(ReportTemplate.Breakdown.TASK, ReportTemplate.Breakdown.AGE_BAND);
		var tasks = report.sections().get(0).table();
		var ages = report.sections().get(1).table();
		assertThat(tasks.figures()).containsExactly(Figure.SESSIONS_HELD, Figure.PARTICIPATIONS);
		assertThat(ages.figures()).as("sessions are not about children").containsExactly(Figure.PARTICIPATIONS);
		if (TODAY.minusDays(3).getYear() == TODAY.minusDays(10).getYear()) {
			// in the first days of January the sessions fall in two years
			assertThat(ages.rows()).extracting(row -> row.value(Figure.PARTICIPATIONS)).containsExactly(3L, 2L, 1L, 1L);
			assertThat(tasks.total(Figure.SESSIONS_HELD)).isEqualTo(3L);
			var csv = TemplateExport.csv(report, "2026", key -> key, java.util.Locale.forLanguageTag("nl"));
			assertThat(csv).contains("ageBand.FOUR_TO_SIX;3\r\n").contains("task.HEALTH;1;2\r\n");
		}
	}

	private static String month(LocalDate date) {
		return String.valueOf(date.getYear() * 100 + date.getMonthValue());
	}

	@Test
	void perNeighbourhoodAndMonthEachSessionCountsInItsCellAndTheMunicipalityGetsBothWaysProtected() throws Exception {
		var p = programme();
		var from = TODAY.minusDays(30);
		var to = TODAY.plusDays(30);

		var cross = reports.perNeighbourhoodAndMonth(p.fixture().world().coordinator(), from, to, null,
				Figure.PARTICIPATIONS, Reports.Source.AUTO);

		assertThat(cross.neighbourhoods()).extracting(CrossTable.Neighbourhood::name).containsExactly("Buurt A", "Buurt B");
		assertThat(cross.months()).first().isEqualTo(month(from));
		assertThat(cross.months()).last().isEqualTo(month(to));
		assertThat(cross.months()).as("every month, with sessions or not")
			.hasSize((int) java.time.YearMonth.from(from).until(java.time.YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1);
		int tenDaysAgo = cross.months().indexOf(month(TODAY.minusDays(10)));
		int threeDaysAgo = cross.months().indexOf(month(TODAY.minusDays(3)));
		// A: xs1 (3 present) ten days ago and xs2 (2) three days ago; B: ys1 (2) ten days ago
		if (tenDaysAgo == threeDaysAgo) {
			assertThat(cross.cell(0, tenDaysAgo)).isEqualTo(5L);
			assertThat(cross.monthTotals().get(tenDaysAgo)).isEqualTo(7L);
		}
		else {
			assertThat(cross.cell(0, tenDaysAgo)).isEqualTo(3L);
			assertThat(cross.cell(0, threeDaysAgo)).isEqualTo(2L);
			assertThat(cross.monthTotals().get(tenDaysAgo)).isEqualTo(5L);
		}
		assertThat(cross.cell(1, tenDaysAgo)).isEqualTo(2L);
		assertThat(cross.neighbourhoodTotals()).containsExactly(5L, 2L);
		assertThat(cross.total()).isEqualTo(7L);
		var walkIns = reports.perNeighbourhoodAndMonth(p.fixture().world().coordinator(), from, to, null, Figure.WALK_INS,
				Reports.Source.AUTO);
		assertThat(walkIns.neighbourhoodTotals()).containsExactly(3L, 3L);
		assertThat(walkIns.cell(1, tenDaysAgo)).isEqualTo(3L);

		// the municipality, for the year; every presence's key 10.5% of the way round (5 of them: 0, 7: +1), the
		// walk-ins' 0 but B's 96% (+2)
		var year = ReportFixtures.year();
		reportFixtures.keys(p.fixture(), 0, CellKeyTests.at(105_000), 0, CellKeyTests.at(960_000));
		var suppressed = reports.perNeighbourhoodAndMonth(p.fixture().municipalityUser(), year.from(), year.to(), null,
				Figure.PARTICIPATIONS, Reports.Source.AUTO);
		assertThat(suppressed.suppressed()).isTrue();
		var shown = new java.util.ArrayList<@org.jspecify.annotations.Nullable Long>();
		suppressed.cells().forEach(shown::addAll);
		shown.addAll(suppressed.neighbourhoodTotals());
		shown.addAll(suppressed.monthTotals());
		assertThat(shown).allMatch(value -> value == null || value == 0 || value >= 5);
		var inYear = suppressed.months().indexOf(month(TODAY.minusDays(10)));
		assertThat(suppressed.neighbourhoodTotals()).as("A's 5 and B's 2").containsExactly(5L, null);
		assertThat(suppressed.cell(1, inYear)).isNull();
		assertThat(suppressed.total()).as("7+1, a cell of its own").isEqualTo(8L);
		var walkInsShown = reports.perNeighbourhoodAndMonth(p.fixture().municipalityUser(), year.from(), year.to(), null,
				Figure.WALK_INS, Reports.Source.AUTO);
		assertThat(walkInsShown.cell(1, inYear)).as("B's 3 walk-ins: below 4 nothing moves").isNull();
		assertThat(walkInsShown.neighbourhoodTotals()).containsExactly(null, null);
		assertThat(walkInsShown.total()).as("6 + 2: a cell of its own").isEqualTo(8L);
		var sessions = reports.perNeighbourhoodAndMonth(p.fixture().municipalityUser(), year.from(), year.to(), null,
				Figure.SESSIONS_HELD, Reports.Source.AUTO);
		assertThat(sessions.neighbourhoodTotals()).as("sessions are no persons: as they are").containsExactly(2L, 1L);

		assertThatThrownBy(() -> reports.perNeighbourhoodAndMonth(p.fixture().world().coordinator(), from, to, null,
				Figure.UNIQUE_CHILDREN, Reports.Source.AUTO)).isInstanceOf(FieldRejected.class);
		assertThatThrownBy(() -> reports.perNeighbourhoodAndMonth(p.fixture().world().coordinator(), from, to, null,
				Figure.ACTIVITY_HOURS, Reports.Source.AUTO)).isInstanceOf(FieldRejected.class);

		var annualYear = TODAY.minusDays(10).getYear();
		var page = mvc.perform(get("/reports/annual?year=" + annualYear).with(as(p.fixture().municipalityUser()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Deelnames per buurt en maand").contains("class=\"cross stack\"");
		var json = mvc.perform(get("/api/v1/reports/annual?year=" + annualYear).with(as(p.fixture().municipalityUser())))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"perNeighbourhoodAndMonth\":{\"figure\":\"PARTICIPATIONS\"");
	}

	@Test
	void thePdfIsLandscapeWithEveryColumnAndHeadedByItsBreakdownAndTheJsonNamesEveryRow() throws Exception {
		var p = programme();
		var coordinator = p.fixture().world().coordinator();
		var period = "from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(30);

		var pdf = mvc.perform(get("/reports/figures.pdf?" + period + "&breakdown=TASK").with(as(coordinator))).andReturn()
			.getResponse();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			for (var figure : Reports.Breakdown.TASK.figures()) {
				assertThat(text).as(figure.name()).contains(messages.getMessage("report.figure." + figure.name(), null,
						java.util.Locale.forLanguageTag("nl")));
			}
			assertThat(text).contains("Uren vrijwilligers").contains("Cijfers per taak").contains("Deelnames per taak")
				.doesNotContain("per buurt").contains("Gezondheid");
		}

		for (var breakdown : List.of(Reports.Breakdown.TASK, Reports.Breakdown.THEME, Reports.Breakdown.AGE_BAND,
				Reports.Breakdown.GENDER, Reports.Breakdown.MONTH)) {
			var json = mvc.perform(get("/api/v1/reports/figures?" + period + "&breakdown=" + breakdown).with(as(coordinator)))
				.andReturn().getResponse().getContentAsString();
			assertThat(json).as(breakdown.name()).contains("\"rows\":[{").doesNotContain("\"name\":\"\"");
		}
		assertThat(mvc.perform(get("/api/v1/reports/figures?" + period + "&breakdown=TASK").with(as(coordinator)))
			.andReturn().getResponse().getContentAsString()).contains("\"name\":\"Gezondheid\"");
	}
}
