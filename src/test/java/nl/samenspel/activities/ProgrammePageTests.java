package nl.samenspel.activities;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.organisation.NeighbourhoodDetails;
import nl.samenspel.organisation.OrganisationManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public programme as a visitor finds their way in it: a filter that is a form (labelled fields and a button),
 * neighbourhoods grouped by municipality and sorted, links to subscribe to a calendar (an organisation's, a
 * neighbourhood's, one activity's) with a line that says what that means, a login link for parents, the
 * Kindertelefoon as a number to tap, and a count that says "1 activiteit", not "1 activiteiten".
 */
class ProgrammePageTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	OrganisationManagement organisations;

	private Activity published(ActivityFixtures.World world, String title) {
		return programme.create(world.coordinator(), new ActivityDetails(title, "Doe mee!", null, EnumSet.of(Task.PLAY),
				EnumSet.of(Theme.SPORT), world.locationId(), 4, 12, null, Cost.FREE, null, Mode.DROP_IN, null, null, null,
				List.of(), true));
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void countsOneActivityInTheSingularAndTwoInThePlural() throws Exception {
		var world = programmeFixtures.world();
		var day = ActivityFixtures.today().plusDays(2);
		programmeFixtures.session(world, published(world, "Stoepkrijten"), day);
		var path = "/programma?organisatie=" + world.organisationId();

		assertThat(page(path)).contains("1 activiteit gevonden").doesNotContain("1 activiteiten");
		assertThat(page(path + "&lang=en")).contains("1 activity found");

		programmeFixtures.session(world, published(world, "Knikkeren"), day);

		assertThat(page(path + "&lang=nl")).contains("2 activiteiten gevonden");
		assertThat(page(path + "&lang=en")).contains("2 activities found");
	}

	@Test
	void theFilterIsAFormWithNeighbourhoodsGroupedByMunicipalityAndSorted() throws Exception {
		var world = programmeFixtures.world();
		var zwolle = fixtures.municipality(world.organisationId(), "GM7193", "Zwolle");
		var amersfoort = fixtures.municipality(world.organisationId(), "GM7307", "Amersfoort");
		neighbourhood(world, zwolle, "01", "Wipstrik");
		neighbourhood(world, amersfoort, "01", "Kruiskamp");
		neighbourhood(world, zwolle, "02", "Assendorp");

		var html = page("/programma?organisatie=" + world.organisationId());

		var select = html.substring(html.indexOf("<select id=\"buurt\""), html.indexOf("</select>", html.indexOf("<select id=\"buurt\"")));
		assertThat(Pattern.compile("<optgroup label=\"([^\"]+)\"").matcher(select).results().map(it -> it.group(1)).toList())
			.containsExactly("Amersfoort", "Zwolle");
		assertThat(Pattern.compile("<option value=\"[0-9a-f-]{36}\"[^>]*>([^<]+)</option>").matcher(select).results()
			.map(it -> it.group(1)).toList()).containsExactly("Kruiskamp", "Assendorp", "Wipstrik");
		assertThat(html).contains("<label for=\"buurt\">Buurt</label>").contains("<label for=\"leeftijd\">")
			.contains("<button type=\"submit\">Zoeken</button>").doesNotContain("<details class=\"programme-filter\"");
	}

	private void neighbourhood(ActivityFixtures.World world, nl.samenspel.organisation.Municipality municipality,
			String number, String name) {
		organisations.addNeighbourhood(world.organisationId(), new NeighbourhoodDetails(municipality.getId(),
				"BU" + municipality.digits() + "01" + number, "WK" + municipality.digits() + "01", name, 2024, 300, null, 50,
				true));
	}

	@Test
	void offersTheCalendarFeedsTheLoginAndTheHelpLineToTap() throws Exception {
		var world = programmeFixtures.world();
		var activity = published(world, "Buitenspelen");
		programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(2));

		var list = page("/programma?organisatie=" + world.organisationId());
		var details = page("/programma/activiteit/" + activity.id());

		assertThat(list).contains("href=\"/programma/organisatie/" + world.organisationId() + "/agenda.ics\"")
			.contains("Abonneer je op een agenda")
			.contains("<a href=\"/login\">Log in om je kind aan te melden</a>")
			.contains("<a class=\"phone\" href=\"tel:08000432\">0800-0432</a>")
			.contains("href=\"tel:112\"");
		assertThat(details).contains("href=\"/programma/activiteit/" + activity.id() + "/agenda.ics\"")
			.contains("href=\"/programma/organisatie/" + world.organisationId() + "/agenda.ics\"");
	}

	@Test
	void oneActivitysFeedHoldsItsSessionsAndNothingUnpublished() throws Exception {
		var world = programmeFixtures.world();
		var activity = published(world, "Hutten bouwen");
		var other = published(world, "Iets anders");
		programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(2));
		programmeFixtures.session(world, other, ActivityFixtures.today().plusDays(2));

		var feed = mvc.perform(get("/programma/activiteit/" + activity.id() + "/agenda.ics")).andReturn().getResponse();

		assertThat(feed.getStatus()).isEqualTo(200);
		assertThat(feed.getContentType()).startsWith("text/calendar");
		assertThat(feed.getContentAsString()).contains("SUMMARY:Hutten bouwen").doesNotContain("Iets anders");
		programme.update(world.coordinator(), activity.id(), new ActivityDetails("Hutten bouwen", "Doe mee!", null,
				EnumSet.of(Task.PLAY), EnumSet.of(Theme.SPORT), world.locationId(), 4, 12, null, Cost.FREE, null,
				Mode.DROP_IN, null, null, null, List.of(), false));
		assertThat(mvc.perform(get("/programma/activiteit/" + activity.id() + "/agenda.ics")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}
}
