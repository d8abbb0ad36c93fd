package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The volunteer record on a phone (390x844): the demo coordinator registers a volunteer, is told next to the field
 * that a VOG cannot be issued tomorrow, records the VOG and the code of conduct and reads "Mag ingezet worden"; the
 * demo volunteer reads their own record and its edit form. axe-core finds nothing on any of these pages.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerRecordBrowserTests extends BrowserTest {

	@Override
	String screenshots() {
		return "volunteer-record-";
	}

	@Test
	void aCoordinatorRegistersAndScreensAVolunteerAndTheVolunteerReadsTheirOwnRecord() {
		var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		var lastName = "Browser-" + UUID.randomUUID().toString().substring(0, 6);
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var page = context.newPage();
		login(page, "coordinator");

		page.navigate(url("/volunteers"));
		check(page, "list");
		page.navigate(url("/volunteers/new"));
		check(page, "new");
		page.getByLabel("Voornaam").fill("Wim");
		page.getByLabel("Achternaam").fill(lastName);
		page.getByLabel("E-mailadres").fill("geen-adres");
		page.getByLabel("Leeftijdsgroep").selectOption("FROM_70");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("#email-error")).isVisible();
		check(page, "new with an error");
		page.getByLabel("E-mailadres").fill("wim@example.org");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("main h1")).containsText(lastName);
		assertThat(page.locator("main")).containsText("Mag niet ingezet worden");
		check(page, "record unscreened");
		var record = page.url();

		page.navigate(record + "/vog");
		page.getByLabel("Datum van afgifte VOG").fill(today.plusDays(1).toString());
		page.locator("form[action$='/vog'] button[type=submit]").click();
		assertThat(page.locator("#issuedOn-error")).containsText("in de toekomst");
		check(page, "vog in the future");
		page.getByLabel("Datum van afgifte VOG").fill(today.minusMonths(1).toString());
		page.locator("form[action$='/vog'] button[type=submit]").click();
		page.navigate(record + "/code-of-conduct");
		check(page, "code of conduct");
		page.getByLabel("Versie van de gedragscode").fill("2026-1");
		page.locator("form[action$='/code-of-conduct'] button[type=submit]").click();
		assertThat(page.locator("main")).containsText("Mag ingezet worden");
		assertThat(page.locator("main")).not().containsText("Mag niet ingezet worden");
		check(page, "record screened");
		page.navigate(url("/volunteers/policy"));
		check(page, "policy");
		context.close();

		var own = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var volunteer = own.newPage();
		login(volunteer, "volunteer");
		volunteer.navigate(url("/volunteers/me"));
		assertThat(volunteer.locator("main")).containsText("Vincent Vrijwilliger");
		check(volunteer, "own record");
		volunteer.navigate(url("/volunteers/me/edit"));
		check(volunteer, "own form");
		own.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
