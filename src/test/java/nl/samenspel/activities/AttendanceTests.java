package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.samenspel.IntegrationTest;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Attendance at the door: staff for any session, a volunteer only for the sessions they work at and only the
 * children of those sessions (whose safety information they then see, and no other child's); no attendance for a
 * session in the future; walk-ins counted without data; corrections audited; events with ids and counts only.
 */
@RecordApplicationEvents
class AttendanceTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildSafety safetyRecords;

	@Autowired
	ApplicationEvents events;

	private ActivityFixtures.World world;

	private Activity activity;

	private Session today;

	private UUID enrolled;

	private void setUp() {
		world = programmeFixtures.world();
		activity = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		today = programmeFixtures.session(world, activity, ActivityFixtures.today());
		enrolled = programmeFixtures.child(world, "Pien", 8, true);
		programmeFixtures.enrol(world, activity, enrolled, false);
		safetyRecords.updateSafety(world.coordinator(), enrolled, new SafetyDetails("Pinda", null, null, "Astma"));
	}

	private String mark(Object who, UUID session, UUID child, boolean present) throws Exception {
		var builder = put("/api/v1/sessions/" + session + "/attendance/" + child).contentType(MediaType.APPLICATION_JSON)
			.content("{\"present\":" + present + "}");
		var request = who instanceof String name ? builder.with(as(name)) : builder.with(as((nl.samenspel.kernel.CurrentUser) who));
		var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
		return response.getStatus() + " " + response.getContentAsString();
	}

	@Test
	void aVolunteerTakesAttendanceOnlyAtTheirOwnSessionsAndOnlyForItsChildren() throws Exception {
		setUp();
		var stranger = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		var walkedIn = programmeFixtures.child(world, "Quinn", 9, true);

		assertThat(mark(world.volunteer(), today.id(), enrolled, true)).startsWith("200").contains("\"present\":true")
			.contains("\"safetyNotes\":true").doesNotContain("lastName");
		assertThat(mark(stranger, today.id(), enrolled, true)).startsWith("404");
		assertThat(mark(world.volunteer(), today.id(), walkedIn, true)).startsWith("400").contains("niet op de lijst");
		assertThat(mark(world.worker(), today.id(), walkedIn, true)).as("staff add any registered child").startsWith("200");

		var strangersPage = mvc.perform(get("/sessions/" + today.id()).with(as(stranger))).andReturn().getResponse();
		assertThat(strangersPage.getStatus()).isEqualTo(404);
		var strangersDay = mvc.perform(get("/sessions").with(as(stranger))).andReturn().getResponse().getContentAsString();
		assertThat(strangersDay).doesNotContain(activity.title());
		var ownDay = mvc.perform(get("/sessions").with(as(world.volunteer()))).andReturn().getResponse().getContentAsString();
		assertThat(ownDay).contains(activity.title());
		assertThat(jdbc.sql("select count(*) from attendance where session_id = :s and present = true").param("s", today.id())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aVolunteerSeesTheSafetyInformationOfTheChildrenOfTheirSessionsOnly() throws Exception {
		setUp();
		var elsewhere = programmeFixtures.child(world, "Roos", 8, true);
		safetyRecords.updateSafety(world.coordinator(), elsewhere, new SafetyDetails("Gluten", null, null, null));
		var otherActivity = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		programmeFixtures.enrol(world, otherActivity, elsewhere, false);
		var stranger = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		var otherSession = programmeFixtures.session(world, otherActivity, ActivityFixtures.today());
		programmeFixtures.withoutVolunteers(otherSession);

		var own = mvc.perform(get("/sessions/" + today.id() + "/children/" + enrolled).with(as(world.volunteer())))
			.andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsString()).contains("Pinda");

		var notTheirs = mvc.perform(get("/sessions/" + today.id() + "/children/" + elsewhere).with(as(world.volunteer())))
			.andReturn().getResponse();
		assertThat(notTheirs.getStatus()).isEqualTo(403);
		assertThat(notTheirs.getContentAsString()).doesNotContain("Gluten");
		var notAssigned = mvc.perform(get("/sessions/" + today.id() + "/children/" + enrolled).with(as(stranger)))
			.andReturn().getResponse();
		assertThat(notAssigned.getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select result from audit_event where object_type = 'health' and object_id = :c order by occurred_at")
			.param("c", elsewhere.toString()).query(String.class).list()).contains("DENIED");

		var sheet = mvc.perform(get("/sessions/" + today.id()).with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(sheet).contains("Pien").contains("allergie of medisch").doesNotContain("Roos");
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'session-children' and object_id = :s")
			.param("s", today.id().toString()).query(Integer.class).single()).as("the list's read is logged").isPositive();
	}

	@Test
	void noAttendanceForAFutureSessionAndNoNegativeWalkIns() throws Exception {
		setUp();
		var future = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(1));

		assertThat(mark(world.worker(), future.id(), enrolled, true)).startsWith("400").contains("\"session\"")
			.contains("nog niet geweest");
		var negative = mvc.perform(put("/api/v1/sessions/" + today.id() + "/walk-ins").contentType(MediaType.APPLICATION_JSON)
			.content("[{\"ageBand\":\"FOUR_TO_SIX\",\"gender\":\"GIRL\",\"visitors\":3},{\"ageBand\":\"SEVEN_TO_NINE\",\"gender\":\"BOY\",\"visitors\":-1}]")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(negative.getStatus()).isEqualTo(400);
		var page = mvc.perform(post("/sessions/" + today.id() + "/walk-ins").param("FOUR_TO_SIX.GIRL", "-2")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(page.getContentAsString()).contains("kan niet kleiner zijn dan 0");
		var futureWalkIns = mvc.perform(put("/api/v1/sessions/" + future.id() + "/walk-ins").contentType(MediaType.APPLICATION_JSON)
			.content("[{\"ageBand\":\"FOUR_TO_SIX\",\"gender\":\"GIRL\",\"visitors\":3}]")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(futureWalkIns.getStatus()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from attendance where session_id in (:s, :f)").param("s", today.id())
			.param("f", future.id()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from walk_in_count where session_id in (:s, :f)").param("s", today.id())
			.param("f", future.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void walkInsAreCountsOnlyAndTheSessionIsHeldOnce() throws Exception {
		setUp();

		var response = mvc.perform(post("/sessions/" + today.id() + "/walk-ins").param("FOUR_TO_SIX.GIRL", "3")
			.param("TEN_TO_TWELVE.OTHER", "2").with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		mark(world.volunteer(), today.id(), enrolled, true);

		assertThat(response.getStatus()).isEqualTo(302);
		var api = mvc.perform(get("/api/v1/sessions/" + today.id() + "/walk-ins").with(as(world.worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(api).contains("{\"ageBand\":\"FOUR_TO_SIX\",\"gender\":\"GIRL\",\"visitors\":3}")
			.contains("{\"ageBand\":\"TEN_TO_TWELVE\",\"gender\":\"OTHER\",\"visitors\":2}");
		assertThat(events.stream(SessionHeld.class).filter(it -> it.sessionId().equals(today.id()))).hasSize(1)
			.allSatisfy(held -> assertThat(held.minutes()).isEqualTo(90));
		var registered = events.stream(AttendanceRegistered.class).filter(it -> it.sessionId().equals(today.id())).toList();
		assertThat(registered).extracting(AttendanceRegistered::walkIns).containsExactly(5, 5);
		assertThat(registered.get(1).present()).isEqualTo(1);
		assertThat(List.of(AttendanceRegistered.class.getRecordComponents())).extracting(it -> it.getType().getSimpleName())
			.as("ids, a date and counts: nothing about a child").containsOnly("UUID", "LocalDate", "int");
	}

	@Test
	void walkInsOfZeroAloneDoNotMakeASessionHeld() throws Exception {
		setUp();

		// the walk-in form as it opens, every count 0, saved by a tap too many
		var zeros = post("/sessions/" + today.id() + "/walk-ins");
		for (var band : AgeBand.values()) {
			for (var gender : WalkInGender.values()) {
				zeros = zeros.param(band.name() + "." + gender.name(), "0");
			}
		}
		var saved = mvc.perform(zeros.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		var state = mvc.perform(get("/api/v1/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(state).contains("\"state\":\"PLANNED\"");
		assertThat(events.stream(SessionHeld.class).filter(it -> it.sessionId().equals(today.id()))).isEmpty();

		mvc.perform(post("/sessions/" + today.id() + "/walk-ins").param("FOUR_TO_SIX.GIRL", "1").with(as(world.worker()))
			.with(csrf())).andReturn();
		assertThat(events.stream(SessionHeld.class).filter(it -> it.sessionId().equals(today.id()))).as("one walk-in")
			.hasSize(1);
	}

	@Test
	void aCorrectionIsAuditedAndTheCheckOutCannotComeBeforeTheCheckIn() throws Exception {
		setUp();
		var yesterday = programmeFixtures.session(world, activity, ActivityFixtures.today().minusDays(1));
		mark(world.worker(), yesterday.id(), enrolled, true);
		var audited = jdbc.sql("select count(*) from audit_event where object_type = 'attendance' and object_id = :s")
			.param("s", yesterday.id().toString()).query(Integer.class).single();
		assertThat(audited).as("registering after the day is a correction").isEqualTo(1);

		mark(world.worker(), yesterday.id(), enrolled, false);
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'attendance' and object_id = :s")
			.param("s", yesterday.id().toString()).query(Integer.class).single()).isEqualTo(2);

		var inverted = mvc.perform(put("/api/v1/sessions/" + today.id() + "/attendance").contentType(MediaType.APPLICATION_JSON)
			.content("[{\"childId\":\"" + enrolled + "\",\"present\":true,\"checkedInAt\":\"15:30\",\"checkedOutAt\":\"15:00\"}]")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(inverted.getStatus()).isEqualTo(400);
		assertThat(inverted.getContentAsString()).contains("checkedOutAt");
		assertThat(jdbc.sql("select count(*) from attendance where session_id = :s").param("s", today.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aListIsCheckedAsAWholeBeforeAnythingIsSaved() throws Exception {
		setUp();
		var otherOrganisationsChild = programmeFixtures.child(programmeFixtures.world(), "Vreemd", 8, true);

		var response = mvc.perform(put("/api/v1/sessions/" + today.id() + "/attendance").contentType(MediaType.APPLICATION_JSON)
			.content("[{\"childId\":\"" + enrolled + "\",\"present\":true},{\"childId\":\"" + otherOrganisationsChild
					+ "\",\"present\":true}]")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from attendance where session_id = :s").param("s", today.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void oneTapOnThePhoneReturnsTheRowAndChecksTheChildIn() throws Exception {
		setUp();

		var row = mvc.perform(post("/sessions/" + today.id() + "/attendance").param("childId", enrolled.toString())
			.param("present", "true").header("HX-Request", "true").with(as(world.volunteer())).with(csrf())).andReturn()
			.getResponse();

		assertThat(row.getStatus()).isEqualTo(200);
		assertThat(row.getContentAsString().strip()).startsWith("<li id=\"child-" + enrolled).contains("aria-pressed=\"true\"")
			.contains("binnen om");
		assertThat(jdbc.sql("select checked_in_at is not null from attendance where session_id = :s and child_id = :c")
			.param("s", today.id()).param("c", enrolled).query(Boolean.class).single()).isTrue();
	}

	@Test
	void oneTapAlsoSwapsTheTotalsOutOfBand() throws Exception {
		setUp();

		var response = mvc.perform(post("/sessions/" + today.id() + "/attendance").param("childId", enrolled.toString())
			.param("present", "true").header("HX-Request", "true").with(as(world.worker())).with(csrf())).andReturn()
			.getResponse().getContentAsString();

		assertThat(response).contains("id=\"attendance-totals\"").contains("hx-swap-oob=\"true\"")
			.contains("Aanwezig: 1 · afwezig: 0 · vrije inloop: 0");
		var page = mvc.perform(get("/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).as("the page has the element the swap replaces").contains("id=\"attendance-totals\"")
			.doesNotContain("hx-swap-oob");
	}

	@Test
	void aSessionWithAttendanceShowsAsHeldOnThePagesAndInTheApi() throws Exception {
		setUp();
		var later = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(7));
		assertThat(mvc.perform(get("/api/v1/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("\"state\":\"PLANNED\"");

		assertThat(mark(world.worker(), today.id(), enrolled, false)).startsWith("200");

		assertThat(mvc.perform(get("/api/v1/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("\"state\":\"HELD\"");
		assertThat(mvc.perform(get("/api/v1/sessions/" + later.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("\"state\":\"PLANNED\"");
		var activityPage = mvc.perform(get("/activities/" + activity.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(activityPage).contains("Gehouden").contains("Gepland");
		assertThat(mvc.perform(get("/sessions/" + today.id()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("Gehouden");
		assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString()).contains("HELD");
	}

	@Test
	void anEmptyListIsRefusedWithAMessageAboutTheList() throws Exception {
		setUp();

		var marks = mvc.perform(put("/api/v1/sessions/" + today.id() + "/attendance").contentType(MediaType.APPLICATION_JSON)
			.content("[]").with(as(world.worker())).with(csrf())).andReturn().getResponse();
		var counts = mvc.perform(put("/api/v1/sessions/" + today.id() + "/walk-ins").contentType(MediaType.APPLICATION_JSON)
			.content("[]").with(as(world.worker())).with(csrf())).andReturn().getResponse();
		var form = mvc.perform(post("/sessions/" + today.id() + "/walk-ins").with(as(world.worker())).with(csrf()))
			.andReturn().getResponse();

		assertThat(marks.getStatus()).isEqualTo(400);
		assertThat(marks.getContentAsString()).contains("\"field\":\"marks\"").contains("minstens één kind")
			.doesNotContain("tekens");
		assertThat(counts.getStatus()).isEqualTo(400);
		assertThat(counts.getContentAsString()).contains("\"field\":\"counts\"").contains("minstens één aantal")
			.doesNotContain("tekens");
		assertThat(form.getContentAsString()).contains("Vul minstens één aantal in");
		assertThat(jdbc.sql("select held_at is null from activity_session where id = :s").param("s", today.id())
			.query(Boolean.class).single()).as("nothing registered, so not held").isTrue();
	}
}
