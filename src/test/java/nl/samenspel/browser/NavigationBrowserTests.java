package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 18, home and navigation: the main menu of each demo role on a phone (390x844) and a desktop (1366x900). Every
 * item is whole and on the screen, either in the row or in the opened "Meer" panel; the current page's item is in
 * view and marked with aria-current; "Meer" opens and closes with the keyboard (Enter, Space, and Escape from inside
 * it); the footer lines up with the content and the home's quick links (with the long "Toestemmingsteksten") fit. axe-core checks every
 * state.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "navigation-";
	}

	@Test
	void theCoordinatorsTwentyItemsFitAPhoneBehindMeerAndAreGroupedOnADesktop() {
		var page = signedIn("coordinator");
		menuFits(page, "/consent-texts", "Toestemmingsteksten", "coordinator");
		// on a desktop the groups carry their labels, in the menu's own words
		page.setViewportSize(1366, 900);
		page.navigate(url("/"));
		var nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
		for (var group : List.of("Activiteiten", "Kinderen en zorg", "Meedoen", "Planning", "Beheer")) {
			assertThat(nav.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName(group).setExact(true)))
				.isVisible();
		}
		assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rapportage"))).isVisible();
		assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vandaag"))).isVisible();
		// the home's quick links (the menu again, under the panels) each fit: "Toestemmingsteksten" included
		var links = page.locator("#main .quick-links a");
		assertThat(links.count()).as("the coordinator's quick links").isGreaterThan(10);
		for (int i = 0; i < links.count(); i++) {
			var link = links.nth(i);
			assertThat((Boolean) link.evaluate("""
					link => link.scrollWidth <= link.clientWidth
					  && link.getBoundingClientRect().right <= document.documentElement.clientWidth"""))
				.as("the quick link " + link.textContent().strip() + " fits").isTrue();
		}
		finish(page);
	}

	@Test
	void theWorkersMenuFitsAPhoneAndADesktop() {
		var page = signedIn("worker");
		menuFits(page, "/locations", "Locaties", "worker");
		finish(page);
	}

	@Test
	void theSafeguardingOfficersMenuFitsAPhoneAndADesktop() {
		var page = signedIn("safeguarding");
		menuFits(page, "/network", "Sociale kaart", "safeguarding officer");
		finish(page);
	}

	@Test
	void theParentsShortMenuShowsEverythingWithoutMeer() {
		var page = signedIn("parent");
		menuFits(page, "/portal/activities", "Activiteiten", "parent");
		// /portal/activities lies under /portal too, yet only its own item is the current page
		assertThat(page.locator("nav.main-nav a[aria-current=page]:visible")).hasCount(1);
		assertThat(page.locator("nav.main-nav details.nav-more")).hasCount(0);
		finish(page);
	}

	private Page signedIn(String user) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, user);
		return page;
	}

	private void finish(Page page) {
		assertThat(violations).as("axe-core violations").isEmpty();
		page.context().close();
	}

	/** On a phone and on a desktop: the home page and a page whose item is not among the first few. */
	private void menuFits(Page page, String path, String item, String who) {
		for (var size : List.of(new int[] { 390, 844 }, new int[] { 1366, 900 })) {
			page.setViewportSize(size[0], size[1]);
			var screen = who + " " + size[0];
			page.navigate(url("/"));
			everyItemIsWhole(page, screen + " home");
			footerLinesUpWithTheContent(page, screen);
			page.navigate(url(path));
			everyItemIsWhole(page, screen + " " + path);
			var current = page.locator("nav.main-nav a[aria-current=page]:visible");
			assertThat(current).hasCount(1);
			assertThat(current).hasText(item);
			inside(current.boundingBox(), 0, 0, size[0], size[1], item + " (the current page) is in view");
		}
	}

	/**
	 * Every link of the menu lies whole in the viewport, or, behind "Meer", whole in the opened panel; together they
	 * are every item the user has. "Meer" opens with Enter, Tab goes into it, Escape closes it and gives the focus back,
	 * Space opens it again and Enter closes it.
	 */
	private void everyItemIsWhole(Page page, String screen) {
		var nav = page.locator("nav.main-nav");
		var size = page.viewportSize();
		var seen = new HashSet<String>();
		var row = nav.getByRole(AriaRole.LINK);
		for (int i = 0; i < row.count(); i++) {
			inside(row.nth(i).boundingBox(), 0, 0, size.width, size.height, screen + ": " + row.nth(i).textContent());
			seen.add(row.nth(i).getAttribute("href"));
		}
		check(page, screen);
		var more = nav.locator("details.nav-more > summary");
		if (more.isVisible()) {
			inside(more.boundingBox(), 0, 0, size.width, size.height, screen + ": Meer");
			var details = nav.locator("details.nav-more");
			assertThat(details).not().hasAttribute("open", "");
			more.focus();
			page.keyboard().press("Enter");
			var panel = nav.locator(".nav-panel");
			assertThat(details).hasAttribute("open", "");
			assertThat(panel).isVisible();
			var box = panel.boundingBox();
			inside(box, 0, 0, size.width, Double.MAX_VALUE, screen + ": the Meer panel");
			var hidden = panel.getByRole(AriaRole.LINK);
			assertThat(hidden.count()).as(screen + ": Meer holds something").isPositive();
			for (int i = 0; i < hidden.count(); i++) {
				inside(hidden.nth(i).boundingBox(), box.x, box.y, box.x + box.width, box.y + box.height,
						screen + ": " + hidden.nth(i).textContent() + " in Meer");
				seen.add(hidden.nth(i).getAttribute("href"));
			}
			check(page, screen + " Meer open");
			page.keyboard().press("Tab");
			assertThat((Boolean) panel.evaluate("panel => panel.contains(document.activeElement)"))
				.as(screen + ": Tab goes into the opened Meer").isTrue();
			page.keyboard().press("Escape");
			assertThat(panel).isHidden();
			assertThat(more).isFocused();
			page.keyboard().press("Space");
			assertThat(panel).isVisible();
			page.keyboard().press("Enter");
			assertThat(panel).isHidden();
			assertThat(details).not().hasAttribute("open", "");
		}
		var all = nav.locator(".nav-all a");
		var every = new HashSet<String>();
		for (int i = 0; i < all.count(); i++) {
			every.add(all.nth(i).getAttribute("href"));
		}
		assertThat(seen).as(screen + ": every item can be reached").isEqualTo(every);
	}

	private void footerLinesUpWithTheContent(Page page, String screen) {
		var content = ((Number) page.locator("main").evaluate(
				"main => main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft)")).doubleValue();
		var footer = ((Number) page.locator(".site-footer p").first().evaluate(
				"p => p.getBoundingClientRect().left + parseFloat(getComputedStyle(p).paddingLeft)")).doubleValue();
		assertThat(footer).as(screen + ": the footer's left edge is the content's").isCloseTo(content, within(0.5));
	}

	private static void inside(BoundingBox box, double left, double top, double right, double bottom, String what) {
		assertThat(box).as(what + " is drawn").isNotNull();
		assertThat(box.x).as(what + ": left edge").isGreaterThanOrEqualTo(left - 0.5);
		assertThat(box.y).as(what + ": top edge").isGreaterThanOrEqualTo(top - 0.5);
		assertThat(box.x + box.width).as(what + ": right edge").isLessThanOrEqualTo(right + 0.5);
		assertThat(box.y + box.height).as(what + ": bottom edge").isLessThanOrEqualTo(bottom + 0.5);
	}
}
