package nl.samenspel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import nl.samenspel.TestDatabase;
import nl.samenspel.kernel.Encryption;

/**
 * The benchmark data generator at scale 0.01, into a database of its own on the PostgreSQL test server (it needs
 * COPY, so it runs only with {@code -Ppostgres}). The expected numbers are the requested ones: 1 percent of 100,000
 * children, 2,000 activities, 3,000 signals, 600 cases and 4,000 referrals; 50,000 attendance rows give or take
 * 5 percent; places (8 organisations, 40 neighbourhoods each, 60 locations) do not scale.
 */
@Tag("postgres")
@EnabledIfSystemProperty(named = "samenspel.test.database", matches = "postgres")
class DataGeneratorTests {

	private static final String FIRST = "samenspel_test_datagen";
	private static final String SECOND = "samenspel_test_datagen2";

	@TempDir
	static Path keys;

	private static String server;
	private static String user;
	private static String password;
	private static Connection db;

	@BeforeAll
	static void generate() throws Exception {
		server = TestDatabase.SERVER;
		user = TestDatabase.USER;
		password = TestDatabase.PASSWORD;
		for (var name : new String[] { FIRST, SECOND }) {
			TestDatabase.recreate(name);
			new DataGenerator(DataGenerator.Options.parse("--url", server + name, "--user", user, "--password", password,
					"--migrate", "--scale", "0.01", "--until", "2026-06-30", "--key-file", keys.resolve("key").toString()))
				.run();
		}
		db = DriverManager.getConnection(server + FIRST, user, password);
	}

