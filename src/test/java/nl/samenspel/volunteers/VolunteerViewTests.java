package nl.samenspel.volunteers;

import java.sql.Date;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.Activity;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a VOLUNTEER sees follows their confirmed assignments, and only while they are cleared today: the sessions, the
 * attendance lists and the children's safety information (allergies, emergency contact) of their own sessions and of
 * no others, in the pages and the API; it stops the day the VOG lapses and the day they are deactivated.
 */
class VolunteerViewTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	VolunteerFixtures volunteers;

	@Autowired
	ChildSafety safety;

	@Autowired
	VolunteerStore volunteerStore;

	@Autowired
	nl.samenspel.children.ChildManagement children;

	@Autowired
	AssignmentStore assignmentStore;

	record Scene(ActivityFixtures.World world, Activity own, Session ownSession, UUID pien, Activity other,
			Session otherSession, UUID roos, Volunteer volunteer) {
	}

	Scene scene() {
		var world = programmeFixtures.world();
		var own = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var ownSession = programmeFixtures.session(world, own, ActivityFixtures.today());
		var pien = programmeFixtures.child(world, "Pien", 8, true);
		programmeFixtures.enrol(world, own, pien, false);
		safety.updateSafety(world.coordinator(), pien, new SafetyDetails("Pinda", null, null, null));
		var other = programmeFixtures.activity(world, Mode.SERIES, 10, 4, 12);
		var otherSession = programmeFixtures.session(world, other, ActivityFixtures.today());
		programmeFixtures.withoutVolunteers(otherSession);
		var roos = programmeFixtures.child(world, "Roos", 8, true);
		programmeFixtures.enrol(world, other, roos, false);
		safety.updateSafety(world.coordinator(), roos, new SafetyDetails("Gluten", null, null, null));
		return new Scene(world, own, ownSession, pien, other, otherSession, roos,
				volunteerStore.ofUser(world.volunteer().id()).orElseThrow());
	}

	private String page(Scene s, String path) throws Exception {
		var response = mvc.perform(get(path).with(as(s.world().volunteer()))).andReturn().getResponse();
		return response.getStatus() + " " + response.getContentAsString();
	}

	@Test
	void aVolunteerSeesTheSafetyInformationOfTheChildrenOfTheirOwnSessionsAndOfNoOthersInPagesAndApi() throws Exception {
		var s = scene();

		assertThat(page(s, "/sessions/" + s.ownSession().id() + "/children/" + s.pien())).startsWith("200")
			.contains("Pinda").contains("0612345678");
		assertThat(page(s, "/sessions/" + s.ownSession().id() + "/children/" + s.roos())).startsWith("403")
			.doesNotContain("Gluten");
		assertThat(page(s, "/sessions/" + s.otherSession().id() + "/children/" + s.roos())).startsWith("404")
			.doesNotContain("Gluten");
		assertThat(page(s, "/sessions")).contains(s.own().title()).doesNotContain(s.other().title());
		assertThat(page(s, "/")).as("the volunteer's home").contains(s.own().title()).doesNotContain(s.other().title());

		assertThat(page(s, "/api/v1/sessions/" + s.ownSession().id() + "/attendance")).startsWith("200")
			.contains("\"firstName\":\"Pien\"").contains("\"safetyNotes\":true")
			.doesNotContain("Roos");
		assertThat(page(s, "/api/v1/sessions/" + s.otherSession().id() + "/attendance")).startsWith("404")
			.doesNotContain("Roos");
		assertThat(page(s, "/api/v1/sessions?from=" + ActivityFixtures.today() + "&to=" + ActivityFixtures.today()))
			.contains(s.ownSession().id().toString()).doesNotContain(s.otherSession().id().toString());
		assertThat(page(s, "/api/v1/sessions/" + s.otherSession().id())).startsWith("404");
	}

	@Test
	void itStopsTheDayTheVogLapses() throws Exception {
		var s = scene();
		var safetyPage = "/sessions/" + s.ownSession().id() + "/children/" + s.pien();
		volunteers.set(s.volunteer().id(), "vog_renewal_due", Date.valueOf(ActivityFixtures.today().plusDays(1)));
		assertThat(page(s, safetyPage)).as("the last day of the VOG").startsWith("200").contains("Pinda");

		volunteers.set(s.volunteer().id(), "vog_renewal_due", Date.valueOf(ActivityFixtures.today()));

		assertThat(page(s, safetyPage)).startsWith("404").doesNotContain("Pinda");
		assertThat(page(s, "/sessions")).doesNotContain(s.own().title());
		assertThat(page(s, "/api/v1/sessions/" + s.ownSession().id() + "/attendance")).startsWith("404");
		assertThat(safety.maySeeHealth(s.world().volunteer(), children.child(s.world().coordinator(), s.pien())))
			.as("children's own check, through the SessionAssignments the programme implements").isFalse();
	}

	@Test
	void itStopsOnTheDayTheClockReachesTheRenewal() {
		var s = scene();
		var today = DutchTime.today(Clock.systemUTC());
		volunteers.set(s.volunteer().id(), "vog_renewal_due", Date.valueOf(today.plusDays(10)));
		var userId = s.world().volunteer().id();
		for (var days = 0; days <= 11; days++) {
			var clock = Clock.fixed(today.plusDays(days).atTime(12, 0).atZone(DutchTime.ZONE).toInstant(),
					ZoneId.of("UTC"));
			var roster = new Roster(volunteerStore, assignmentStore, clock);
			assertThat(roster.worksAt(userId, s.ownSession().id())).as("day %d", days).isEqualTo(days < 10);
			assertThat(roster.sessionsOf(userId, today, today)).as("day %d", days)
				.isEqualTo(days < 10 ? java.util.Set.of(s.ownSession().id()) : java.util.Set.of());
			assertThat(roster.worksAt(userId, s.otherSession().id())).isFalse();
		}
	}

	@Test
	void itStopsWhenTheVolunteerIsDeactivated() throws Exception {
		var s = scene();
		assertThat(page(s, "/sessions/" + s.ownSession().id())).startsWith("200").contains("Pien");

		volunteers.set(s.volunteer().id(), "status", VolunteerStatus.INACTIVE.name());

		assertThat(page(s, "/sessions/" + s.ownSession().id())).startsWith("404").doesNotContain("Pien");
		assertThat(page(s, "/sessions/" + s.ownSession().id() + "/children/" + s.pien())).startsWith("404")
			.doesNotContain("Pinda");
		assertThat(page(s, "/api/v1/sessions?from=" + ActivityFixtures.today() + "&to=" + ActivityFixtures.today()))
			.doesNotContain(s.ownSession().id().toString());
	}
}
