package nl.samenspel.browser;

import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
import nl.samenspel.volunteers.VolunteerFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in Debian's headless chromium: the coordinator assigns the screened demo volunteer (Vincent) to a session
 * on the planning; Vincent signs in, sees the session among his own and marks a child present. axe-core finds no
 * violations on any page. Run with {@code ./mvnw verify -Pbrowser -Dtest=PlanningBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganisationFixtures.class, ActivityFixtures.class, VolunteerFixtures.class })
class PlanningBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "planning-";
	}

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

	private CurrentUser user(UUID organisation, String username, Role role) {
		var id = users.userId(organisation, username).orElseThrow();
		return new CurrentUser(id, organisation, username, "Demo", EnumSet.of(role), "nl", null);
	}

	@Test
	void theCoordinatorAssignsTheVolunteerWhoThenTakesAttendance() {
		var organisation = demo.firstOrganisation();
		var coordinator = user(organisation, "coordinator", Role.COORDINATOR);
		var worker = user(organisation, "worker", Role.WORKER);
		var location = organisations.allLocations(organisation).get(0).getId();
		var world = new ActivityFixtures.World(organisation, location, coordinator, worker, worker);
		var activity = fixtures.activity(world, Mode.SERIES, 20, 4, 12);
		var today = ActivityFixtures.today();
		schedules.addSchedule(coordinator, activity.id(), new ScheduleDetails(Recurrence.ONCE, today, null,
				LocalTime.of(0, 0), LocalTime.of(23, 59), HolidayRule.INCLUDE));
		var session = programme.sessions(organisation, activity.id(), today, today).get(0).id();
		var child = fixtures.child(world, "Fenna", 8, true);
		fixtures.enrol(world, activity, child, false);

		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, "coordinator");
		page.navigate(url("/volunteers/planning?month=" + YearMonth.from(today)));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Planning vrijwilligers")))
			.isVisible();
		var card = page.locator("#session-" + session);
		assertThat(card).containsText(activity.title());
		check(page, "month");
		card.getByLabel("Vrijwilliger inroosteren").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Vincent Vrijwilliger"));
		card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Inroosteren")).click();
		assertThat(page.locator(".notice")).containsText("De vrijwilliger is ingeroosterd.");
		assertThat(page.locator("#session-" + session)).containsText("Vincent Vrijwilliger");
		assertThat(page.locator("#session-" + session)).containsText("ingeroosterd");
		check(page, "session");
		context.close();

		var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var door = phone.newPage();
		login(door, "volunteer");
		door.navigate(url("/sessions"));
		door.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(activity.title())))
			.click();
		assertThat(door.locator("main h1")).hasText(activity.title());
		check(door, "volunteer's session");
		door.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezig Fenna").setExact(true)).click();
		assertThat(door.locator("#child-" + child)).hasClass(java.util.regex.Pattern.compile(".*present.*"));
		check(door, "marked");
		phone.close();

		assertThat(violations).isEmpty();
	}
}
