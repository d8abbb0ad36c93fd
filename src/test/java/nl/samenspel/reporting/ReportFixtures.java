package nl.samenspel.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.activities.WalkIns;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;

/**
 * The small programme whose figures FigureTests works out by hand (see its class comment), shared by the tests of
 * everything built on those figures: two neighbourhoods of one municipality, two activities, six children, walk-ins,
 * and a MUNICIPALITY user reporting on that municipality.
 */
@TestComponent
public class ReportFixtures {

	static final LocalDate TODAY = ActivityFixtures.today();

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	Programme programme;

	@Autowired
	Attendance attendance;

	@Autowired
	SessionChanges changes;

	@Autowired
	WalkIns walkIns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublicationRegistry publications;

	/** Waits until every event published so far has been delivered ({@link nl.samenspel.Deliveries}). */
	public void delivered() {
		nl.samenspel.Deliveries.await(publications);
	}

	/** The fixture; {@code sessionInB} is the one session held in Buurt B. */
	public record Fixture(ActivityFixtures.World world, String municipality, CurrentUser municipalityUser, UUID sessionInB) {
	}

	/**
	 * The calendar year that holds the fixture's sessions (the last ten days): the fixed period a municipality user asks
	 * for. In the first ten days of January they span two years, and a test that needs them in one is skipped.
	 */
	public static nl.samenspel.reporting.ReportPeriod year() {
		org.junit.jupiter.api.Assumptions.assumeTrue(TODAY.minusDays(10).getYear() == TODAY.getYear(),
				"the fixture's sessions span two calendar years");
		return nl.samenspel.reporting.ReportPeriod.year(TODAY.getYear());
	}

	/**
	 * Sets the record keys of the fixture's children, presences and walk-in counts (the one in Buurt B apart), so that
	 * the noise of every cell can be worked out by hand: a cell's key is the sum of its records' keys.
	 */
	public void keys(Fixture f, long child, long presence, long walkIn, long walkInB) {
		var organisation = f.world().organisationId();
		jdbc.sql("update child set record_key = :k where organisation_id = :o").param("k", child).param("o", organisation)
			.update();
		jdbc.sql("update attendance set record_key = :k where session_id in (select id from activity_session where organisation_id = :o)")
			.param("k", presence).param("o", organisation).update();
		jdbc.sql("update walk_in_count set record_key = :k where session_id in (select id from activity_session where organisation_id = :o)")
			.param("k", walkIn).param("o", organisation).update();
		jdbc.sql("update walk_in_count set record_key = :k where session_id = :s").param("k", walkInB)
			.param("s", f.sessionInB()).update();
		staleRollups(organisation);
	}

	/**
	 * Marks every month of an organisation's held sessions stale: after a test changed record keys behind the rollups'
	 * back (keys never change in the application), a rollup the job built in between must not be read.
	 */
	public void staleRollups(UUID organisation) {
		jdbc.sql("""
				insert into report_stale (organisation_id, month_key, claimed)
				select distinct organisation_id, cast(extract(year from session_date) * 100 + extract(month from session_date) as integer), false
				from activity_session where organisation_id = :o and held_at is not null
				on conflict do nothing""").param("o", organisation).update();
	}

