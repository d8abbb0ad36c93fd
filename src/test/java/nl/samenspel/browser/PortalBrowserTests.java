package nl.samenspel.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parents and the public on a phone (390 x 844) and a desktop (1366 x 900), on the demo data: the parent's
 * activity card is one link that a tap anywhere on the card follows (and the keyboard reaches), with the next meeting
 * and its places or "Vol – wachtlijst"; an activity's form offers only the children of age. The public programme's
 * filter is a visible form with labelled fields and a button, with the neighbourhoods grouped by municipality, a
 * calendar to subscribe to, a login link for parents and the Kindertelefoon as a number to tap. axe-core finds nothing
 * on any of these pages. Run with {@code ./mvnw verify -Pbrowser -Dtest=PortalBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "portal-";
	}

	@Test
	void aParentsActivityCardIsOneLinkToTapWithItsPlacesOnAPhone() {
		parentsActivities(390, 844, "phone");
	}

	@Test
	void aParentsActivityCardIsOneLinkToTapWithItsPlacesOnADesktop() {
		parentsActivities(1366, 900, "desktop");
	}

	@Test
	void theProgrammesFilterIsALabelledFormAndTheHelpLineATelLinkOnAPhone() {
		programme(390, 844, "phone");
	}

	@Test
	void theProgrammesFilterIsALabelledFormAndTheHelpLineATelLinkOnADesktop() {
		programme(1366, 900, "desktop");
	}

	private void parentsActivities(int width, int height, String screen) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, "parent");
		page.navigate(url("/portal/activities"));
		check(page, "activities " + screen);

		var cards = page.locator(".activity-card");
		assertThat(cards.first()).isVisible();
		for (int i = 0; i < cards.count(); i++) {
			var card = cards.nth(i);
			assertThat(card.locator("a")).hasCount(1);
			assertThat(card.locator("button, input, select, textarea")).hasCount(0);
			assertThat(card.locator(".when")).containsText(Pattern.compile("\\d{1,2} [a-z]{3}\\.? 20\\d\\d · \\d\\d:\\d\\d–\\d\\d:\\d\\d"));
			assertThat(card.locator(".badge")).hasText(Pattern.compile("Vol – wachtlijst|Nog (1 plek|\\d+ plekken) vrij"));
			var box = card.boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as("the card fits the screen").isLessThanOrEqualTo(width);
		}
		var full = cards.filter(new Locator.FilterOptions().setHasText("Techniekclub"));
		assertThat(full.locator(".badge")).hasText("Vol – wachtlijst");

		// a tap on the card's lower right corner, away from the title, follows the card's one link
		var box = full.boundingBox();
		full.click(new Locator.ClickOptions().setPosition(box.width - 12, box.height - 12));
		page.waitForURL(Pattern.compile(".*/portal/activities/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).hasText("Techniekclub");
		check(page, "techniekclub " + screen);

		// the keyboard reaches the card's link, and Enter follows it
		page.navigate(url("/portal/activities"));
		var council = cards.filter(new Locator.FilterOptions().setHasText("Kinderraad"));
		council.locator("a").focus();
		assertThat(council.locator("a")).isFocused();
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*/portal/activities/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).hasText("Kinderraad");
		// Kinderraad is for 9 to 12, and the demo parent's Zoë is 8
		assertThat(page.getByText("Zoë past niet in de leeftijd 9–12")).isVisible();
		assertThat(page.locator("select#childId option", new Page.LocatorOptions().setHasText("Zoë"))).hasCount(0);
		check(page, "kinderraad " + screen);
		context.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}

	private void programme(int width, int height, String screen) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nl-NL"));
		var page = context.newPage();
		page.navigate(url("/programma"));
		check(page, "programme " + screen);

		var filter = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Activiteiten zoeken"));
		assertThat(filter).isVisible();
		assertThat(filter.getByLabel("Buurt")).isVisible();
		assertThat(filter.getByLabel("Leeftijd van het kind")).isVisible();
		assertThat(filter.getByLabel("Dag")).isVisible();
		assertThat(filter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken"))).isVisible();
		assertThat(page.locator("#buurt optgroup").first()).hasAttribute("label", Pattern.compile(".+"));

		var help = page.locator("a[href='tel:08000432']");
		assertThat(help).isVisible();
		assertThat(help).hasText("0800-0432");
		assertThat(help.boundingBox().height).as("a tap target").isGreaterThanOrEqualTo(44);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in om je kind aan te melden")))
			.isVisible();
		assertThat(page.getByText("Abonneer je op een agenda")).isVisible();
		assertThat(page.locator("a[href$='/agenda.ics']").first()).isVisible();

		filter.getByLabel("Leeftijd van het kind").fill("8");
		filter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
		page.waitForURL(Pattern.compile(".*leeftijd=8.*"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle filters wissen"))).isVisible();
		check(page, "programme filtered " + screen);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kookclub")).click();
		assertThat(page.locator("a[href$='/agenda.ics']", new Page.LocatorOptions().setHasText("Alleen deze activiteit")))
			.isVisible();
		check(page, "programme activity " + screen);
		context.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
