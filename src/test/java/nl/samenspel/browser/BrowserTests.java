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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing in Debian's headless chromium (no downloaded browser): the demo admin logs in, adds a location,
 * imports CBS figures through htmx, switches to English and logs out. On every page visited, axe-core finds no
 * violations (all its rules: WCAG 2.1 A and AA and best practices), on a phone-sized and on a desktop-sized screen.
 * axe-core comes from the npm registry: the {@code browser} profile fetches the package into target/axe-core.
 * Run with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests extends BrowserTest {








	@Test
	void anAdminLogsInAddsALocationImportsFiguresSwitchesToEnglishAndLogsOut() throws Exception {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var page = context.newPage();
		var errors = new ArrayList<String>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});

		page.navigate(url("/locations"));
		assertThat(page).hasURL(Pattern.compile(".*/login"));
		check(page, "login");
		page.getByLabel("Gebruikersnaam").fill("admin");
		page.getByLabel("Wachtwoord").fill("samenspel-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		secondStep(page, false);

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locaties"))).isVisible();
		check(page, "locations");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Locatie toevoegen")).click();
		check(page, "new location");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(page.locator(".error-summary")).containsText("Naam: Vul dit veld in.");
		assertThat(page.locator("#name-error")).hasText("Vul dit veld in.");
		check(page, "new location with errors");

		page.getByLabel("Naam").fill("Speeltuin Het Zonnetje");
		page.getByLabel("Soort").selectOption("PLAYGROUND");
		page.getByLabel("Postcode").fill("9903bk");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator(".notice")).hasText("De locatie is opgeslagen.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Speeltuin Het Zonnetje"))).isVisible();
		assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("9903 BK").setExact(true))).isVisible();
		check(page, "locations after saving");

		page.navigate(url("/neighbourhoods/import"));
		check(page, "import");
		page.getByLabel("Jaar van de cijfers").fill("2023");
		page.setInputFiles("#file", Paths.get("src/test/resources/cbs/kerncijfers-wijken-en-buurten-2023.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen")).click();
		assertThat(page.locator("#import-result")).containsText("8 buurten toegevoegd en 0 bijgewerkt voor 2023");
		assertThat(page).hasURL(Pattern.compile(".*/neighbourhoods/import"));
		check(page, "import done");

		for (var path : List.of("/", "/neighbourhoods", "/municipalities", "/municipalities/new", "/users",
				"/users/invite", "/organisation", "/account", "/audit", "/outbox", "/password-reset")) {
			page.navigate(url(path));
			check(page, path);
		}
		var before = errors.size();
		page.navigate(url("/bestaat-niet"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet gevonden"))).isVisible();
		check(page, "not found");
		// the browser reports the page's own 404 status as a console error: expected here, and only here
		assertThat(errors.subList(before, errors.size())).allMatch(error -> error.contains("status of 404"));
		errors.subList(before, errors.size()).clear();

		page.navigate(url("/locations"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locations"))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		check(page, "locations in English");
		page.navigate(url("/users"));
		check(page, "users in English");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(page.getByText("You are signed out.")).isVisible();
		check(page, "logged out");
		page.navigate(url("/locations"));
		assertThat(page).hasURL(Pattern.compile(".*/login"));

		assertThat(violations).as("axe-core violations").isEmpty();
		assertThat(errors).as("console errors (a CSP violation shows up here)").isEmpty();
		context.close();
	}

	@Test
	void pagesWorkOnADesktopScreenAndWithTheKeyboard() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		var page = context.newPage();
		page.navigate(url("/login"));

		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Naar de inhoud");
		page.getByLabel("Gebruikersnaam").fill("coordinator");
		page.getByLabel("Wachtwoord").fill("samenspel-demo");
		page.getByLabel("Wachtwoord").press("Enter");
		secondStep(page, true);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welkom, Carlos Coördinator"))).isVisible();
		check(page, "coordinator home on desktop");
		page.navigate(url("/neighbourhoods"));
		check(page, "neighbourhoods on desktop");
		page.navigate(url("/users"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang"))).isVisible();
		check(page, "forbidden page");

		assertThat(violations).as("axe-core violations").isEmpty();
		context.close();
	}

	@Test
	void aWorkerRegistersAChildAndAParentWithdrawsPhotoConsentAndSeesWhoRead() {
		var worker = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var page = worker.newPage();
		login(page, "worker");

		page.navigate(url("/children/new"));
		check(page, "new child");
		page.getByLabel("Voornaam").fill("Noë");
		page.getByLabel("Achternaam").fill("Brouwer");
		page.getByLabel("Geboortedatum").fill(java.time.LocalDate.now().minusYears(7).toString());
		page.getByLabel("Geslacht").selectOption("GIRL");
		page.getByLabel("School").fill("OBS De Regenboog");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Noë Brouwer"))).isVisible();
		check(page, "child page");

		page.locator("#add-guardian > summary").click();
		page.locator("#guardian-name").fill("Sara Brouwer");
		page.locator("#guardian-relation").selectOption("MOTHER");
		page.locator("#guardian-phone").fill("06 12345678");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouder of verzorger toevoegen")).click();
		assertThat(page.locator(".notice")).hasText("De ouder of verzorger is toegevoegd.");
		page.locator("#add-consent > summary").click();
		page.locator("#consent-guardianId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sara Brouwer"));
		page.locator("#consent-purpose").selectOption("PHOTOS_INTERNAL");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming vastleggen")).click();
		assertThat(page.locator(".notice")).hasText("De toestemming is vastgelegd.");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veiligheid en gezondheid wijzigen")).click();
		check(page, "safety form");
		page.getByLabel("Allergieën").fill("Kiwi");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.getByText("Let op, allergie: Kiwi")).isVisible();
		check(page, "child page with consent and allergy");

		page.navigate(url("/children"));
		page.getByLabel("Naam").fill("noe brouwer");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Noë Brouwer"))).isVisible();
		check(page, "children search");
		page.getByLabel("Naam").fill("zoe");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë Jansen")).click();
		assertThat(page.getByText("Let op, allergie: Pinda's")).isVisible();
		worker.close();

		var parentContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var parent = parentContext.newPage();
		login(parent, "parent");
		parent.navigate(url("/portal"));
		check(parent, "portal");
		parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë Jansen")).click();
		check(parent, "portal child");
		parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming intrekken Foto's voor intern gebruik")).click();
		assertThat(parent.locator(".notice")).hasText("De toestemming is ingetrokken.");
		assertThat(parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming geven Foto's voor intern gebruik"))).isVisible();
		var reads = parent.locator("section[aria-labelledby=reads-heading] table");
		assertThat(reads).containsText("Wendy Kinderwerker (Kinderwerker)");
		assertThat(reads).not().containsText("worker");
		check(parent, "portal after withdrawing");

		assertThat(violations).as("axe-core violations").isEmpty();
		parentContext.close();
	}

	@Test
	void theCoordinatorsAndParentsOtherPagesAreAccessible() {
		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var page = context.newPage();
		login(page, "coordinator");
		for (var path : List.of("/children", "/children?review=true", "/children/import", "/consent-texts")) {
			page.navigate(url(path));
			check(page, "coordinator " + path);
		}
		page.navigate(url("/children?q=zoe"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë Jansen")).click();
		check(page, "coordinator child page");
		page.navigate(url("/children/import"));
		page.setInputFiles("#file", Paths.get("src/test/resources/children/import-sample.csv"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren")).click();
		assertThat(page.getByText("4 kinderen klaar om te importeren")).isVisible();
		check(page, "import preview");
		context.close();

		var parentContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		var parent = parentContext.newPage();
		login(parent, "parent");
		parent.navigate(url("/portal/register"));
		check(parent, "portal register");
		parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(parent.locator(".error-summary")).isVisible();
		check(parent, "portal register with errors");

		assertThat(violations).as("axe-core violations").isEmpty();
		parentContext.close();
	}

	@Test
	void aWorkerTakesAttendanceOnAPhoneAndAParentLandsOnTheWaitingList() {
		var worker = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var page = worker.newPage();
		login(page, "worker");
		page.locator("#main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vandaag").setExact(true)).click();
		check(page, "sessions today");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Kookclub"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kookclub"))).isVisible();
		check(page, "attendance list");
		// the flag, "Zorg melden" and (once present) "Vertrekt nu" are tap targets of at least 44px on a phone
		for (var link : List.of("Let op: allergie of medisch Zoë", "Zorg melden Zoë")) {
			var box = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).boundingBox();
			assertThat(box.height).as(link + " is a tap target").isGreaterThanOrEqualTo(44);
			assertThat(box.width).as(link + " is a tap target").isGreaterThanOrEqualTo(44);
		}
		var present = 0;
		for (var name : List.of("Zoë", "Daan", "Ayşe")) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezig " + name).setExact(true)).click();
			assertThat(page.locator(".attendee.present")).hasCount(++present);
		}
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanwezig Zoë").setExact(true)))
			.hasAttribute("aria-pressed", "true");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vertrekt nu Zoë").setExact(true))
			.boundingBox().height).as("Vertrekt nu is a tap target").isGreaterThanOrEqualTo(44);
		// the walk-in table shows all its columns on a phone, none scrolled out of sight
		assertThat((Boolean) page.locator("#walk-ins .table-wrap")
			.evaluate("wrap => wrap.scrollWidth <= wrap.clientWidth")).as("the walk-in table fits a phone").isTrue();
		page.getByLabel("4-6 jaar, Meisjes").fill("2");
		page.getByLabel("10-12 jaar, Jongens").fill("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aantallen opslaan")).click();
		assertThat(page.locator(".notice")).hasText("De aantallen zijn opgeslagen.");
		assertThat(page.locator(".totals")).hasText("Aanwezig: 3 · afwezig: 0 · vrije inloop: 3");
		check(page, "attendance with walk-ins");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Let op: allergie of medisch Zoë")).click();
		assertThat(page.getByText("Pinda's (ernstig, EpiPen in de tas)")).isVisible();
		check(page, "safety sheet");
		page.navigate(url("/activities"));
		check(page, "activities");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Techniekclub")).click();
		check(page, "activity page");
		page.navigate(url("/activities/new"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator(".error-summary")).isVisible();
		check(page, "new activity with errors");
		worker.close();

		var coordinator = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var planner = coordinator.newPage();
		login(planner, "coordinator");
		planner.locator("#main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Dekking").setExact(true)).click();
		assertThat(planner.locator("table.coverage")).isVisible();
		// Kookclub: 4-12, health and meeting, 90 minutes a week at Buurthuis De Kroon
		var kroonRow = planner.locator("table.coverage tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("7-9 jaar")).filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(
					planner.locator("td.number:not(.empty)")));
		assertThat(kroonRow.first()).isVisible();
		assertThat(planner.locator("table.coverage td.empty").first()).isVisible();
		check(planner, "coverage");
		planner.navigate(url("/holidays"));
		check(planner, "holidays");
		coordinator.close();

		var parentContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var parent = parentContext.newPage();
		login(parent, "parent");
		parent.locator("#main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Activiteiten").setExact(true)).click();
		check(parent, "portal activities");
		parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Techniekclub")).click();
		check(parent, "portal activity");
		parent.getByLabel("Welk kind?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Zoë"));
		parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(parent.locator(".notice")).containsText("Het is vol. Je kind staat op de wachtlijst.");
		assertThat(parent.getByText("wachtlijst, plek 1")).isVisible();
		check(parent, "portal on the waiting list");
		parentContext.close();

		var visitorContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var visitor = visitorContext.newPage();
		visitor.navigate(url("/programma"));
		check(visitor, "public programme");
		visitor.getByLabel("Leeftijd van het kind").fill("8");
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kookclub")).click();
		assertThat(visitor.getByText("Kom gewoon langs").or(visitor.getByText("hele reeks"))).isVisible();
		check(visitor, "public activity");
		visitorContext.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}

	@Test
	void aVolunteerRaisesASignalTheOfficerReportsItAndAReferralIsAccepted() {
		var volunteerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var volunteer = volunteerContext.newPage();
		login(volunteer, "volunteer");
		volunteer.navigate(url("/sessions"));
		volunteer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Kookclub"))).click();
		volunteer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zorg melden Zoë")).click();
		check(volunteer, "raise a signal");
		volunteer.getByLabel("Wat zag of hoorde je?").fill("Zoë huilde en zei dat ze thuis niet mag slapen als papa boos is.");
		volunteer.getByLabel("Waar gaat het over?").selectOption("SAFETY_AT_HOME");
		volunteer.getByLabel("Hoe bezorgd ben je?").selectOption("HIGH");
		volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zorg melden")).click();
		assertThat(volunteer.locator(".notice")).containsText("Je zorg is vastgelegd");
		volunteer.navigate(url("/signals"));
		assertThat(volunteer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang"))).isVisible();
		volunteerContext.close();

		var officerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var officer = officerContext.newPage();
		login(officer, "safeguarding");
		officer.navigate(url("/signals"));
		check(officer, "signals");
		officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zoë")).first().click();
		assertThat(officer.getByText("niet mag slapen als papa boos is")).isVisible();
		check(officer, "signal");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldcode starten")).click();
		assertThat(officer.getByText("0800-2000").first()).isVisible();
		check(officer, "case step 1");
		officer.locator("#consultation-withWhom").fill("Collega Wendy");
		officer.locator("#consultation-content").fill("Samen besproken: zorgen zijn terecht.");
		officer.locator("form[action$='/consultations'] button[type=submit]").click();
		officer.locator("#conversation-withWhom").fill("Moeder");
		officer.locator("#conversation-content").fill("Moeder herkent de ruzies en wil hulp.");
		officer.locator("form[action$='/conversations'] button[type=submit]").click();
		check(officer, "case step 4");
		officer.locator("#answer-explanation").fill("Ja, er is een vermoeden.");
		officer.locator("form[action$='/weighing']").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ja")).click();
		officer.locator("#answer-explanation").fill("Ja, het is structureel onveilig.");
		officer.locator("form[action$='/weighing']").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ja")).click();
		assertThat(officer.getByText("Uitkomst: melden bij Veilig Thuis.")).isVisible();
		officer.locator("#decision-explanation").fill("Melden, en hulp via het wijkteam.");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluiten vastleggen")).click();
		officer.locator("#report-reference").fill("VT-2026-1201");
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding vastleggen")).click();
		assertThat(officer.getByText(Pattern.compile("Gemeld bij Veilig Thuis op"))).isVisible();
		check(officer, "case reported");
		officerContext.close();

		var workerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var worker = workerContext.newPage();
		login(worker, "worker");
		worker.navigate(url("/children?q=daan"));
		worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daan Jansen")).click();
		worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verwijzen").setExact(true)).click();
		check(worker, "new referral");
		worker.locator("#serviceId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
				"Jeugdfonds Sport & Cultuur · alleen via een intermediair"));
		worker.getByLabel("Waarom?").fill("Daan wil op voetbal; het gezin kan de contributie niet betalen.");
		worker.getByLabel("Toestemming gegeven door").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Priya Ouder"));
		worker.getByLabel("Contact voor de partner").fill("Moeder, 06 12345678");
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzing vastleggen")).click();
		assertThat(worker.getByText("de verwijzende medewerker")).isVisible();
		worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(worker.locator(".facts")).containsText("Verstuurd");
		check(worker, "referral sent");
		worker.navigate(url("/network"));
		check(worker, "social map");
		workerContext.close();

		var partnerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var partner = partnerContext.newPage();
		login(partner, "partner");
		partner.navigate(url("/partner/referrals"));
		check(partner, "partner referrals");
		partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Daan"))).click();
		assertThat(partner.getByText("Daan wil op voetbal")).isVisible();
		assertThat(partner.getByText("Jansen")).hasCount(0);
		partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
		assertThat(partner.locator(".facts")).containsText("Geaccepteerd");
		check(partner, "partner accepted");
		partnerContext.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}

	@Test
	void aCoordinatorSetsATargetAndSeesTheForecastAndTheMunicipalityDownloadsTheAnnualReport() throws Exception {
		var coordinatorContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		var coordinator = coordinatorContext.newPage();
		login(coordinator, "coordinator");
		coordinator.navigate(url("/reports"));
		check(coordinator, "reports");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prestatieafspraken").setExact(true)).click();
		check(coordinator, "targets");
		coordinator.locator("#figure").selectOption("PARTICIPATIONS");
		coordinator.locator("#target").fill("1200");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(coordinator.locator(".notice")).hasText("Het doel is opgeslagen.");
		assertThat(coordinator.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("1200").setExact(true))).isVisible();
		// the target's line: target, result so far, the forecast for the year (a number) and its share of the target
		var line = coordinator.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("1200"));
		// on a phone each line is a card: the column headers are there for a screen reader, each value has its label
		assertThat(coordinator.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Verwachting voor het jaar")))
			.hasCount(1);
		assertThat(line.locator("td").nth(2)).hasAttribute("data-label", "Verwachting voor het jaar");
		assertThat(line.locator("td").nth(2)).hasText(Pattern.compile("^\\d+$"));
		assertThat(line.locator("td").nth(3)).hasText(Pattern.compile("\\d+\\s?%"));
		check(coordinator, "targets with a target");
		coordinatorContext.close();

		var municipalityContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setAcceptDownloads(true));
		var municipality = municipalityContext.newPage();
		login(municipality, "municipality");
		municipality.navigate(url("/reports"));
		assertThat(municipality.getByText("GM9901", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
		check(municipality, "municipality reports");
		// a municipality picks a whole month, quarter or year; there are no date fields to type a range in
		assertThat(municipality.locator("input[type=date]")).hasCount(0);
		var quarter = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear() + "-Q1";
		municipality.getByLabel("Periode").selectOption(quarter);
		municipality.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
		assertThat(municipality.getByText("31 mrt", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
		assertThat(municipality.getByText("apart verstoord", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
		check(municipality, "municipality reports for a quarter");
		municipality.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jaaroverzicht met grafieken")).click();
		assertThat(municipality.locator("main h1")).containsText("Jaaroverzicht");
		assertThat(municipality.locator("main h1")).containsText("GM9901");
		assertThat(municipality.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Deelnames per maand"))).isVisible();
		assertThat(municipality.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Cijfers per maand"))).isVisible();
		check(municipality, "municipality annual overview");
		var download = municipality.waitForDownload(() -> municipality.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Jaarverslag (PDF)")).click());
		assertThat(download.suggestedFilename()).endsWith(".pdf");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			// the numbers themselves are checked against small counts in FigureTests; here: the download is the report
			assertThat(text).contains("Jaarverslag kinderwerk", "Kerncijfers", "GM9901", "Deelnames per maand");
		}
		municipalityContext.close();

		assertThat(violations).as("axe-core violations").isEmpty();
	}



	@Test
	void theAccessibilityCheckFindsViolations() {
		var context = browser.newContext();
		var page = context.newPage();
		page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"a.png\">"
				+ "<input type=\"text\"></main></body></html>");

		check(page, "a broken page");

		assertThat(violations).anyMatch(violation -> violation.contains("image-alt"))
			.anyMatch(violation -> violation.contains("label"))
			.anyMatch(violation -> violation.contains("html-has-lang"));
		context.close();
	}


}