	@AfterAll
	static void drop() throws SQLException {
		if (db != null) {
			db.close();
		}
		try (var connection = DriverManager.getConnection(server + "postgres", user, password);
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + FIRST + " with (force)");
			statement.execute("drop database if exists " + SECOND + " with (force)");
		}
	}

	@Test
	void writesTheRequestedNumbersOfRows() throws SQLException {
		assertThat(count("select count(*) from organisation")).isEqualTo(8);
		assertThat(count("select count(*) from municipality where code = 'GM9950'")).isEqualTo(8);
		// 40 neighbourhoods for each of the 8 organisations, all in the one municipality
		assertThat(count("select count(*) from neighbourhood where code like 'BU9950____' and district_code = 'WK9950' || substring(code, 7, 2)"))
			.isEqualTo(320);
		assertThat(count("select count(distinct code) from neighbourhood")).isEqualTo(40);
		assertThat(count("select count(*) from cbs_neighbourhood")).as("the platform's CBS figures, once").isEqualTo(40);
		assertThat(count("select count(*) from location")).isEqualTo(60);
		assertThat(count("select count(*) from child")).isEqualTo(1_000);
		assertThat(count("select count(*) from consent where purpose = 'REGISTRATION'")).isEqualTo(1_000);
		assertThat(count("select count(*) from activity")).isEqualTo(20);
		assertThat(count("select count(*) from signal")).isEqualTo(30);
		assertThat(count("select count(*) from concern_case")).isEqualTo(6);
		assertThat(count("select count(*) from referral")).isEqualTo(40);
		assertThat(count("select count(*) from attendance")).isBetween(47_500L, 52_500L);
		assertThat(count("select count(*) from municipality_account where municipality_code = 'GM9950'")).isEqualTo(1);
		for (var role : new String[] { "COORDINATOR", "WORKER", "VOLUNTEER", "SAFEGUARDING_OFFICER" }) {
			assertThat(count("select count(*) from app_user_role where role = '" + role + "'")).as(role).isGreaterThanOrEqualTo(8);
		}
	}

	@Test
	void hasPlausibleProportions() throws SQLException {
		// about 90 percent present, 3 percent of the past sessions cancelled, walk-ins at about 40 percent of held ones
		assertThat(fraction("select avg(present::int) from attendance")).isBetween(0.88, 0.92);
		assertThat(fraction("select avg((status = 'CANCELLED')::int) from activity_session where session_date <= date '2026-06-30'"))
			.isBetween(0.02, 0.045);
		assertThat(count("select count(*) from activity_session where session_date > date '2026-06-30' and (status <> 'PLANNED' or held_at is not null)"))
			.isZero();
		assertThat(count("select count(*) from activity_session where session_date <= date '2026-06-30' and status = 'PLANNED' and held_at is null"))
			.isZero();
		assertThat(fraction("select avg((exists (select 1 from walk_in_count w where w.session_id = s.id))::int) "
				+ "from activity_session s where s.held_at is not null")).isBetween(0.3, 0.5);
		// 1 to 3 staff at every session, volunteers among them
		assertThat(count("select count(*) from activity_session s where (select count(*) from session_staff x where x.session_id = s.id) not between 1 and 3"))
			.isZero();
		assertThat(count("select count(*) from session_staff x join app_user_role r on r.app_user_id = x.app_user_id and r.role = 'VOLUNTEER'"))
			.isPositive();
		// attendance only at held sessions; children between 4 and 13 on the day
		assertThat(count("select count(*) from attendance a join activity_session s on s.id = a.session_id where s.held_at is null")).isZero();
		assertThat(count("select count(*) from attendance a join activity_session s on s.id = a.session_id join child c on c.id = a.child_id "
				+ "where extract(year from age(s.session_date, c.date_of_birth)) not between 4 and 13")).isZero();
		assertThat(count("select count(*) from signal where category not in ('SAFETY_AT_HOME', 'NEGLECT', 'POVERTY', 'BULLYING', 'HEALTH', 'DEVELOPMENT', 'OTHER')"))
			.isZero();
		// a case's step is the highest step with an entry; a closed case went through the weighing
		assertThat(count("select count(*) from concern_case c where c.step <> (select max(e.step) from case_entry e where e.case_id = c.id)"))
			.isZero();
		assertThat(count("select count(*) from concern_case where status = 'CLOSED' and (step < 4 or closed_because is null)")).isZero();
		assertThat(count("select count(*) from referral r where r.status <> (select s.status from referral_status_change s "
				+ "where s.referral_id = r.id order by s.changed_at desc limit 1)")).isZero();
		// the reporting view finds every session in the municipality
		assertThat(count("select count(*) from report_session where municipality_code = 'GM9950'"))
			.isEqualTo(count("select count(*) from activity_session"));
	}

	@Test
	void foreignKeysHoldAndRowsStayInTheirOrganisation() throws SQLException {
		// the foreign keys dropped for the load are back, and checked
		assertThat(count("select count(*) from pg_constraint where contype = 'f' and not convalidated")).isZero();
		assertThat(count("select count(*) from pg_constraint where contype = 'f' and conrelid = 'attendance'::regclass")).isEqualTo(3);
		assertThat(count("select count(*) from pg_indexes where indexname in ('attendance_pkey', 'attendance_child', "
				+ "'activity_session_day', 'session_staff_pkey', 'session_staff_user', 'walk_in_count_pkey', 'enrolment_child')"))
			.isEqualTo(7);
		// what no foreign key says: one organisation's rows point at that organisation's rows
		assertThat(count("select count(*) from attendance a join child c on c.id = a.child_id join activity_session s on s.id = a.session_id "
				+ "where c.organisation_id <> a.organisation_id or s.organisation_id <> a.organisation_id")).isZero();
		assertThat(count("select count(*) from child c join neighbourhood n on n.id = c.neighbourhood_id where n.organisation_id <> c.organisation_id"))
			.isZero();
		assertThat(count("select count(*) from location l join neighbourhood n on n.id = l.neighbourhood_id where n.organisation_id <> l.organisation_id"))
			.isZero();
		assertThat(count("select count(*) from session_staff x join activity_session s on s.id = x.session_id join app_user u on u.id = x.app_user_id "
				+ "where u.organisation_id <> s.organisation_id")).isZero();
		assertThat(count("select count(*) from referral r join network_organisation n on n.id = r.network_organisation_id "
				+ "join child c on c.id = r.child_id where n.organisation_id <> r.organisation_id or c.organisation_id <> r.organisation_id"))
			.isZero();
		assertThat(count("select count(*) from signal s left join concern_case c on c.id = s.case_id where s.case_id is not null and c.id is null"))
			.isZero();
		assertThat(count("select count(*) from signal s left join activity_session x on x.id = s.session_id where s.session_id is not null and x.id is null"))
			.isZero();
		assertThat(count("select count(*) from referral r left join child_guardian g on g.child_id = r.child_id and g.guardian_id = r.consent_guardian_id "
				+ "where r.consent_guardian_id is not null and g.child_id is null")).isZero();
	}

	@Test
	void theApplicationOpensWhatWasSealed() throws Exception {
		var environment = new MockEnvironment().withProperty("samenspel.encryption.keys.local",
				Files.readString(keys.resolve("key")).strip());
		var constructor = Encryption.class.getDeclaredConstructor(Environment.class, String.class, String.class, String.class,
				String.class);
		constructor.setAccessible(true);
		var encryption = constructor.newInstance(environment, "local", "unused", "false", server + FIRST);
		try (var statement = db.createStatement();
				var rs = statement.executeQuery("select id, facts from signal order by id limit 1")) {
			rs.next();
			assertThat(encryption.open(rs.getString(2), rs.getObject(1, UUID.class))).contains("benchmarkgegevens");
		}
		try (var statement = db.createStatement();
				var rs = statement.executeQuery("select id, reason from referral order by id limit 1")) {
			rs.next();
			assertThat(encryption.open(rs.getString(2), rs.getObject(1, UUID.class))).contains("benchmarkgegevens");
		}
	}

	@Test
	void theSameSeedGivesTheSameRows() throws SQLException {
		var digest = "select md5(string_agg(session_id::text || child_id::text || present::text, ',' order by session_id, child_id)) from attendance";
		try (var second = DriverManager.getConnection(server + SECOND, user, password);
				var statement = second.createStatement();
				var rs = statement.executeQuery(digest)) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo(text(digest));
		}
	}

	private long count(String sql) throws SQLException {
		try (var statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private double fraction(String sql) throws SQLException {
		try (var statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getDouble(1);
		}
	}

	private String text(String sql) throws SQLException {
		try (var statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
