package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.organisation.OrganisationFixtures;

/**
 * A volunteer's hours in Debian's headless chromium, on a phone: the demo volunteer logs hours (first a day in the
 * future, refused next to the field), sees them wait; the coordinator approves them on the approvals page and sees
 * them count on the volunteer's year. axe-core clean on every page. Run with
 * {@code ./mvnw verify -Pbrowser -Dtest=VolunteerHoursBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganisationFixtures.class, ActivityFixtures.class, nl.samenspel.volunteers.VolunteerFixtures.class })
class VolunteerHoursBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Override
	String screenshots() {
		return "hours-";
	}

	@Test
	void theVolunteerLogsHoursAndTheCoordinatorApprovesThem() {
		var description = "Spelmateriaal gesorteerd " + UUID.randomUUID().toString().substring(0, 6);
		var today = ActivityFixtures.today();
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, "volunteer");
		page.navigate(url("/volunteers/my-hours"));
		assertThat(page.locator("main h1")).containsText("Mijn uren in " + today.getYear());
		check(page, "my hours");

		page.getByLabel("Datum").fill(today.plusDays(1).toString());
		page.getByLabel("Uren", new Page.GetByLabelOptions().setExact(true)).fill("1");
		page.getByLabel("Minuten").fill("30");
		page.getByLabel("Soort").selectOption("PREPARATION");
		page.getByLabel("Omschrijving").fill(description);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opgeven")).click();
		assertThat(page.locator("#workedOn-error")).containsText("Kies een dag die al geweest is.");
		assertThat(page.locator("#workedOn")).hasAttribute("aria-invalid", "true");
		check(page, "my hours refused");

		page.getByLabel("Datum").fill(today.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opgeven")).click();
		assertThat(page.locator(".notice")).containsText("Je uren zijn opgegeven");
		var row = page.locator("tr", new Page.LocatorOptions().setHasText(description));
		assertThat(row).containsText("1 u 30 min");
		assertThat(row).containsText("Wacht op goedkeuring");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal overflow on a phone").isTrue();
		check(page, "my hours logged");
		context.close();

		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		page = context.newPage();
		login(page, "coordinator");
		page.navigate(url("/volunteers/hours/approvals"));
		check(page, "approvals");
		Locator waiting = page.locator("tr", new Page.LocatorOptions().setHasText(description));
		waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
		assertThat(page.locator(".notice")).containsText("De uren zijn goedgekeurd.");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(description))).hasCount(0);

		var vincent = jdbc.sql("select v.id from volunteer v join app_user u on u.id = v.app_user_id where u.username = 'volunteer'")
			.query(UUID.class).single();
		page.navigate(url("/volunteers/" + vincent + "/hours"));
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(description))).containsText("Goedgekeurd");
		check(page, "volunteer's hours");
		context.close();
		assertThat(violations).isEmpty();
	}
}
