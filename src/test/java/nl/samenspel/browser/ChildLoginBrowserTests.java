package nl.samenspel.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.participation.IdeaProposal;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.participation.VotingMethod;
import com.microsoft.playwright.Playwright;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's own login in Debian's headless chromium on a tablet (820x1180): the demo's child (set up through the
 * services by {@code ChildLoginDemoData}: the guardian's consent, a login with a fixed code and pictures, an idea of
 * theirs PLANNED as an activity) signs in with the keyboard alone and sees "you said, we did" with the activity; on
 * every child page axe-core finds no violations; with the keyboard alone the child votes, asks a question and opens
 * "Hulp nodig?". Run with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildLoginBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "child-";
	}


	static final String CODE = "TRAM 4794";
	static final List<String> PICTURES = List.of("DOG", "SUN", "BALL", "ROCKET");
	static final List<String> ORDER = List.of("DOG", "CAT", "FISH", "APPLE", "BIKE", "BALL", "SUN", "TREE", "ROCKET");



	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMode demo;

	@Autowired
	UserManagement users;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;




	@Test
	void aChildSignsInWithCodeAndPicturesByKeyboardAndSeesWhatBecameOfTheirIdea() {
		var activity = jdbc.sql("""
				select a.title from participation_idea i join activity a on a.id = i.activity_id
				where i.text = 'Samen een moestuin maken bij het buurthuis' and i.status = 'PLANNED'""")
			.query(String.class).single();
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180).setLocale("nl-NL"));
		var page = context.newPage();

		page.navigate(url("/kind/inloggen"));
		check(page, "child sign-in");
		// a wrong try first: the same words as always, next to the code
		keyboardSignIn(page, "ACDE 3479", List.of("CAT", "CAT", "CAT", "CAT"));
		assertThat(page.locator("#code-error")).hasText("Dat klopt niet. Probeer het nog eens of vraag het aan je begeleider.");
		check(page, "child sign-in wrong");

		keyboardSignIn(page, CODE, PICTURES);
		page.waitForURL(Pattern.compile(".*/kind$"));
		assertThat(page.locator("h1")).containsText("Hoi ");
		assertThat(page.locator("[data-testid=my-ideas]")).containsText("Samen een moestuin maken bij het buurthuis");
		assertThat(page.locator("[data-testid=my-ideas]")).containsText("Je idee gaat gebeuren!");
		assertThat(page.locator("[data-testid=idea-activity]").first()).containsText(activity);
		check(page, "child home");

		for (var path : List.of("/kind/ideeen", "/kind/vragen", "/kind/feedback")) {
			page.navigate(url(path));
			check(page, path);
		}
		// a question with nothing in it: a child's message next to the field
		page.navigate(url("/kind/vragen"));
		page.locator("form[action='/kind/vragen'] button[type=submit]").press("Enter");
		assertThat(page.locator("#text-error")).isVisible();
		check(page, "child question empty");

		// the keyboard alone: vote, ask a question, open "Hulp nodig?"
		var worker = users.actingAs(demo.firstOrganisation(), "worker", Role.WORKER).orElseThrow();
		var round = rounds.open(worker, new RoundDetails("Toetsenbordronde", null, VotingMethod.APPROVAL, null, null,
				null));
		ideas.propose(worker, new IdeaProposal(round.id(), "Een hut bouwen in het park", null));
		ideas.propose(worker, new IdeaProposal(round.id(), "Een dansvoorstelling", null));
		page.navigate(url("/kind/ideeen"));
		var section = page.locator("section").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Toetsenbordronde"));
		page.locator("body").focus();
		tabTo(page, "Een hut bouwen in het park");
		page.keyboard().press("Space");
		tabTo(page, "Stem");
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(section).containsText("Je hebt gestemd. Dank je wel!");
		assertThat(jdbc.sql("select count(*) from participation_ballot where round_id = ?").param(round.id())
			.query(Integer.class).single()).isEqualTo(1);

		page.navigate(url("/kind/vragen"));
		page.locator("body").focus();
		tabTo(page, "Wat wil je vragen?");
		page.keyboard().type("Mag mijn broertje ook een keer mee?");
		tabTo(page, "Stuur mijn vraag");
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("main")).containsText("Mag mijn broertje ook een keer mee?");
		assertThat(page.locator(".child-help[open]")).hasCount(0);

		page.locator("body").focus();
		tabTo(page, "Hulp nodig?");
		page.keyboard().press("Enter");
		assertThat(page.locator(".child-help[open]")).hasCount(1);
		assertThat(page.locator(".child-help a[href='tel:08000432']")).isVisible();
		assertThat(page.locator(".child-help a[href='tel:112']")).isVisible();
		check(page, "child help open");

		assertThat(violations).as("axe-core violations").isEmpty();
		context.close();
	}

	/** Tab to the code, type it, then in each picture group arrow to the picture (Space for the first), and Enter. */
	private void keyboardSignIn(Page page, String code, List<String> pictures) {
		page.locator("body").focus();
		for (int i = 0; i < 20 && !"code".equals(activeId(page)); i++) {
			page.keyboard().press("Tab");
		}
		assertThat(activeId(page)).isEqualTo("code");
		page.keyboard().press("Control+A");
		page.keyboard().type(code);
		for (int group = 1; group <= 4; group++) {
			page.keyboard().press("Tab");
			assertThat(activeId(page)).startsWith("picture" + group + "-");
			var target = ORDER.indexOf(pictures.get(group - 1));
			if (target == 0) {
				page.keyboard().press("Space");
			}
			for (int step = 0; step < target; step++) {
				page.keyboard().press("ArrowRight");
			}
			assertThat(page.locator("#picture" + group + "-" + pictures.get(group - 1)).isChecked()).isTrue();
		}
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		page.waitForLoadState();
	}

	private static String activeId(Page page) {
		return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
	}


}
