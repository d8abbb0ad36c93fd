package nl.samenspel.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.ReferralProgress;
import nl.samenspel.network.ReferralRequest;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.network.Referrals;
import nl.samenspel.network.ServiceKind;
import nl.samenspel.network.SocialMap;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals and referrals in the browser, on a phone (390x844) and a desktop (1366x900): the safeguarding officer's
 * signals page names the demo case's child and its link opens the case; the partner's referrals reflow on a phone
 * (nothing wider than the screen) and say who referred, and declining asks for a reason before anything changes.
 * axe-core finds nothing on any page. Run with {@code ./mvnw verify -Pbrowser -Dtest=SignalsBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalsBrowserTests extends BrowserTest {

	record Screen(String name, int width, int height) {
	}

	static final List<Screen> SCREENS = List.of(new Screen("phone", 390, 844), new Screen("desktop", 1366, 900));

	@Autowired
	DemoMode demo;

	@Autowired
	UserManagement users;

	@Autowired
	ChildManagement children;

	@Autowired
	SocialMap map;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralProgress progress;

	@Override
	String screenshots() {
		return "signals-";
	}

	Page open(Screen screen) {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(screen.width(), screen.height())
			.setLocale("nl-NL"));
		return context.newPage();
	}

	/** Whether anything on the page reaches beyond the screen's width. */
	static boolean overflows(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	/** The right edge of the widest value of the page's fact lists. */
	static double rightmostValue(Page page) {
		return ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('main dd')]"
				+ ".map(dd => dd.getBoundingClientRect().right))")).doubleValue();
	}

	@Test
	void theOfficerSeesTheCasesByChildAndOpensOne() {
		for (var screen : SCREENS) {
			var page = open(screen);
			login(page, "safeguarding");
			page.navigate(url("/signals"));
			assertThat(page.locator("main")).containsText("Als aandachtsfunctionaris zie jij alle signalen");
			var link = page.locator("main .case-list a[href^='/cases/']").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Łukasz")).first();
			assertThat(link).isVisible();
			assertThat(page.locator("main .case-list")).containsText("Stap 1: Signalen in kaart brengen");
			var box = link.boundingBox();
			assertThat(box.x + box.width).as("the link on the " + screen.name()).isLessThanOrEqualTo(screen.width());
			assertThat(box.height).as("a tap target").isGreaterThanOrEqualTo(44);
			assertThat(overflows(page)).as("the signals page on the " + screen.name()).isFalse();
			check(page, "officer signals " + screen.name());
			link.click();
			assertThat(page).hasURL(Pattern.compile(".*/cases/[0-9a-f-]+$"));
			assertThat(page.locator("main h1")).containsText("Łukasz");
			check(page, "officer case " + screen.name());
			page.context().close();
		}
		assertThat(violations).as("axe-core violations").isEmpty();
	}

	/** A fresh referral of Ayşe to the Jeugdfonds (where the demo partner works), sent, made by the demo worker. */
	UUID referralToThePartner() {
		var organisation = demo.firstOrganisation();
		var worker = new CurrentUser(users.userId(organisation, "worker").orElseThrow(), organisation, "worker", "Demo",
				EnumSet.of(Role.WORKER), "nl", null);
		var jeugdfonds = map.services(organisation, false).stream().filter(it -> it.kind() == ServiceKind.JEUGDFONDS)
			.findFirst().orElseThrow();
		var ayse = children.search(worker, new ChildQuery("ayse", null, null, null, null, false), PageRequest.of(0, 1))
			.getContent().get(0);
		var guardian = children.guardians(children.child(worker, ayse.id())).get(0);
		var referral = referrals.refer(worker, new ReferralRequest(ayse.id(), jeugdfonds.id(),
				"Ayşe wil graag op turnles; het gezin kan de contributie niet betalen.", guardian.getId(), null, true,
				"Vader, 06 11223344", null));
		progress.changeStatus(worker, referral.id(), ReferralStatus.SENT);
		return referral.id();
	}

	@Test
	void thePartnersReferralsFitAPhoneSayWhoReferredAndDecliningAsksForAReason() {
		for (var screen : SCREENS) {
			var id = referralToThePartner();
			var page = open(screen);
			login(page, "partner");
			page.navigate(url("/partner/referrals"));
			assertThat(page.locator("main .partner-referrals")).containsText("Via intermediair");
			assertThat(overflows(page)).as("the partner's list on the " + screen.name()).isFalse();
			assertThat(rightmostValue(page)).isLessThanOrEqualTo(screen.width());
			check(page, "partner referrals " + screen.name());

			page.navigate(url("/partner/referrals/" + id));
			assertThat(page.locator("main dl.facts")).containsText("Via intermediair");
			assertThat(page.locator("main dl.facts")).containsText("Ayşe wil graag op turnles");
			assertThat(overflows(page)).as("the partner's referral on the " + screen.name()).isFalse();
			if (screen.width() < 500) {
				var label = page.locator("main dl.facts dt").first().boundingBox();
				var value = page.locator("main dl.facts dd").first().boundingBox();
				assertThat(value.y).as("on a phone the value sits below its label").isGreaterThanOrEqualTo(label.y + label.height - 1);
				assertThat(value.width).as("and takes the width of the screen").isGreaterThan(screen.width() * 0.6);
			}
			check(page, "partner referral " + screen.name());

			var reason = page.getByLabel("Waarom wijs je de verwijzing af?");
			assertThat(reason).isHidden();
			page.locator("#decline > summary").click();
			assertThat(reason).isVisible();
			check(page, "partner decline form " + screen.name());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzing afwijzen")).click();
			assertThat(page.locator("#decline-reason-error")).hasText("Schrijf op waarom je de verwijzing afwijst.");
			assertThat(page.locator("main dl.facts")).containsText("Verstuurd");
			check(page, "partner decline without reason " + screen.name());

			page.getByLabel("Waarom wijs je de verwijzing af?").fill("Onze wachtlijst is nu vier maanden.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzing afwijzen")).click();
			assertThat(page).hasURL(Pattern.compile(".*/partner/referrals/" + id + "$"));
			assertThat(page.locator("main dl.facts")).containsText("Afgewezen");
			assertThat(page.locator("main dl.facts")).containsText("Onze wachtlijst is nu vier maanden.");
			check(page, "partner declined " + screen.name());
			page.context().close();
		}
		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
