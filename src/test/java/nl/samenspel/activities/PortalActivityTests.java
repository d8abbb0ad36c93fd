package nl.samenspel.activities;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.DateFormats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The parent portal's activities as a parent chooses from them: each card one link, with the next meeting's day and
 * time and the places left, or "Vol – wachtlijst" once a child would wait; an activity's form offers only the
 * parent's children of age for it, and says why the others are not offered.
 */
class PortalActivityTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Enrolments enrolments;

	private String page(String path, CurrentUser user) throws Exception {
		var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The card of an activity on the portal's list, from its opening tag to its end. */
	private static String card(String html, Activity activity) {
		var matcher = Pattern.compile("<li class=\"card compact activity-card\">(?:(?!</li>).)*?" + activity.title()
				+ "(?:(?!</li>).)*</li>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("a card for " + activity.title()).isTrue();
		return matcher.group();
	}

	/** Gives the parent's guardian record a second child, as for brothers and sisters. */
	private void alsoParentOf(CurrentUser parent, UUID child) {
		jdbc.sql("""
				update guardian set app_user_id = :user
				where id in (select guardian_id from child_guardian where child_id = :child)""")
			.param("user", parent.id()).param("child", child).update();
	}

	@Test
	void eachCardIsOneLinkWithTheNextMeetingAndThePlacesLeftOrFull() throws Exception {
		var world = programmeFixtures.world();
		var day = ActivityFixtures.today().plusDays(3);
		var roomy = programmeFixtures.activity(world, Mode.SERIES, 3, 4, 12);
		var lastPlace = programmeFixtures.activity(world, Mode.SERIES, 2, 4, 12);
		var full = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		for (var activity : java.util.List.of(roomy, lastPlace, full)) {
			programmeFixtures.session(world, activity, day);
		}
		var own = programmeFixtures.child(world, "Jip", 8, true);
		var parent = programmeFixtures.parentOf(world, own);
		programmeFixtures.enrol(world, lastPlace, programmeFixtures.child(world, "Ander", 8, true), false);
		programmeFixtures.enrol(world, full, programmeFixtures.child(world, "Eerste", 8, true), false);

		var html = page("/portal/activities", parent);

		var roomyCard = card(html, roomy);
		assertThat(roomyCard).contains(DateFormats.day(day, Locale.forLanguageTag("nl")) + " · 15:00–16:30")
			.contains("Nog 3 plekken vrij").doesNotContain("Vol – wachtlijst");
		assertThat(Pattern.compile("<a ").matcher(roomyCard).results().count()).as("one link per card").isEqualTo(1);
		assertThat(roomyCard).contains("<a class=\"card-link\" href=\"/portal/activities/" + roomy.id() + "\">");
		assertThat(card(html, lastPlace)).contains("Nog 1 plek vrij");
		assertThat(card(html, full)).contains("Vol – wachtlijst").doesNotContain("plek");
	}

	@Test
	void aPerSessionActivityShowsThePlacesOfItsNextMeeting() throws Exception {
		var world = programmeFixtures.world();
		var perSession = programmeFixtures.activity(world, Mode.PER_SESSION, 1, 4, 12);
		var next = programmeFixtures.session(world, perSession, ActivityFixtures.today().plusDays(2));
		programmeFixtures.session(world, perSession, ActivityFixtures.today().plusDays(9));
		var own = programmeFixtures.child(world, "Jip", 8, true);
		var parent = programmeFixtures.parentOf(world, own);

		assertThat(card(page("/portal/activities", parent), perSession)).contains("Nog 1 plek vrij");

		enrolments.enrol(world.coordinator(), perSession.id(),
				new EnrolmentRequest(programmeFixtures.child(world, "Ander", 8, true), next.id(), false, null));

		assertThat(card(page("/portal/activities", parent), perSession)).contains("Vol – wachtlijst");
	}

	@Test
	void theFormOffersOnlyTheChildrenOfAgeAndSaysWhyNotTheOthers() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 5, 8, 12);
		programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(3));
		var jip = programmeFixtures.child(world, "Jip", 9, true);
		var sam = programmeFixtures.child(world, "Sam", 6, true);
		var parent = programmeFixtures.parentOf(world, jip);
		alsoParentOf(parent, sam);

		var html = page("/portal/activities/" + activity.id(), parent);

		assertThat(html).contains("<option value=\"" + jip + "\"").doesNotContain("<option value=\"" + sam + "\"")
			.contains("Sam past niet in de leeftijd 8–12");
	}

	@Test
	void withNoChildOfAgeThereIsNoFormButAReason() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 5, 10, 12);
		programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(3));
		var sam = programmeFixtures.child(world, "Sam", 6, true);
		var parent = programmeFixtures.parentOf(world, sam);

		var html = page("/portal/activities/" + activity.id(), parent);

		assertThat(html).contains("Sam past niet in de leeftijd 10–12")
			.contains("Geen van je kinderen past in de leeftijd van deze activiteit.")
			.doesNotContain("/enrolments\"");
	}
}
