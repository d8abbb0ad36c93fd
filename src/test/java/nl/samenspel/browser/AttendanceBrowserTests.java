package nl.samenspel.browser;

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
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.children.ChildCollectors;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.CollectorDetails;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationFixtures;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attendance list at the door (issue 18) in Debian's headless chromium, on a phone (390 x 844) and a desktop
 * (1366 x 900): a tap marks a child present and the list keeps its order; "Iedereen aanwezig" asks first and then says
 * how many children it marked; the "Geen foto's" flag stands beside the child's name; "Vertrekt nu" shows the people
 * the guardians allowed to collect the child and records who did, with a warning for someone not on the list. Each
 * test has its own activity in the demo organisation, so it changes nothing another test reads. axe-core finds no
 * violations on any page. Run with {@code ./mvnw verify -Pbrowser -Dtest=AttendanceBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganisationFixtures.class, ActivityFixtures.class, nl.samenspel.volunteers.VolunteerFixtures.class })
class AttendanceBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "attendance-";
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

	@Autowired
	ChildManagement children;

	@Autowired
	ChildCollectors collectors;

	record Door(UUID sessionId, UUID anna, UUID bram, UUID cas) {
	}

	/** A session today all day with Anna (photos allowed, Oma Vos may collect her), Bram and Cas enrolled. */
	Door setup() {
		var organisation = demo.firstOrganisation();
		var coordinator = user(organisation, "coordinator", Role.COORDINATOR);
		var worker = user(organisation, "worker", Role.WORKER);
		var location = organisations.allLocations(organisation).get(0).getId();
		var world = new ActivityFixtures.World(organisation, location, coordinator, worker, worker);
		var activity = fixtures.activity(world, Mode.SERIES, 20, 4, 12);
		var today = ActivityFixtures.today();
		schedules.addSchedule(coordinator, activity.id(), new ScheduleDetails(Recurrence.ONCE, today, null,
				LocalTime.of(0, 0), LocalTime.of(23, 59), HolidayRule.INCLUDE));
		var session = programme.sessions(organisation, activity.id(), today, today).get(0);
		var cas = fixtures.child(world, "Cas", 9, true);
		var anna = fixtures.child(world, "Anna", 8, true);
		var bram = fixtures.child(world, "Bram", 10, true);
		for (var child : List.of(cas, anna, bram)) {
			fixtures.enrol(world, activity, child, false);
		}
		var guardian = children.guardians(children.child(coordinator, anna)).get(0);
		children.giveConsent(coordinator, anna, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL,
				ConsentMethod.PAPER));
		collectors.add(coordinator, anna, new CollectorDetails("Oma Vos", "oma", "06 11112222"));
		return new Door(session.id(), anna, bram, cas);
	}

	private CurrentUser user(UUID organisation, String username, Role role) {
		var id = users.userId(organisation, username).orElseThrow();
		return new CurrentUser(id, organisation, username, "Demo", EnumSet.of(role), "nl", null);
	}

	@Test
	void theDoorOnAPhone() {
		door(390, 844, "phone ");
	}

	@Test
	void theDoorOnADesktop() {
		door(1366, 900, "desktop ");
	}

	private void door(int width, int height, String name) {
		var s = setup();
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, "worker");
		page.navigate(url("/sessions/" + s.sessionId()));
		var names = page.locator(".attendee-name strong");
		assertThat(names).hasText(new String[] { "Anna", "Bram", "Cas" });
		check(page, name + "list");

		// the photo flag beside the name, for the children without consent to photos, inside the screen
		assertThat(page.locator("#child-" + s.bram() + " .badge.no-photos")).hasText("Geen foto's");
		assertThat(page.locator("#child-" + s.cas() + " .badge.no-photos")).isVisible();
		assertThat(page.locator("#child-" + s.anna() + " .badge.no-photos")).hasCount(0);
		var flag = page.locator("#child-" + s.bram() + " .badge.no-photos").boundingBox();
		assertThat(flag.x + flag.width).as("the flag fits the screen").isLessThanOrEqualTo(width);

		// a tap marks Bram present; the list does not move, not after the tap and not after a reload
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezig Bram").setExact(true)).click();
		assertThat(page.locator("#child-" + s.bram())).hasClass(java.util.regex.Pattern.compile(".*present.*"));
		assertThat(names).hasText(new String[] { "Anna", "Bram", "Cas" });
		page.reload();
		assertThat(names).hasText(new String[] { "Anna", "Bram", "Cas" });

		// everyone present: first the question, then the result with the count
		var everyone = page.locator("#everyone-present summary");
		assertThat(everyone).hasText("Iedereen aanwezig");
		assertThat(everyone.boundingBox().height).as("a tap target").isGreaterThanOrEqualTo(44);
		everyone.click();
		assertThat(page.locator("#everyone-present")).containsText("2 aangemelde kinderen zijn nog niet ingevuld");
		check(page, name + "everyone present asked");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, meld 2 kinderen aanwezig")).click();
		assertThat(page.locator("#everyone-present-result")).hasText("2 kinderen aanwezig gemeld.");
		assertThat(page.locator(".attendee.present")).hasCount(3);
		assertThat(page.locator("#everyone-present")).hasCount(0);
		assertThat(names).hasText(new String[] { "Anna", "Bram", "Cas" });
		assertThat(page.locator(".totals")).hasText("Aanwezig: 3 · afwezig: 0 · vrije inloop: 0");
		check(page, name + "everyone present");

		// Anna leaves: the door shows who may collect her; Oma Vos does
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrekt nu Anna").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anna vertrekt nu"))).isVisible();
		assertThat(page.locator(".collectors")).containsText("Oma Vos");
		assertThat(page.locator(".collectors")).containsText("ouder of verzorger");
		assertThat(page.locator(".collectors")).not().containsText("alleen naar huis");
		for (var label : page.locator(".collectors label").all()) {
			assertThat(label.boundingBox().height).as("each choice is a tap target").isGreaterThanOrEqualTo(44);
		}
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing sticks out to the side").isTrue();
		check(page, name + "door");
		page.getByLabel("Oma Vos").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anna uitchecken")).click();
		assertThat(page.locator(".notice").first()).hasText("Vertrek genoteerd.");
		assertThat(page.locator("#child-" + s.anna())).containsText("opgehaald door Oma Vos");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrekt nu Anna").setExact(true)))
			.hasCount(0);
		assertThat(names).hasText(new String[] { "Anna", "Bram", "Cas" });
		check(page, name + "after check-out");

		// Bram goes with someone not on the list: a name is needed, and the list warns
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrekt nu Bram").setExact(true)).click();
		page.getByLabel("Iemand anders").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bram uitchecken")).click();
		assertThat(page.locator(".error-summary")).containsText("Vul de naam in van wie het kind ophaalt.");
		check(page, name + "door with an error");
		page.getByLabel("Naam van wie het kind ophaalt").fill("Buurman Piet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bram uitchecken")).click();
		assertThat(page.locator(".notice").first()).containsText("stond niet op de lijst");
		assertThat(page.locator("#child-" + s.bram())).containsText("opgehaald door Buurman Piet · niet op de lijst");
		check(page, name + "after someone else");
		context.close();
		assertThat(violations).isEmpty();
	}
}
