package nl.samenspel.activities;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import static nl.samenspel.Homes.panel;
import nl.samenspel.kernel.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The activities module on a home: a worker's sessions of today with the counts the attendance page shows, never
 * another organisation's; a volunteer's own sessions only; the waiting lists that moved; a parent's own children's
 * next sessions; a coordinator's coverage gaps and holidays still to enter.
 */
class ActivitiesHomeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Attendance attendance;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void showsAWorkerTodaysSessionsWithTheCountsOfTheAttendancePage() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 2, 4, 12);
		var session = programme.session(world, activity, ActivityFixtures.today());
		var anna = programme.child(world, "Anna", 8, true);
		var bram = programme.child(world, "Bram", 8, true);
		var cas = programme.child(world, "Cas", 8, true);
		programme.enrol(world, activity, anna, false);
		programme.enrol(world, activity, bram, false);
		programme.enrol(world, activity, cas, true);
		attendance.mark(world.worker(), session.id(), new AttendanceMark(anna, true, null, null));

		var today = panel(home(world.worker()), "today");

		var sheet = attendance.sheet(world.worker(), session.id());
		var enrolled = sheet.lines().stream().filter(Attendance.Line::enrolled).count();
		assertThat(enrolled).isEqualTo(2);
		assertThat(sheet.present()).isEqualTo(1);
		assertThat(today).contains(activity.title()).contains("href=\"/sessions/" + session.id() + "\"")
			.contains(enrolled + " ingeschreven, " + sheet.present() + " aanwezig, 1 op de wachtlijst");
	}

	@Test
	void neverShowsAnotherOrganisationsSessions() throws Exception {
		var world = programme.world();
		var other = programme.world();
		var theirs = programme.activity(other, Mode.DROP_IN, null, 4, 12);
		programme.session(other, theirs, ActivityFixtures.today());

		var html = home(world.worker());

		assertThat(panel(html, "today")).contains("geen sessies");
		assertThat(html).doesNotContain(theirs.title());
	}

	@Test
	void showsAVolunteerOnlyTheSessionsTheyWorkAt() throws Exception {
		var world = programme.world();
		var theirs = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var mine = programme.session(world, theirs, ActivityFixtures.today());
		var without = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var notMine = programme.session(world, without, ActivityFixtures.today());
		programme.withoutVolunteers(notMine);

		var html = home(world.volunteer());

		assertThat(panel(html, "today")).contains(theirs.title()).contains("/sessions/" + mine.id())
			.doesNotContain(without.title());
		assertThat(html).doesNotContain("panel-waiting-lists").doesNotContain("panel-cases");
		assertThat(panel(home(world.worker()), "today")).contains(theirs.title()).contains(without.title());
	}

	@Test
	void showsAWorkerTheWaitingListsThatMovedAndNoCases() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 1, 4, 12);
		programme.enrol(world, activity, programme.child(world, "Daan", 8, true), false);
		programme.enrol(world, activity, programme.child(world, "Eva", 8, true), true);

		var html = home(world.worker());

		assertThat(panel(html, "waiting-lists")).contains("Eva staat op de wachtlijst van " + activity.title())
			.doesNotContain("Daan");
		assertThat(html).doesNotContain("panel-cases").doesNotContain("panel-new-signals");
	}

	@Test
	void showsAParentOnlyTheirOwnChildrensNextSessions() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 10, 4, 12);
		var session = programme.session(world, activity, ActivityFixtures.today().plusDays(3));
		var fenna = programme.child(world, "Fenna", 8, true);
		var gijs = programme.child(world, "Gijs", 8, true);
		programme.enrol(world, activity, fenna, false);
		programme.enrol(world, activity, gijs, false);
		var parent = programme.parentOf(world, fenna);

		var html = home(parent);

		assertThat(panel(html, "next-activities")).contains("Fenna: " + activity.title())
			.contains("/portal/activities/" + activity.id()).contains("15:00–16:30");
		assertThat(html).doesNotContain("Gijs").doesNotContain("panel-today");
		assertThat(session.date()).isAfter(ActivityFixtures.today());
	}

	@Test
	void showsACoordinatorTheCoverageGapsAndTheHolidaysStillToEnter() throws Exception {
		var world = programme.world();

		var html = home(world.coordinator());

		assertThat(panel(html, "coverage-gaps")).contains("href=\"/coverage\"");
		var season = Coverage.season(ActivityFixtures.today());
		assertThat(panel(html, "due")).contains("Schoolvakanties " + (season[0].getYear() + 1) + "-"
				+ (season[0].getYear() + 2) + " nog niet ingevoerd").contains("href=\"/holidays\"");
		assertThat(html).doesNotContain("panel-today");
	}
}
