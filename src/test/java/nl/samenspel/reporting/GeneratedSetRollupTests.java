package nl.samenspel.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.samenspel.IntegrationTest;
import nl.samenspel.TestDatabase;
import nl.samenspel.bench.DataGenerator;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.reporting.Reports.Breakdown;
import nl.samenspel.reporting.Reports.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports from the rollups and from the rows agree on the generated data set of the benchmark (at scale 0.01: 1,000
 * children, 8 organisations in municipality GM9950, 50,000 attendance rows from July 2023 to June 2026), for the
 * MUNICIPALITY user (suppressed) and for a coordinator: the whole annual report of 2025 and the figures per quarter.
 * The generator writes with COPY, so this runs only with {@code -Ppostgres}, on a database of its own
 * ({@value #DATABASE}, made anew at each run and left for a look afterwards, like {@code samenspel_test}).
 */
@Tag("postgres")
@EnabledIfSystemProperty(named = "samenspel.test.database", matches = "postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GeneratedSetRollupTests extends IntegrationTest {

	static final String DATABASE = "samenspel_test_generated";

	@Autowired
	Rollups rollups;

	@Autowired
	Reports reports;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	ReachRates reach;

	@DynamicPropertySource
	static void generatedDatabase(DynamicPropertyRegistry registry) throws Exception {
		var url = TestDatabase.recreate(DATABASE);
		var keys = Files.createTempDirectory("samenspel-generated");
		new DataGenerator(DataGenerator.Options.parse("--url", url, "--user", TestDatabase.USER, "--password",
				TestDatabase.PASSWORD, "--migrate", "--scale", "0.01", "--until", "2026-06-30", "--key-file", keys.resolve("key").toString()))
			.run();
		Files.deleteIfExists(keys.resolve("key"));
		Files.deleteIfExists(keys);
		// as bench/generate.sh does after the bulk load: without statistics PostgreSQL plans the counts from the rows as
		// if the tables were empty (and autovacuum may be off or slow)
		try (var connection = java.sql.DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
				var statement = connection.createStatement()) {
			statement.execute("analyze");
		}
		registry.add("spring.datasource.url", () -> url);
	}

	@Test
	void theAnnualReportAndTheQuarterlyFiguresAreTheSameFromTheRollupsAsFromTheRows() {
		// the demo data's start-up build has already run over this set; build every month again, as the job would
		rollups.markAll();
		var refreshed = rollups.refresh();
		assertThat(refreshed.months()).as("org-months rebuilt").isGreaterThan(100);
		var gemeente = load("gm9950-gemeente");
		var coordinator = load("gm9950-o1-coordinator-1");

		for (var user : List.of(gemeente, coordinator)) {
			var municipality = user == gemeente ? null : "GM9950";
			var fromRollups = annualReports.annual(user, 2025, municipality, Source.AUTO);
			var fromRows = annualReports.annual(user, 2025, municipality, Source.RAW);
			assertThat(fromRollups.perNeighbourhood().fromRollups()).isTrue();
			assertThat(fromRows.perNeighbourhood().fromRollups()).isFalse();
			// the whole municipality reaches a dozen neighbourhoods, the first organisation a couple
			assertThat(fromRollups.perNeighbourhood().rows()).hasSizeGreaterThan(user == gemeente ? 10 : 1);
			assertThat(fromRollups.perNeighbourhood().totals().get(Figure.PARTICIPATIONS))
				.isGreaterThan(user == gemeente ? 10_000L : 1_000L);
			assertThat(fromRollups).as("annual report 2025 for " + user.getUsername())
				.usingRecursiveComparison()
				.ignoringFieldsMatchingRegexes(".*fromRollups")
				.isEqualTo(fromRows);

			for (int quarter = 0; quarter < 4; quarter++) {
				var from = LocalDate.of(2025, 1 + 3 * quarter, 1);
				var to = from.plusMonths(3).minusDays(1);
				agree(user, from, to, municipality);
			}
		}
		assertThat(annualReports.annual(gemeente, 2025, null).suppressed()).isTrue();
	}

	/**
	 * Issue 14's attack on the generated set: the municipality asks for every fixed period of 2025 in every breakdown and
	 * subtracts; no hidden or small cell may come out exactly. The numbers go to the build's output for the closing note.
	 */
	@Test
	void differencingEveryFixedPeriodOf2025RecoversNoHiddenCell() {
		var gemeente = load("gm9950-gemeente");

		var result = DifferencingAttack.attack(2025,
				(period, breakdown) -> reports.figures(gemeente, period.from(), period.to(), null, breakdown),
				(period, breakdown) -> reports.exactForTests("GM9950", period.from(), period.to(), breakdown));

		System.out.println("Differencing attack on the generated set (scale 0.01, GM9950, 2025): " + result);
		assertThat(result.tried()).as("equations reach protected cells").isPositive();
		assertThat(result.recovered()).as(result.toString()).isZero();
	}

	private void agree(CurrentUser user, LocalDate from, LocalDate to, String municipality) {
		var what = user.getUsername() + " " + from + ".." + to;
		for (var breakdown : List.of(Breakdown.NEIGHBOURHOOD, Breakdown.MONTH)) {
			var rows = reports.figures(user, from, to, municipality, breakdown, Source.RAW);
			var rollup = reports.figures(user, from, to, municipality, breakdown, Source.ROLLUP);
			assertThat(rollup.fromRollups()).isTrue();
			assertThat(rollup.rows()).as(what + " " + breakdown).isEqualTo(rows.rows());
			assertThat(rollup.totals()).as(what + " " + breakdown).isEqualTo(rows.totals());
		}
		var rows = reports.perNeighbourhoodAndMonth(user, from, to, municipality, Figure.WALK_INS, Source.RAW);
		var rollup = reports.perNeighbourhoodAndMonth(user, from, to, municipality, Figure.WALK_INS, Source.ROLLUP);
		assertThat(rollup).as(what + " walk-ins per neighbourhood and month")
			.usingRecursiveComparison()
			.ignoringFields("fromRollups")
			.isEqualTo(rows);
		var rawReach = reach.reach(user, from, to, municipality, Source.RAW);
		var rollupReach = reach.reach(user, from, to, municipality, Source.ROLLUP);
		assertThat(rollupReach.rows()).as(what + " reach").isEqualTo(rawReach.rows());
		assertThat(rollupReach.total()).as(what + " reach").isEqualTo(rawReach.total());
	}
}
