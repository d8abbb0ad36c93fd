package nl.samenspel.volunteers;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V47 copies the session_staff links of users who are only volunteers (the VOLUNTEER role, neither COORDINATOR nor
 * WORKER) into CONFIRMED assignments, making an ACTIVE volunteer record without VOG and code of conduct for such a user
 * who has none; V48 takes them off session_staff and activity_staff; V48_1 keeps counting their hours in reporting.
 * A user who is a worker too stays session staff. On an H2 database of its own, migrated to just before the
 * organisation views V47 reads (V46_9), given rows, then migrated to the end.
 */
class StaffLinkMigrationTests {

	@Test
	void movesTheLinksOfVolunteersIntoUnscreenedAssignmentsAndOffTheStaff() {
		var url = "jdbc:h2:mem:v47-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		var dataSource = new DriverManagerDataSource(url, "sa", "");
		// the last migration before V46_9, whichever that is once other branches' migrations are merged
		var before = java.util.Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
				.load().info().all())
			.map(it -> it.getVersion())
			.filter(it -> it.isNewerThan("0") && !it.isAtLeast("46.9"))
			.max(Comparable::compareTo).orElseThrow();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(before).load().migrate();
		var jdbc = JdbcClient.create(dataSource);
		var organisation = UUID.randomUUID();
		jdbc.sql("insert into organisation (id, version, name, region, active, created_at)"
				+ " values (:id, 0, 'Kinderwerk', 'NORTH', true, current_timestamp)").param("id", organisation).update();
		var location = UUID.randomUUID();
		jdbc.sql("insert into location (id, version, organisation_id, name, type, active)"
				+ " values (:id, 0, :org, 'Buurthuis', 'COMMUNITY', true)").param("id", location).param("org", organisation)
			.update();
		var vera = user(jdbc, organisation, "vera", "Vera van der Vrijwilliger", "VOLUNTEER");
		var wim = user(jdbc, organisation, "wim", "Wim Werker", "VOLUNTEER", "WORKER");
		var screened = user(jdbc, organisation, "sam", "Sam", "VOLUNTEER");
		var existing = UUID.randomUUID();
		jdbc.sql("""
				insert into volunteer (id, organisation_id, app_user_id, first_name, last_name, age_band, status,
				  code_signed_on, vog_issued_on, vog_renewal_due, created_at, version)
				values (:id, :org, :user, 'Sam', 'Eerder', 'FROM_70', 'ACTIVE', current_date, current_date, null,
				  current_timestamp, 0)""")
			.param("id", existing).param("org", organisation).param("user", screened).update();
		var activity = UUID.randomUUID();
		jdbc.sql("""
				insert into activity (id, version, organisation_id, title, description, location_id, min_age, max_age, cost,
				  mode, published, active, created_at)
				values (:id, 0, :org, 'Speeltuin', 'Spelen', :location, 4, 12, 'FREE', 'DROP_IN', true, true, current_timestamp)""")
			.param("id", activity).param("org", organisation).param("location", location).update();
		var past = session(jdbc, organisation, activity, location, "2025-03-01");
		var coming = session(jdbc, organisation, activity, location, "2031-03-01");
		for (var session : List.of(past, coming)) {
			for (var user : List.of(vera, wim, screened)) {
				jdbc.sql("insert into session_staff (session_id, app_user_id) values (:s, :u)").param("s", session)
					.param("u", user).update();
			}
		}
		for (var user : List.of(vera, wim)) {
			jdbc.sql("insert into activity_staff (activity_id, app_user_id) values (:a, :u)").param("a", activity)
				.param("u", user).update();
		}

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.sql("""
				select first_name, last_name, status, organisation_id, vog_issued_on, code_signed_on
				from volunteer where app_user_id = :u""").param("u", vera)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
					String.valueOf(rs.getDate(5)), String.valueOf(rs.getDate(6))))
			.single()).as("an active record without VOG or code of conduct: no child's information until screened")
			.isEqualTo(List.of("Vera", "van der Vrijwilliger", "ACTIVE", organisation, "null", "null"));
		assertThat(jdbc.sql("select count(*) from volunteer where app_user_id = :u").param("u", screened)
			.query(Integer.class).single()).as("an existing record is used, not doubled").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from volunteer where app_user_id = :u").param("u", wim).query(Integer.class)
			.single()).as("a worker stays staff").isZero();
		assertThat(jdbc.sql("""
				select v.app_user_id, a.session_id, a.status, a.absent from volunteer_assignment a
				join volunteer v on v.id = a.volunteer_id where a.organisation_id = :org
				order by v.first_name, a.session_id""").param("org", organisation)
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getObject(2, UUID.class) + " " + rs.getString(3) + " "
					+ rs.getBoolean(4))
			.list()).containsExactlyInAnyOrder(vera + " " + past + " CONFIRMED false",
					vera + " " + coming + " CONFIRMED false", screened + " " + past + " CONFIRMED false",
					screened + " " + coming + " CONFIRMED false");
		assertThat(jdbc.sql("select app_user_id from session_staff where session_id in (:s)").param("s", List.of(past, coming))
			.query(UUID.class).list()).containsExactly(wim, wim);
		assertThat(jdbc.sql("select app_user_id from activity_staff where activity_id = :a").param("a", activity)
			.query(UUID.class).list()).containsExactly(wim);
		assertThat(jdbc.sql("select app_user_id, volunteer from report_session_staff where session_id = :s").param("s", past)
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getBoolean(2)).list())
			.as("reporting still counts who worked, volunteers as volunteers")
			.containsExactlyInAnyOrder(wim + " true", vera + " true", screened + " true");
		assertThat(MigrationVersion.fromVersion("46.9").isNewerThan(before.getVersion())).isTrue();
	}

	private static UUID user(JdbcClient jdbc, UUID organisation, String username, String name, String... roles) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into app_user (id, version, organisation_id, username, display_name, email, preferred_language, status,
				  created_at)
				values (:id, 0, :org, :username, :name, :email, 'nl', 'ACTIVE', current_timestamp)""")
			.param("id", id).param("org", organisation).param("username", username + "-" + id).param("name", name)
			.param("email", username + "@test.samenspel.example").update();
		for (var role : roles) {
			jdbc.sql("insert into app_user_role (app_user_id, role) values (:u, :r)").param("u", id).param("r", role).update();
		}
		return id;
	}

	private static UUID session(JdbcClient jdbc, UUID organisation, UUID activity, UUID location, String day) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at,
				  ends_at, duration_minutes, location_id, status)
				values (:id, 0, :org, :activity, cast(:day as date), 6, cast('14:00:00' as time), cast('16:00:00' as time), 120,
				  :location, 'PLANNED')""")
			.param("id", id).param("org", organisation).param("activity", activity).param("day", day)
			.param("location", location).update();
		return id;
	}
}
