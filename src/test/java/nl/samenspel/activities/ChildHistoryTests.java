package nl.samenspel.activities;

import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The child's page shows the child's places (enrolled, or waiting with the place in line) and the sessions the child
 * was marked at, to the staff of the programme (COORDINATOR, WORKER); not to the safeguarding officer, and nothing of
 * another organisation's child.
 */
class ChildHistoryTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Attendance attendance;

	@Autowired
	ChildHistory history;

	String page(CurrentUser user, UUID child) throws Exception {
		var response = mvc.perform(get("/children/" + child).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void staffSeeTheChildsPlacesWaitingSpotsAndAttendance() throws Exception {
		var world = programmeFixtures.world();
		var full = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		var open = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var today = programmeFixtures.session(world, open, ActivityFixtures.today());
		programmeFixtures.enrol(world, full, programmeFixtures.child(world, "Ada", 8, true), false);
		var child = programmeFixtures.child(world, "Pien", 8, true);
		assertThat(programmeFixtures.enrol(world, full, child, true).status()).isEqualTo(EnrolmentStatus.WAITING);
		programmeFixtures.enrol(world, open, child, false);
		attendance.mark(world.worker(), today.id(), new AttendanceMark(child, true, null, null));
		jdbc.sql("update attendance set checked_out_at = :out where session_id = :session and child_id = :child")
			.param("out", java.sql.Time.valueOf(LocalTime.of(16, 20))).param("session", today.id())
			.param("child", child).update();

		for (var viewer : java.util.List.of(world.worker(), world.coordinator())) {
			var html = page(viewer, child);
			assertThat(html).contains("id=\"panel-enrolments\"").contains("href=\"/activities/" + open.id() + "\"")
				.contains(open.title()).contains("Ingeschreven")
				.contains("href=\"/activities/" + full.id() + "\"").contains("Wachtlijst, plek 1")
				.contains("id=\"panel-attendance\"").contains("href=\"/sessions/" + today.id() + "\"")
				.contains("1 keer aanwezig in de laatste 3 maanden").contains("Vertrokken om 16:20")
				.doesNotContain("Ada");
		}
		// the places come before the attendance, and both after the child's own sections
		var html = page(world.worker(), child);
		assertThat(html.indexOf("panel-enrolments")).isGreaterThan(html.indexOf("consents-heading"))
			.isLessThan(html.indexOf("panel-attendance"));
	}

	@Test
	void theOfficerAndAnotherOrganisationSeeNoPlacesOrAttendance() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var today = programmeFixtures.session(world, activity, ActivityFixtures.today());
		var child = programmeFixtures.child(world, "Fenna", 9, true);
		programmeFixtures.enrol(world, activity, child, false);
		attendance.mark(world.worker(), today.id(), new AttendanceMark(child, false, null, null));

		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var html = page(officer, child);
		assertThat(html).contains("Fenna").doesNotContain("panel-enrolments").doesNotContain("panel-attendance")
			.doesNotContain(activity.title());
		assertThat(history.of(officer, child)).isEmpty();

		var elsewhere = programmeFixtures.world();
		var found = history.of(elsewhere.coordinator(), child).orElseThrow();
		assertThat(found.places()).isEmpty();
		assertThat(found.visits()).isEmpty();
		assertThat(found.presentRecently()).isZero();
		assertThat(mvc.perform(get("/children/" + child).with(as(elsewhere.coordinator()))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);

		var own = history.of(world.coordinator(), child).orElseThrow();
		assertThat(own.visits()).singleElement().satisfies(visit -> {
			assertThat(visit.present()).isFalse();
			assertThat(visit.sessionId()).isEqualTo(today.id());
		});
		assertThat(own.presentRecently()).as("absent does not count").isZero();
	}
}
