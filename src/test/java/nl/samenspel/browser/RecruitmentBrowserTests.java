package nl.samenspel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.DemoMode;

/**
 * Recruitment in Debian's headless chromium: someone applies on the public form of the demo organisation (on a
 * phone), then the demo coordinator signs in and takes the application through the intake, the references and the
 * VOG request (on a desktop), where the page says how to request the VOG. axe-core finds nothing on the public form
 * and the application page. Run with {@code ./mvnw verify -Pbrowser -Dtest=RecruitmentBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecruitmentBrowserTests extends BrowserTest {

	@Autowired
	DemoMode demo;

	@Override
	String screenshots() {
		return "recruitment-";
	}

	Page open(int width, int height) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("nl-NL"))
			.newPage();
	}

	@Test
	void someoneAppliesAndTheCoordinatorTakesThemThroughIntakeReferencesAndTheVogRequest() {
		var lastName = "Buurman-" + UUID.randomUUID().toString().substring(0, 6);

		var phone = open(390, 844);
		phone.navigate(url("/vrijwilliger-worden?organisatie=" + demo.firstOrganisation()));
		assertThat(phone.locator("main h1")).hasText("Vrijwilliger worden");
		check(phone, "public form");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding versturen")).click();
		assertThat(phone.locator(".error-summary")).isVisible();
		check(phone, "public form with errors");
		phone.getByLabel("Voornaam").fill("Bram");
		phone.getByLabel("Achternaam").fill(lastName);
		phone.getByLabel("E-mailadres").fill("bram@example.org");
		phone.getByLabel("Telefoon").fill("06 98765432");
		phone.getByLabel("Leeftijd").selectOption("FROM_55_TO_69");
		phone.getByLabel("Wat kun je of doe je graag?").fill("Schaken en voetbal");
		phone.getByLabel("Welke talen spreek je?").fill("Nederlands, Turks");
		phone.getByLabel("Waarom wil je vrijwilliger worden?").fill("Ik ben net met pensioen en wil iets doen in de buurt.");
		phone.getByLabel("Wanneer kun je?").fill("Dinsdag en donderdag na school");
		phone.getByLabel("Ik geef toestemming").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding versturen")).click();
		assertThat(phone.locator("main h1")).hasText("Dank je wel voor je aanmelding");
		check(phone, "thanks");
		phone.context().close();

		var desktop = open(1366, 900);
		login(desktop, "coordinator");
		desktop.navigate(url("/volunteers/applications"));
		check(desktop, "applications");
		desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bram " + lastName)).click();
		assertThat(desktop.locator("main h1")).hasText("Aanmelding van Bram " + lastName);
		check(desktop, "application");

		var today = DutchTime.today().toString();
		record(desktop, "Kennismakingsgesprek", today, "Enthousiast, kan goed met kinderen.");
		record(desktop, "Referenties", today, "Twee referenties gebeld.");
		assertThat(desktop.locator("main [role=note]")).containsText("Regeling Gratis VOG");
		check(desktop, "application at the VOG request");
		record(desktop, "VOG aangevraagd", today, "Aanvraag klaargezet.");

		assertThat(desktop.locator("#next-heading")).hasText("Volgende stap: VOG ontvangen");
		assertThat(desktop.locator("main")).containsText("Enthousiast, kan goed met kinderen.");
		check(desktop, "application after the VOG request");
		desktop.context().close();

		assertThat(violations).isEmpty();
	}

	/** Records the next step with its date and notes, and waits for the page to say so. */
	void record(Page page, String step, String day, String notes) {
		assertThat(page.locator("#next-heading")).hasText("Volgende stap: " + step);
		page.getByLabel("Datum").fill(day);
		page.locator("#notes").fill(notes);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(step + " vastleggen")).click();
		assertThat(page.locator("p.notice")).containsText("De stap is vastgelegd.");
	}
}
