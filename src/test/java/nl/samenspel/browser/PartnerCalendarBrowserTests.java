package nl.samenspel.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.CalendarEntryDetails;
import nl.samenspel.network.NetworkOrganisationDetails;
import nl.samenspel.network.PartnerCalendar;
import nl.samenspel.network.Route;
import nl.samenspel.network.ServiceKind;
import nl.samenspel.network.SocialMap;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners' shared calendar in the browser: the demo partner signs in, imports an .ics file with an activity at
 * the time another partner (the sports club) has one for the same ages in the same neighbourhood, reads the report,
 * and sees the clash on the calendar page and on their home. axe-core finds nothing on any page. Run with
 * {@code ./mvnw verify -Pbrowser -Dtest=PartnerCalendarBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerCalendarBrowserTests extends BrowserTest {

	static final String CLUB = "Sportclub De Bal";

	@Autowired
	DemoMode demo;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	SocialMap map;

	@Autowired
	PartnerCalendar calendar;

	@Override
	String screenshots() {
		return "calendar-";
	}

	@Test
	void thePartnerImportsACalendarAndSeesTheClashWithTheSportsClub() throws IOException {
		var organisation = demo.firstOrganisation();
		var coordinator = new CurrentUser(users.userId(organisation, "coordinator").orElseThrow(), organisation, "coordinator",
				"Demo", EnumSet.of(Role.COORDINATOR), "nl", null);
		var neighbourhood = organisations.currentNeighbourhoods(organisation).get(0).getId();
		var club = map.services(organisation, false).stream().filter(it -> it.name().equals(CLUB)).findFirst()
			.map(it -> it.id())
			.orElseGet(() -> map.add(coordinator, new NetworkOrganisationDetails(ServiceKind.SPORTS_CLUB, CLUB, null, null, null,
					null, 4, 12, Route.DIRECT, List.of(neighbourhood))).id());
		var day = calendar.today().plusDays(9);
		var unique = UUID.randomUUID().toString().substring(0, 8);
		var swimming = "Zwemles " + unique;
		calendar.add(coordinator, new CalendarEntryDetails(club, neighbourhood, swimming, "Zwembad", null, day,
				LocalTime.of(15, 0), LocalTime.of(16, 30), 6, 9, null));
		var file = Path.of("target", "calendar-" + unique + ".ics");
		Files.writeString(file, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jeugdfonds//Test//NL",
				"BEGIN:VEVENT", "UID:kennismaken-" + unique + "@jeugdfonds.example", "DTSTAMP:20261201T000000Z",
				"DTSTART;TZID=Europe/Amsterdam:" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T160000",
				"DTEND;TZID=Europe/Amsterdam:" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T170000",
				"SUMMARY:Kennismaken met sport " + unique, "END:VEVENT", "END:VCALENDAR", ""), StandardCharsets.UTF_8);

		var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("nl-NL"));
		var page = context.newPage();
		login(page, "partner");
		page.navigate(url("/network/calendar/import"));
		assertThat(page.locator("main h1")).hasText("Agenda importeren");
		check(page, "import form");
		page.getByLabel("Agendabestand (.ics)").setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren")).click();
		assertThat(page.locator("main section.notice")).containsText("1 nieuw, 0 gewijzigd");
		check(page, "import report");

		page.navigate(url("/network/calendar?neighbourhood=" + neighbourhood + "&week=" + day));
		var clash = "Botst met " + CLUB + ": " + swimming + ", 15:00–16:30";
		assertThat(page.locator("main")).containsText(clash);
		assertThat(page.locator("main .warning")).containsText("Kennismaken met sport " + unique);
		assertThat(page.locator("main table caption")).containsText("Aanbod per dag en leeftijd");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
			.as("the calendar on a phone").isFalse();
		check(page, "calendar phone");
		page.setViewportSize(1366, 900);
		page.reload();
		check(page, "calendar desktop");

		page.navigate(url("/"));
		assertThat(page.locator("main")).containsText("Botsingen in de buurtagenda");
		check(page, "partner home");
		context.close();
		assertThat(violations).as("axe-core violations").isEmpty();
	}
}
