package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.activities.WalkIns;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The attack of issue 14, on a year of a random programme (on H2 and PostgreSQL; GeneratedSetRollupTests runs it on
 * the benchmark's generated set): a municipality user asks for every fixed period of last year in every breakdown, and
 * subtracts ({@link DifferencingAttack}). No cell that is hidden or below 5 may come out exactly. A free range, which
 * would let two periods differ by one day, is refused in every format.
 */
class DifferencingAttackTests extends IntegrationTest {

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	ReportFixtures reportFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	Schedules schedules;

	@Autowired
	SessionChanges changes;

	@Autowired
	WalkIns walkIns;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void differencingEveryFixedPeriodOfAYearRecoversNoHiddenCell() throws Exception {
		var random = new Random(14);
		int year = TODAY.getYear() - 1;
		var world = programmeFixtures.world();
		var municipality = fixtures.municipality(world.organisationId());
		var digits = municipality.getCode().substring(2);
		var locations = new ArrayList<UUID>();
		for (int i = 1; i <= 3; i++) {
			var neighbourhood = reportFixtures.neighbourhood(world, municipality.getId(), "BU" + digits + "030" + i,
					"WK" + digits + "03", "Hofje " + i);
			var location = i == 1 ? world.locationId() : fixtures.location(world.organisationId()).getId();
			jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhood).param("l", location)
				.update();
			locations.add(location);
		}
		var children = new ArrayList<UUID>();
		for (int i = 0; i < 16; i++) {
			children.add(programmeFixtures.child(world, "Kind" + i, 5 + random.nextInt(7), true));
		}
		for (int a = 0; a < 2; a++) {
			var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
			schedules.addSchedule(world.coordinator(), activity.id(), new ScheduleDetails(Recurrence.FORTNIGHTLY,
					LocalDate.of(year, 1, 5 + a), LocalDate.of(year, 12, 20), LocalTime.of(15, 0), LocalTime.of(16, 30),
					HolidayRule.INCLUDE));
			for (var session : programme.sessions(world.organisationId(), activity.id(), LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))) {
				var location = locations.get(random.nextInt(locations.size()));
				if (!location.equals(session.locationId())) {
					changes.updateSession(world.coordinator(), session.id(), new SessionDetails(session.date(),
							LocalTime.of(15, 0), LocalTime.of(16, 30), location, List.of()));
				}
				// a few children a session, so that many cells are small
				for (var child : children) {
					if (random.nextInt(6) == 0) {
						attendance.mark(world.worker(), session.id(), new AttendanceMark(child, true, null, null));
					}
				}
				if (random.nextInt(3) == 0) {
					walkIns.recordWalkIns(world.worker(), session.id(), List.of(new WalkIn(AgeBand.SEVEN_TO_NINE,
							WalkInGender.GIRL, 1 + random.nextInt(3))));
				}
			}
		}
		// the record keys drawn from the same seed, in a fixed order, so that every run attacks the same noise
		keys(random, "select c.id from child c where c.organisation_id = :o order by c.search_name",
				"update child set record_key = :k where id = :id", world.organisationId());
		jdbc.sql("select a.session_id, a.child_id from attendance a join activity_session s on s.id = a.session_id"
				+ " join child c on c.id = a.child_id where s.organisation_id = :o order by s.session_date, s.starts_at, c.search_name")
			.param("o", world.organisationId())
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list()
			.forEach(presence -> jdbc.sql("update attendance set record_key = :k where session_id = :s and child_id = :c")
				.param("k", random.nextInt((int) CellKey.MODULUS)).param("s", presence[0]).param("c", presence[1]).update());
		jdbc.sql("select w.session_id from walk_in_count w join activity_session s on s.id = w.session_id"
				+ " where s.organisation_id = :o order by s.session_date, s.starts_at").param("o", world.organisationId())
			.query(UUID.class).list()
			.forEach(session -> jdbc.sql("update walk_in_count set record_key = :k where session_id = :s")
				.param("k", random.nextInt((int) CellKey.MODULUS)).param("s", session).update());
		reportFixtures.staleRollups(world.organisationId());
		var gemeente = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", gemeente.id())
			.param("c", municipality.getCode()).update();

		var result = DifferencingAttack.attack(year,
				(period, breakdown) -> reports.figures(gemeente, period.from(), period.to(), null, breakdown),
				(period, breakdown) -> reports.exactForTests(municipality.getCode(), period.from(), period.to(), breakdown));

		// without the cell key method the same attack recovers cells: the test can fail
		var bare = DifferencingAttack.attack(year, 0,
				(period, breakdown) -> withoutNoise(reports.exactForTests(municipality.getCode(), period.from(), period.to(),
						breakdown)),
				(period, breakdown) -> reports.exactForTests(municipality.getCode(), period.from(), period.to(), breakdown));
		System.out.println("Differencing attack on a random programme, " + year + ": " + result);
		System.out.println("The same attack without the cell key method (only <5): " + bare);
		assertThat(result.protectedCells()).as("the programme has small cells to attack").isGreaterThan(100);
		assertThat(result.tried()).as("and equations that reach them").isGreaterThan(100);
		assertThat(result.recovered()).as(result.toString()).isZero();

		assertThat(bare.recovered()).as("primary suppression alone: " + bare).isPositive();

		// two free ranges a day apart are refused, in the API and every download
		var from = LocalDate.of(year, 7, 1);
		for (var url : List.of("/api/v1/reports/figures?from=" + from + "&to=" + from.plusDays(40),
				"/reports/figures.csv?from=" + from + "&to=" + from.plusDays(40),
				"/reports/figures.xlsx?from=" + from + "&to=" + from.plusDays(40),
				"/reports/figures.pdf?from=" + from + "&to=" + from.plusDays(40),
				"/api/v1/reports/cases?from=" + from + "&to=" + from.plusDays(40),
				"/reports/cases.csv?from=" + from + "&to=" + from.plusDays(40),
				"/api/v1/reports/mixing?from=" + from + "&to=" + from.plusDays(40))) {
			var response = mvc.perform(get(url).with(as(gemeente))).andReturn().getResponse();
			var type = String.valueOf(response.getContentType());
			assertThat(response.getStatus() == 400 || type.startsWith("text/html")).as(url + " gave no figures").isTrue();
			assertThat(type).as(url).doesNotStartWith("text/csv").doesNotStartWith("application/pdf")
				.doesNotContain("spreadsheet");
		}
	}

	private void keys(Random random, String select, String update, UUID organisation) {
		for (var id : jdbc.sql(select).param("o", organisation).query(UUID.class).list()) {
			jdbc.sql(update).param("k", random.nextInt((int) CellKey.MODULUS)).param("id", id).update();
		}
	}

	/** What the municipality would see with primary suppression only: counts from 1 to 4 hidden, the rest exact. */
	private static FigureTable withoutNoise(FigureTable exact) {
		var rows = exact.rows().stream().map(row -> new FigureTable.Row(row.code(), row.name(), hideSmall(row.values())))
			.toList();
		return new FigureTable(exact.from(), exact.to(), exact.municipalityCode(), true, exact.figures(), rows,
				hideSmall(exact.totals()), exact.breakdown(), exact.fromRollups());
	}

	private static java.util.Map<Figure, @org.jspecify.annotations.Nullable Long> hideSmall(
			java.util.Map<Figure, @org.jspecify.annotations.Nullable Long> values) {
		var hidden = new java.util.EnumMap<Figure, @org.jspecify.annotations.Nullable Long>(Figure.class);
		values.forEach((figure, value) -> hidden.put(figure, value != null && CellKey.small(value) ? null : value));
		return hidden;
	}
}