	public Fixture handWorked() {
		var world = programmeFixtures.world();
		var municipality = fixtures.municipality(world.organisationId());
		var digits = municipality.getCode().substring(2);
		var a = neighbourhood(world, municipality.getId(), "BU" + digits + "0101", "WK" + digits + "01", "Buurt A");
		var b = neighbourhood(world, municipality.getId(), "BU" + digits + "0102", "WK" + digits + "01", "Buurt B");
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", a).param("l", world.locationId()).update();
		var other = fixtures.location(world.organisationId());
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", b).param("l", other.getId()).update();
		var x = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var y = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var xs1 = programmeFixtures.session(world, x, TODAY.minusDays(10));
		var xs2 = programmeFixtures.session(world, x, TODAY.minusDays(3));
		programmeFixtures.session(world, x, TODAY.plusDays(7));
		var cancelled = programmeFixtures.session(world, x, TODAY.minusDays(5));
		changes.cancelSession(world.coordinator(), cancelled.id(), new nl.samenspel.activities.Cancellation("Ziek"));
		var ys1 = programmeFixtures.session(world, y, TODAY.minusDays(10));
		changes.updateSession(world.coordinator(), ys1.id(), new SessionDetails(ys1.date(), LocalTime.of(15, 0),
				LocalTime.of(16, 0), other.getId(), List.of()));
		programmeFixtures.withoutVolunteers(ys1);
		var c = new UUID[7];
		for (int i = 1; i <= 6; i++) {
			c[i] = programmeFixtures.child(world, "Kind" + i, 8, true);
		}
		mark(world, xs1.id(), c[1], c[2], c[3]);
		attendance.mark(world.worker(), xs1.id(), new AttendanceMark(c[4], false, null, null));
		mark(world, xs2.id(), c[1], c[5]);
		mark(world, ys1.id(), c[1], c[6]);
		walkIns.recordWalkIns(world.worker(), xs1.id(), List.of(new WalkIn(AgeBand.FOUR_TO_SIX, WalkInGender.GIRL, 2),
				new WalkIn(AgeBand.SEVEN_TO_NINE, WalkInGender.BOY, 1)));
		walkIns.recordWalkIns(world.worker(), ys1.id(), List.of(new WalkIn(AgeBand.TEN_TO_TWELVE, WalkInGender.OTHER, 3)));
		var user = fixtures.user(world.organisationId(), "gemeente", Role.MUNICIPALITY);
		jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:u, :c)").param("u", user.id())
			.param("c", municipality.getCode()).update();
		delivered();
		return new Fixture(world, municipality.getCode(), user, ys1.id());
	}

	UUID neighbourhood(ActivityFixtures.World world, UUID municipality, String code, String district, String name) {
		return neighbourhood(world.organisationId(), municipality, code, district, name);
	}

	/**
	 * A neighbourhood BU + the municipality's digits + 01 + the given number, in the organisation's municipality of
	 * that code (made when it is missing): for the tests of figures per municipality (cases, participation).
	 */
	UUID neighbourhoodIn(UUID organisation, String municipalityCode, String number) {
		var municipality = fixtures.municipality(organisation, municipalityCode, "Gemeente " + municipalityCode);
		var digits = municipalityCode.substring(2);
		return neighbourhood(organisation, municipality.getId(), "BU" + digits + "01" + number, "WK" + digits + "01",
				"Buurt " + number);
	}

	/** A child of 9, with consent, living in the neighbourhood (none: no neighbourhood known). */
	UUID childIn(ActivityFixtures.World world, String name, @org.jspecify.annotations.Nullable UUID neighbourhood) {
		var child = programmeFixtures.child(world, name, 9, true);
		jdbc.sql("update child set neighbourhood_id = :n where id = :c").param("n", neighbourhood).param("c", child).update();
		return child;
	}

	private UUID neighbourhood(UUID organisation, UUID municipality, String code, String district, String name) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into neighbourhood (id, version, organisation_id, municipality_id, code, district_code, name, cbs_year,
				  children_4_12_estimated, active)
				values (:id, 0, :org, :m, :code, :district, :name, 2024, true, true)""")
			.param("id", id).param("org", organisation).param("m", municipality).param("code", code)
			.param("district", district).param("name", name).update();
		return id;
	}

	void mark(ActivityFixtures.World world, UUID session, UUID... children) {
		for (var child : children) {
			attendance.mark(world.worker(), session, new AttendanceMark(child, true, null, null));
		}
	}

	/** A volunteer of the organisation, made directly (no services involved). */
	UUID volunteer(ActivityFixtures.World world) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into volunteer (id, organisation_id, first_name, last_name, age_band, status, created_at, version)
				values (:id, :o, 'Vrijwilliger', :last, 'FROM_70', 'ACTIVE', current_timestamp, 0)""")
			.param("id", id).param("o", world.organisationId()).param("last", id.toString().substring(0, 8)).update();
		return id;
	}

	/** A session of the activity on the day that took place, with none of the fixtures' volunteers on it. */
	UUID held(ActivityFixtures.World world, Activity activity, LocalDate day) {
		var session = programmeFixtures.session(world, activity, day);
		// the fixtures put the world's own volunteer on every session: only the volunteers of the test count here
		programmeFixtures.withoutVolunteers(session);
		jdbc.sql("update activity_session set held_at = current_timestamp where id = :id").param("id", session.id()).update();
		return session.id();
	}

	/** A volunteer's assignment to a session, with its status and whether they were absent. */
	void assign(ActivityFixtures.World world, UUID volunteer, UUID session, String status, boolean absent) {
		jdbc.sql("""
				insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, absent, created_at)
				values (:id, :o, :v, :s, :status, :absent, current_timestamp)""")
			.param("id", UUID.randomUUID()).param("o", world.organisationId()).param("v", volunteer).param("s", session)
			.param("status", status).param("absent", absent).update();
	}
}
