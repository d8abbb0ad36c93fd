package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.organisation.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Schedules make sessions around the school holidays of the organisation's own region, and single sessions can be
 * moved or cancelled (the enrolled children's guardians get an e-mail through the SMTP server).
 */
class ScheduleTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Holidays schoolHolidays;

	@Autowired
	nl.samenspel.organisation.UserManagement users;

	private static Holiday holiday(String from, String to) {
		return new Holiday(UUID.randomUUID(), Region.NORTH, "Vakantie", LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void weeklyDatesSkipTheHolidaysAndFortnightlyDatesTakeEveryOtherWeek() {
		var spring = List.of(holiday("2027-02-20", "2027-02-28"));

		// Mondays from 1 February to 8 March 2027; 22 February lies in the holiday
		assertThat(Schedules.dates(Recurrence.WEEKLY, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-08"),
				HolidayRule.SKIP, spring)).extracting(LocalDate::toString)
			.containsExactly("2027-02-01", "2027-02-08", "2027-02-15", "2027-03-01", "2027-03-08");
		assertThat(Schedules.dates(Recurrence.WEEKLY, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-08"),
				HolidayRule.ONLY, spring)).extracting(LocalDate::toString).containsExactly("2027-02-22");
		assertThat(Schedules.dates(Recurrence.FORTNIGHTLY, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-08"),
				HolidayRule.INCLUDE, spring)).extracting(LocalDate::toString)
			.containsExactly("2027-02-01", "2027-02-15", "2027-03-01");
		assertThat(Schedules.dates(Recurrence.ONCE, LocalDate.parse("2027-02-22"), LocalDate.parse("2027-02-22"),
				HolidayRule.SKIP, spring)).isEmpty();
	}

	@Test
	void aNewOrganisationStartsWithThePublishedHolidaysOfEveryRegion() {
		var world = programmeFixtures.world();

		var holidays = schoolHolidays.holidays(world.organisationId());

		assertThat(holidays).hasSize(15);
		assertThat(holidays).filteredOn(it -> it.region() == Region.NORTH).extracting(Holiday::name)
			.containsExactly("Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie");
		assertThat(holidays).filteredOn(it -> it.name().equals("Kerstvakantie")).allSatisfy(it -> {
			assertThat(it.startsOn()).isEqualTo("2026-12-19");
			assertThat(it.endsOn()).isEqualTo("2027-01-03");
		});
		assertThat(schoolHolidays.holidays(world.organisationId())).as("copied once").hasSize(15);
	}

	@Test
	void theApiMakesSessionsAroundTheOwnRegionsHolidaysOnly() throws Exception {
		var world = programmeFixtures.world();
		schoolHolidays.addHoliday(world.coordinator(), new HolidayDetails("Testvakantie noord", Region.NORTH,
				LocalDate.parse("2030-03-04"), LocalDate.parse("2030-03-10")));
		schoolHolidays.addHoliday(world.coordinator(), new HolidayDetails("Testvakantie zuid", Region.SOUTH,
				LocalDate.parse("2030-03-11"), LocalDate.parse("2030-03-17")));
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);

		var response = mvc.perform(post("/api/v1/activities/" + activity.id() + "/schedules").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"recurrence":"WEEKLY","firstDate":"2030-02-25","lastDate":"2030-03-25","startsAt":"15:00",
					 "endsAt":"16:30","holidays":"SKIP"}""")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getContentAsString()).contains("\"created\":4");
		assertThat(programme.sessions(world.organisationId(), activity.id(), LocalDate.parse("2030-01-01"),
				LocalDate.parse("2030-12-31"))).extracting(session -> session.date().toString())
			.containsExactly("2030-02-25", "2030-03-11", "2030-03-18", "2030-03-25");
		assertThat(jdbc.sql("select count(*) from session_staff st join activity_session s on s.id = st.session_id where s.activity_id = :a")
			.param("a", activity.id()).query(Integer.class).single()).as("the activity's staff (the worker) on each session")
			.isEqualTo(4);
	}

	@Test
	void aScheduleWithoutSessionsOrWithTimesTheWrongWayRoundIsRefusedAndSavesNothing() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var before = counts();

		var none = schedule(world, activity, "\"recurrence\":\"WEEKLY\",\"firstDate\":\"2031-02-03\",\"lastDate\":\"2031-02-24\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\",\"holidays\":\"ONLY\"");
		var inverted = schedule(world, activity, "\"recurrence\":\"WEEKLY\",\"firstDate\":\"2031-02-03\",\"lastDate\":\"2031-02-24\",\"startsAt\":\"16:00\",\"endsAt\":\"15:00\"");
		var backwards = schedule(world, activity, "\"recurrence\":\"WEEKLY\",\"firstDate\":\"2031-02-24\",\"lastDate\":\"2031-02-03\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\"");
		var tooLong = schedule(world, activity, "\"recurrence\":\"WEEKLY\",\"firstDate\":\"2031-02-03\",\"lastDate\":\"2035-02-03\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\"");

		assertThat(none).contains("\"holidays\"").contains("geen enkele bijeenkomst");
		assertThat(inverted).contains("\"endsAt\"").contains("na de begintijd");
		assertThat(backwards).contains("\"lastDate\"");
		assertThat(tooLong).contains("\"lastDate\"").contains("twee jaar");
		assertThat(counts()).isEqualTo(before);
	}

	private String schedule(ActivityFixtures.World world, Activity activity, String body) throws Exception {
		var response = mvc.perform(post("/api/v1/activities/" + activity.id() + "/schedules")
			.contentType(MediaType.APPLICATION_JSON).content("{" + body + "}")
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		return response.getContentAsString();
	}

	private List<Integer> counts() {
		return List.of(jdbc.sql("select count(*) from activity_session").query(Integer.class).single(),
				jdbc.sql("select count(*) from activity_schedule").query(Integer.class).single());
	}

	@Test
	void aCancelledSessionTellsTheParentsWhyAndTakesNoAttendance() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var session = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(7));
		var child = programmeFixtures.child(world, "Mees", 8, true);
		programmeFixtures.enrol(world, activity, child, false);
		var address = programmeFixtures.guardianEmail(world, child);

		var response = mvc.perform(post("/sessions/" + session.id() + "/cancel").param("reason", "De zaal lekt")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select status || '/' || cancel_reason from activity_session where id = :id")
			.param("id", session.id()).query(String.class).single()).isEqualTo("CANCELLED/De zaal lekt");
		delivered();
		var mails = MailBox.to(MAIL, address);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).contains(activity.title()).contains("gaat niet door");
		assertThat(mails.get(0).text()).contains("Mees").contains("De zaal lekt").contains("15:00");

		var again = mvc.perform(post("/api/v1/sessions/" + session.id() + "/cancel").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"nog eens\"}").with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(400);
		delivered();
		assertThat(MailBox.to(MAIL, address)).as("no second mail").hasSize(1);
	}

	@Test
	void aCancellationNeedsAReason() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(3));

		var page = mvc.perform(post("/sessions/" + session.id() + "/cancel").param("reason", "  ")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("field-error");
		assertThat(jdbc.sql("select status from activity_session where id = :id").param("id", session.id())
			.query(String.class).single()).isEqualTo("PLANNED");
	}

	@Test
	void movingASessionRemembersTheOriginalDateAndFlagsAnOverlapAtTheSamePlace() throws Exception {
		var world = programmeFixtures.world();
		var first = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var second = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var day = ActivityFixtures.today().plusDays(10);
		var session = programmeFixtures.session(world, first, day);
		programmeFixtures.session(world, second, day.plusDays(1));

		var moved = mvc.perform(put("/api/v1/sessions/" + session.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + day.plusDays(1) + "\",\"startsAt\":\"16:00\",\"endsAt\":\"17:30\",\"locationId\":\""
					+ world.locationId() + "\",\"staff\":[\"" + world.coordinator().id() + "\"]}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(moved.getStatus()).isEqualTo(200);
		assertThat(moved.getContentAsString()).contains("\"movedFrom\":\"" + day + "\"")
			.contains("\"staff\":[\"" + world.coordinator().id() + "\"]");
		assertThat(jdbc.sql("select weekday from activity_session where id = :id").param("id", session.id())
			.query(Integer.class).single()).isEqualTo(day.plusDays(1).getDayOfWeek().getValue());
		var edit = mvc.perform(get("/sessions/" + session.id() + "/edit").with(as(world.worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(edit).contains("overlapt met " + second.title());
	}

	@Test
	void aSessionCannotMoveToAnotherOrganisationsLocation() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(4));
		var elsewhere = fixtures.location(fixtures.organisation());

		var response = mvc.perform(put("/api/v1/sessions/" + session.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + session.date() + "\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\",\"locationId\":\""
					+ elsewhere.getId() + "\"}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("locationId");
		assertThat(jdbc.sql("select location_id from activity_session where id = :id").param("id", session.id())
			.query(UUID.class).single()).isEqualTo(world.locationId());
	}

	@Test
	void aDeactivatedUserLeavesTheStaffOfSessionsToComeAndKeepsTheSessionsTheyWorked() {
		var world = programmeFixtures.world();
		var admin = fixtures.user(world.organisationId(), "beheer", nl.samenspel.kernel.Role.ADMIN);
		var activity = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var coming = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(7));
		var worked = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(14));
		jdbc.sql("update activity_session set session_date = :day, held_at = current_timestamp where id = :id")
			.param("day", java.sql.Date.valueOf(ActivityFixtures.today().minusDays(7))).param("id", worked.id()).update();
		for (var session : List.of(coming.id(), worked.id())) {
			jdbc.sql("delete from session_staff where session_id = :session and app_user_id = :user").param("session", session)
				.param("user", world.worker().id()).update();
			jdbc.sql("insert into session_staff (session_id, app_user_id) values (:session, :user)").param("session", session)
				.param("user", world.worker().id()).update();
		}
		jdbc.sql("delete from activity_staff where activity_id = :activity and app_user_id = :user")
			.param("activity", activity.id()).param("user", world.worker().id()).update();
		jdbc.sql("insert into activity_staff (activity_id, app_user_id) values (:activity, :user)")
			.param("activity", activity.id()).param("user", world.worker().id()).update();
		assertThat(staffOf(coming.id())).contains(world.worker().id());

		users.deactivate(admin, world.worker().id());
		delivered();

		assertThat(staffOf(coming.id())).as("a session to come").doesNotContain(world.worker().id());
		assertThat(staffOf(worked.id())).as("a session that took place").contains(world.worker().id());
		assertThat(jdbc.sql("select count(*) from activity_staff where app_user_id = :user")
			.param("user", world.worker().id()).query(Integer.class).single()).isZero();
	}

	private List<UUID> staffOf(UUID session) {
		return jdbc.sql("select app_user_id from session_staff where session_id = :session").param("session", session)
			.query(UUID.class).list();
	}
}
