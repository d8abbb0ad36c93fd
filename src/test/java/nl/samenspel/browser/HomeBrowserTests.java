package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationFixtures;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * Each role's home in Debian's headless chromium, on a phone (390 x 844) and a desktop (1366 x 900), with the demo
 * data: the panels of the role with content, a line that leads where it should, nothing wider than the window, and
 * axe-core clean. Run with {@code ./mvnw verify -Pbrowser -Dtest=HomeBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganisationFixtures.class, ActivityFixtures.class, nl.samenspel.volunteers.VolunteerFixtures.class })
class HomeBrowserTests extends BrowserTest {

	@Autowired
	DemoMode demo;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	Schedules schedules;

	@Autowired
	Programme programme;

	@Autowired
	nl.samenspel.volunteers.VolunteerFixtures volunteers;

	@Override
	String screenshots() {
		return "home-";
	}

	/** Whatever day the test runs: a session today in the demo organisation that the worker and the volunteer run. */
	UUID sessionToday() {
		var organisation = demo.firstOrganisation();
		var coordinator = user(organisation, "coordinator", Role.COORDINATOR);
		var worker = user(organisation, "worker", Role.WORKER);
		var volunteer = user(organisation, "volunteer", Role.VOLUNTEER);
		var location = organisations.allLocations(organisation).get(0).getId();
		var world = new ActivityFixtures.World(organisation, location, coordinator, worker, volunteer);
		var activity = fixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = ActivityFixtures.today();
		schedules.addSchedule(coordinator, activity.id(), new ScheduleDetails(Recurrence.ONCE, today, null,
				LocalTime.of(0, 0), LocalTime.of(23, 59), HolidayRule.INCLUDE));
		var session = programme.sessions(organisation, activity.id(), today, today).get(0).id();
		// the demo volunteer (screened by the demo data) works at it through an assignment (issue 19)
		volunteers.placeUser(organisation, volunteer.id(), session);
		return session;
	}

	private CurrentUser user(UUID organisation, String username, Role role) {
		var id = users.userId(organisation, username).orElseThrow();
		return new CurrentUser(id, organisation, username, "Demo", EnumSet.of(role), "nl", null);
	}

	/** What a role's home must show: its panels, and the panel and link of one line that must lead somewhere. */
	record Expected(String username, List<String> panels, String linePanel, String linkStart) {
	}

	@Test
	void everyRoleSeesItsOwnPanelsOnAPhoneAndADesktop() {
		var session = sessionToday();
		var roles = List.of(
				new Expected("worker", List.of("today", "waiting-lists", "referrals"), "today", "/sessions/" + session),
				new Expected("volunteer", List.of("today"), "today", "/sessions/" + session),
				new Expected("coordinator", List.of("targets", "coverage-gaps", "due"), "due", "/holidays"),
				new Expected("safeguarding", List.of("cases", "new-signals"), "cases", "/cases/"),
				new Expected("parent", List.of("next-activities", "to-sign"), "next-activities", "/portal/activities/"),
				new Expected("municipality", List.of("figures"), "figures", "/reports/annual"));
		var all = List.of("today", "waiting-lists", "referrals", "targets", "coverage-gaps", "due", "cases",
				"new-signals", "next-activities", "to-sign", "figures", "partner-referrals", "admin");
		for (var role : roles) {
			var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
			var page = context.newPage();
			login(page, role.username());
			page.navigate(url("/"));
			looksRight(page, role, all, 390, role.username() + " phone");
			page.setViewportSize(1366, 900);
			page.reload();
			looksRight(page, role, all, 1366, role.username() + " desktop");
			context.close();
		}
		assertThat(violations).isEmpty();
	}

	private void looksRight(Page page, Expected role, List<String> all, int width, String name) {
		for (var id : all) {
			assertThat(page.locator("#panel-" + id).count()).as(name + ": " + id)
				.isEqualTo(role.panels().contains(id) ? 1 : 0);
		}
		var line = page.locator("#panel-" + role.linePanel() + " .panel-lines a[href^='" + role.linkStart() + "']").first();
		assertThat(line).isVisible();
		var box = line.boundingBox();
		assertThat(box.x + box.width).as(name + ": the line's link is inside the window").isLessThanOrEqualTo(width);
		assertThat(box.height).as(name + ": a tap target").isGreaterThanOrEqualTo(44);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as(name + ": no horizontal overflow").isTrue();
		assertThat(page.locator(".quick-links a").first()).isVisible();
		check(page, name);
	}
}
