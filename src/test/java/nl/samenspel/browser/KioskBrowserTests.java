package nl.samenspel.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.HolidayRule;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Recurrence;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Schedules;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationFixtures;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.participation.IdeaProposal;
import nl.samenspel.participation.IdeaStatus;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.participation.VotingMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story in Debian's headless chromium on a tablet-sized window (820 x 1180): the demo worker opens a kiosk
 * for a session with two children present; Aya proposes an idea by touch, the worker approves it on their own device
 * while the kiosk stays open, Aya votes for it, Bram votes and gives feedback with five smileys with the keyboard
 * alone; the kiosk locks and the back button shows the lock, not a child's screen; the worker marks the winning idea
 * PLANNED, links it to the activity and issues Aya's login card; Aya signs in with the code and the pictures on the
 * card and sees "you said, we did": her idea, "Je idee gaat gebeuren!" and the activity. axe-core finds no violations
 * on any page. Run with {@code ./mvnw verify -Pbrowser -Dtest=KioskBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganisationFixtures.class, ActivityFixtures.class, nl.samenspel.volunteers.VolunteerFixtures.class })
class KioskBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "kiosk-";
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
	Attendance attendance;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;




	@Autowired
	ChildManagement children;

	record Setup(UUID sessionId, UUID activityId, String activityTitle, UUID roundId, UUID aya) {
	}

	/**
	 * In the first demo organisation: an activity with a session today all day, Aya (8, her guardian consents to her
	 * own login) and Bram present, a round with the worker's idea for the group.
	 */
	Setup setup() {
		var organisation = demo.firstOrganisation();
		var coordinator = user(organisation, "coordinator", Role.COORDINATOR);
		var worker = user(organisation, "worker", Role.WORKER);
		var location = organisations.allLocations(organisation).get(0).getId();
		var world = new ActivityFixtures.World(organisation, location, coordinator, worker, worker);
		var activity = fixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = ActivityFixtures.today();
		schedules.addSchedule(coordinator, activity.id(), new ScheduleDetails(Recurrence.ONCE, today, null,
				LocalTime.of(0, 0), LocalTime.of(23, 59), HolidayRule.INCLUDE));
		var session = programme.sessions(organisation, activity.id(), today, today).get(0);
		var aya = fixtures.child(world, "Aya", 8, true);
		var bram = fixtures.child(world, "Bram", 10, true);
		attendance.mark(worker, session.id(), new AttendanceMark(aya, true, null, null));
		attendance.mark(worker, session.id(), new AttendanceMark(bram, true, null, null));
		var guardian = children.guardians(children.child(coordinator, aya)).get(0);
		children.giveConsent(coordinator, aya, new ConsentRequest(guardian.getId(), ConsentPurpose.CHILD_LOGIN,
				ConsentMethod.PAPER));
		var round = rounds.open(worker, new RoundDetails("Kioskronde", null, VotingMethod.APPROVAL, null, null, null));
		ideas.propose(worker, new IdeaProposal(round.id(), "Samen pannenkoeken bakken", null));
		return new Setup(session.id(), activity.id(), activity.title(), round.id(), aya);
	}

	private CurrentUser user(UUID organisation, String username, Role role) {
		var id = users.userId(organisation, username).orElseThrow();
		return new CurrentUser(id, organisation, username, "Demo", EnumSet.of(role), "nl", null);
	}

	@Test
	void aChildsIdeaWinsOnTheKioskIsPlannedAndTheChildSeesItAfterSigningInWithCodeAndPictures() {
		var s = setup();
		var tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180).setLocale("nl-NL")
			.setHasTouch(true));
		var page = tablet.newPage();
		var errors = new ArrayList<String>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		login(page, "worker");
		page.navigate(url("/participation/kiosks"));
		check(page, "kiosks for staff");
		page.locator("#open-" + s.sessionId()).click();

		// the kiosk: the names of the children present
		assertThat(page).hasURL(Pattern.compile(".*/kiosk$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wie ben jij?"))).isVisible();
		check(page, "kiosk names");
		page.navigate(url("/participation/rounds"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		page.navigate(url("/kiosk"));

		// Aya, by touch: an avatar, then an idea of her own
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aya")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hoi Aya!"))).isVisible();
		check(page, "kiosk avatar");
		page.getByText("Vos").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit ben ik!")).click();
		check(page, "kiosk menu");
		link(page, "Ik heb een idee").click();
		page.getByText("Kioskronde").click();
		page.locator("#text").fill("Een zeepkistenrace");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(page.getByText("We hebben je idee gekregen.")).isVisible();
		assertThat(page.locator("main")).not().containsText("Aya");

		// the worker, on their own device while the kiosk stays open, approves it
		var own = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180).setLocale("nl-NL"));
		var desk = own.newPage();
		login(desk, "worker");
		desk.navigate(url("/participation/rounds/" + s.roundId()));
		var proposal = desk.locator("li, tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Een zeepkistenrace")).last();
		proposal.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Goedkeuren")).click();
		check(desk, "round with the approved idea");

		// Aya votes for her idea
		page.navigate(url("/kiosk"));
		link(page, "Aya").click();
		link(page, "Stemmen").click();
		link(page, "Kioskronde").click();
		check(page, "kiosk ballot");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stem!")).click();
		assertThat(page.locator(".child-errors")).containsText("Kies minstens één idee.");
		check(page, "kiosk ballot with an error");
		page.getByText("Een zeepkistenrace").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stem!")).click();
		assertThat(page.getByText("Je stem is geteld.")).isVisible();
		assertThat(page.locator("main")).not().containsText("Aya");
		check(page, "kiosk thanks");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Klaar, naar de namen")).click();

		// Bram, with the keyboard alone: an avatar, a vote for both ideas, and five smileys
		assertThat(heading(page, "Wie ben jij?")).isVisible();
		tabTo(page, "Bram");
		page.keyboard().press("Enter");
		assertThat(heading(page, "Hoi Bram!")).isVisible();
		tabTo(page, "Vos");
		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowRight");
		assertThat(page.locator("input[name=avatar][value=DOG]")).isChecked();
		tabTo(page, "Dit ben ik!");
		page.keyboard().press("Enter");
		assertThat(link(page, "Stemmen")).isVisible();
		tabTo(page, "Stemmen");
		page.keyboard().press("Enter");
		assertThat(link(page, "Kioskronde")).isVisible();
		tabTo(page, "Kioskronde");
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stem!"))).isVisible();
		tabTo(page, "Een zeepkistenrace");
		page.keyboard().press("Space");
		tabTo(page, "Samen pannenkoeken bakken");
		page.keyboard().press("Space");
		tabTo(page, "Stem!");
		page.keyboard().press("Enter");
		assertThat(page.getByText("Je stem is geteld.")).isVisible();
		tabTo(page, "Klaar, naar de namen");
		page.keyboard().press("Enter");
		assertThat(heading(page, "Wie ben jij?")).isVisible();
		tabTo(page, "Bram");
		page.keyboard().press("Enter");
		assertThat(link(page, "Hoe was het vandaag?")).isVisible();
		tabTo(page, "Hoe was het vandaag?");
		page.keyboard().press("Enter");
		assertThat(heading(page, "Hoe was het vandaag?")).isVisible();
		check(page, "kiosk feedback");
		tabTo(page, "Heel stom");
		for (int i = 0; i < 4; i++) {
			page.keyboard().press("ArrowRight");
		}
		assertThat(page.locator("input[name=score][value='5']")).isChecked();
		tabTo(page, "Wat was leuk?");
		page.keyboard().type("De zeepkisten");
		tabTo(page, "Versturen");
		page.keyboard().press("Enter");
		assertThat(page.getByText("Fijn dat je het vertelt.")).isVisible();

		// the other pages, for axe
		page.navigate(url("/kiosk"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bram")).click();
		for (var choice : List.of("Ik heb een idee", "Ik heb een vraag", "Wat is er met mijn ideeën gebeurd?")) {
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(choice)).click();
			check(page, "kiosk " + choice);
			page.goBack();
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik heb een idee")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(page.locator(".child-errors")).containsText("Kies een ronde.");
		check(page, "kiosk idea with an error");

		// the lock, from a child's screen: the cookie is gone and the back button shows the lock, not that screen
		page.navigate(url("/kiosk"));
		link(page, "Bram").click();
		assertThat(link(page, "Wat is er met mijn ideeën gebeurd?")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op slot")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze tablet is op slot")))
			.isVisible();
		check(page, "kiosk locked");
		assertThat(tablet.cookies().stream().filter(cookie -> cookie.name.contains("KIOSK")).toList()).isEmpty();
		page.goBack();
		page.waitForLoadState();
		assertThat(page.locator("main")).containsText("Deze tablet is op slot");
		assertThat(page.locator("main")).not().containsText("Bram");
		assertThat(page.locator("textarea")).hasCount(0);
		tablet.close();

		// the worker, on their own device: the winner becomes PLANNED and links the activity
		var worker = user(demo.firstOrganisation(), "worker", Role.WORKER);
		var results = rounds.results(worker, s.roundId());
		assertThat(results.ballots()).isEqualTo(2);
		var winner = results.ideas().stream().max(java.util.Comparator.comparingInt(Rounds.Result::voters)).orElseThrow();
		assertThat(winner.voters()).isEqualTo(2);
		assertThat(winner.text()).isEqualTo("Een zeepkistenrace");
		desk.navigate(url("/participation/ideas/" + winner.ideaId()));
		assertThat(desk.locator("main")).containsText("Een zeepkistenrace");
		desk.locator("#status").selectOption("PLANNED");
		desk.locator("#activityId").selectOption(new SelectOption().setLabel(s.activityTitle()));
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Status opslaan")).click();
		assertThat(desk.locator("main")).containsText("Gepland");
		assertThat(desk.locator("main")).containsText(s.activityTitle());
		assertThat(rounds.results(worker, s.roundId()).ideas()).filteredOn(idea -> idea.ideaId().equals(winner.ideaId()))
			.extracting(Rounds.Result::status).containsExactly(IdeaStatus.PLANNED);

		// and issues Aya's card: the code and the four pictures, shown once
		desk.navigate(url("/participation/logins?q=Aya"));
		check(desk, "child logins");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlog maken voor Aya")).click();
		check(desk, "login card");
		var code = desk.locator("[data-testid=login-code]").innerText();
		var pictures = desk.locator(".login-card-pictures li").all().stream()
			.map(item -> item.getAttribute("data-picture")).toList();
		assertThat(pictures).hasSize(4);
		own.close();

		// Aya, on a tablet: the code and the pictures, then what became of her idea
		var again = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180).setLocale("nl-NL")
			.setHasTouch(true));
		var child = again.newPage();
		child.navigate(url("/kind/inloggen"));
		child.locator("#code").fill(code);
		for (int group = 1; group <= 4; group++) {
			child.locator("label[for='picture" + group + "-" + pictures.get(group - 1) + "']").click();
		}
		child.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
		child.waitForURL(Pattern.compile(".*/kind$"));
		assertThat(child.locator("h1")).containsText("Hoi Aya");
		var mine = child.locator("[data-testid=my-ideas] li").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Een zeepkistenrace"));
		assertThat(mine).containsText("Je idee gaat gebeuren!");
		assertThat(mine.locator("[data-testid=idea-activity]")).containsText(s.activityTitle());
		check(child, "child home after the kiosk");
		again.close();

		assertThat(violations).as("axe-core violations").isEmpty();
		assertThat(errors).as("console errors (a CSP violation shows up here)").isEmpty();
	}

	private static com.microsoft.playwright.Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
	}

	private static com.microsoft.playwright.Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
	}




}
