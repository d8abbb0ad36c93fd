package nl.samenspel.activities;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import nl.samenspel.IntegrationTest;
import nl.samenspel.TestDatabase;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.reporting.AnnualReports;
import nl.samenspel.reporting.Figure;
import nl.samenspel.reporting.Reports.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo programme's past ({@code samenspel.demo.history}, on for {@code ./mvnw spring-boot:run}, off in the other
 * tests): held sessions with staff, attendance and walk-ins since 1 January of last year, which the reporting demo
 * data builds its rollups over, so the annual overview of last year has figures. A database of its own, since the
 * other tests' hand-worked figures assume the demo has no past.
 */
@TestPropertySource(properties = "samenspel.demo.history=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoHistoryTests extends IntegrationTest {

	static final String DATABASE = "samenspel_test_history";

	@Autowired
	ActivitiesDemoHistory history;

	@Autowired
	ProgrammeClock clock;

	@Autowired
	DemoMode demo;

	@Autowired
	AnnualReports annualReports;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.own(registry, DATABASE);
	}

	@Test
	void theDemoProgrammeWasHeldSinceLastYearWithAttendanceAndWalkIns() {
		var today = clock.today();
		var since = LocalDate.of(today.getYear() - 1, 1, 1);
		var organisation = demo.firstOrganisation();
		var held = count("select count(*) from activity_session where organisation_id = :organisation and held_at is not null"
				+ " and session_date < :today", organisation, today);
		// four weekly activities over more than a year (the council has nobody to register), three without the holidays
		assertThat(held).isGreaterThan(200);
		assertThat(count("select count(*) from activity_session where organisation_id = :organisation and session_date < :today"
				+ " and held_at is null", organisation, today)).as("every past session was held").isZero();
		assertThat(count("select count(*) from activity_session s where s.organisation_id = :organisation and s.session_date < :today"
				+ " and not exists (select 1 from session_staff st where st.session_id = s.id)", organisation, today))
			.as("every past session has its staff").isZero();
		assertThat(jdbc.sql("select min(session_date) from activity_session where organisation_id = :organisation")
			.param("organisation", organisation).query(Date.class).single().toLocalDate()).isBetween(since, since.plusDays(14));
		assertThat(count("select count(*) from activity_session where organisation_id = :organisation and held_at is not null"
				+ " and session_date >= :today", organisation, today)).as("nothing held from today on").isZero();
		assertThat(count("select count(*) from attendance a join activity_session s on s.id = a.session_id"
				+ " where s.organisation_id = :organisation and s.session_date < :today and a.present = true", organisation, today))
			.isGreaterThan(100);

		// the cooking club took the summer off, the playground drop-in did not
		var summer = jdbc.sql("""
				select a.title, s.session_date from activity_session s join activity a on a.id = s.activity_id
				where s.organisation_id = :organisation and s.session_date between :from and :to""")
			.param("organisation", organisation)
			.param("from", Date.valueOf(since.withMonth(7).withDayOfMonth(20)))
			.param("to", Date.valueOf(since.withMonth(8).withDayOfMonth(14)))
			.query((rs, row) -> rs.getString(1) + " week " + rs.getDate(2).toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
			.list();
		assertThat(summer).noneMatch(it -> it.startsWith("Kookclub")).anyMatch(it -> it.startsWith("Speeltuin inloop"));
		assertThat(count("select coalesce(sum(w.visitors), 0) from walk_in_count w join activity_session s on s.id = w.session_id"
				+ " where s.organisation_id = :organisation and s.session_date < :today", organisation, today))
			.isGreaterThan(500);

		// once: a second start writes no second past
		history.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from activity_session where organisation_id = :organisation and held_at is not null"
				+ " and session_date < :today", organisation, today)).isEqualTo(held);
	}

	@Test
	void aSessionIsHeldOnlyWithAttendanceOrWalkInsRegistered() {
		var organisation = demo.firstOrganisation();
		var empty = jdbc.sql("""
				select a.title || ' ' || cast(s.session_date as varchar(10)) from activity_session s
				join activity a on a.id = s.activity_id
				where s.organisation_id = :organisation and s.held_at is not null
				  and not exists (select 1 from attendance t where t.session_id = s.id)
				  and not exists (select 1 from walk_in_count w where w.session_id = s.id)
				order by s.session_date""")
			.param("organisation", organisation).query(String.class).list();
		assertThat(empty).as("held with nothing registered").isEmpty();
	}

	@Test
	void theWeeklyCookingClubSkipsTheSchoolHolidaysOfTheOrganisationsRegion() {
		var organisation = demo.firstOrganisation();
		var today = clock.today();
		var inHolidays = jdbc.sql("""
				select h.name || ' ' || cast(s.session_date as varchar(10)) from activity_session s
				join activity a on a.id = s.activity_id
				join organisation o on o.id = s.organisation_id
				join school_holiday h on h.organisation_id = s.organisation_id and h.region = o.region
				  and s.session_date between h.starts_on and h.ends_on
				where s.organisation_id = :organisation and a.title = 'Kookclub' and s.session_date <> :today
				order by s.session_date""")
			.param("organisation", organisation).param("today", Date.valueOf(today)).query(String.class).list();
		assertThat(count("select count(*) from school_holiday where organisation_id = :organisation and ends_on >= :today",
				organisation, today)).as("the holidays are known").isPositive();
		assertThat(inHolidays).isEmpty();
	}

	@Test
	void lastYearsAnnualOverviewHasFiguresFromTheRollupsAndHidesTheFewChildren() {
		var year = clock.today().getYear() - 1;
		var coordinator = load("coordinator");
		var fromRollups = annualReports.annual(coordinator, year, null, Source.AUTO);
		var fromRows = annualReports.annual(coordinator, year, null, Source.RAW);
		assertThat(fromRollups.perMonth().fromRollups()).as("the demo data built the rollups over the past").isTrue();
		assertThat(fromRollups).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*fromRollups").isEqualTo(fromRows);
		var totals = fromRollups.perMonth().totals();
		assertThat(totals.get(Figure.SESSIONS_HELD)).isGreaterThan(150L);
		assertThat(totals.get(Figure.WALK_INS)).isGreaterThan(300L);
		assertThat(totals.get(Figure.PARTICIPATIONS)).isGreaterThan(50L);
		// the demo has four registered children
		assertThat(totals.get(Figure.UNIQUE_CHILDREN)).isBetween(1L, 4L);
		assertThat(fromRollups.perMonth().rows()).hasSize(12);

		var municipality = annualReports.annual(load("municipality"), year, null);
		assertThat(municipality.suppressed()).isTrue();
		assertThat(municipality.perMonth().totals().get(Figure.UNIQUE_CHILDREN)).as("<5").isNull();
		assertThat(municipality.perMonth().totals().get(Figure.SESSIONS_HELD)).isEqualTo(totals.get(Figure.SESSIONS_HELD));
	}

	private long count(String sql, UUID organisation, LocalDate today) {
		return jdbc.sql(sql).param("organisation", organisation).param("today", Date.valueOf(today)).query(Long.class).single();
	}
}
