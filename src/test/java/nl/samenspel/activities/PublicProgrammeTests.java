package nl.samenspel.activities;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public programme: no sign-in, filters that work, nothing unpublished and nothing about children; the
 * iCalendar feeds parse with ical4j and carry the session times in Europe/Amsterdam.
 */
class PublicProgrammeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	SessionChanges changes;

	private Activity activity(ActivityFixtures.World world, String title, int minAge, int maxAge, Cost cost,
			boolean published) {
		return programme.create(world.coordinator(), new ActivityDetails(title, "Doe mee!", null, EnumSet.of(Task.PLAY),
				EnumSet.of(Theme.SPORT), world.locationId(), minAge, maxAge, null, cost,
				cost == Cost.PAID ? new java.math.BigDecimal("3.00") : null, Mode.DROP_IN, null, null, null, List.of(),
				published));
	}

	@Test
	void anyoneFindsThePublishedProgrammeByAgeFreeAndDay() throws Exception {
		var world = programmeFixtures.world();
		var day = ActivityFixtures.today().plusDays(2);
		var football = activity(world, "Voetbal op het plein", 6, 12, Cost.FREE, true);
		var toddlers = activity(world, "Peuterdansen", 4, 5, Cost.PAID, true);
		var secret = activity(world, "Nog geheim", 4, 12, Cost.FREE, false);
		programmeFixtures.session(world, football, day);
		programmeFixtures.session(world, toddlers, day);
		programmeFixtures.session(world, secret, day);
		var organisation = "organisatie=" + world.organisationId();

		var all = page("/programma?" + organisation);
		var eight = page("/programma?" + organisation + "&leeftijd=8");
		var free = page("/programma?" + organisation + "&gratis=true");
		var otherDay = page("/programma?" + organisation + "&dag=" + day.plusDays(1).getDayOfWeek());
		var nonsense = page("/programma?" + organisation + "&leeftijd=abc&dag=MAANDAG&thema=%3Cscript%3E&page=-4");

		assertThat(all).contains("Voetbal op het plein").contains("Peuterdansen").doesNotContain("Nog geheim");
		assertThat(eight).contains("Voetbal op het plein").doesNotContain("Peuterdansen");
		assertThat(free).contains("Voetbal op het plein").doesNotContain("Peuterdansen");
		assertThat(otherDay).doesNotContain("Voetbal op het plein");
		assertThat(nonsense).contains("Voetbal op het plein").doesNotContain("<script>");

		var details = mvc.perform(get("/programma/activiteit/" + football.id())).andReturn().getResponse();
		assertThat(details.getStatus()).isEqualTo(200);
		assertThat(details.getContentAsString()).contains("Kom gewoon langs");
		assertThat(mvc.perform(get("/programma/activiteit/" + secret.id())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theProgrammeShowsNoChildren() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 5, 4, 12);
		programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(1));
		programmeFixtures.enrol(world, activity, programmeFixtures.child(world, "Zichtbaarnooit", 8, true), false);

		assertThat(page("/programma?organisatie=" + world.organisationId())).contains(activity.title())
			.doesNotContain("Zichtbaarnooit");
		assertThat(page("/programma/activiteit/" + activity.id())).doesNotContain("Zichtbaarnooit");
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void theCalendarFeedParsesAndHoldsTheSessionTimesInAmsterdam() throws Exception {
		var world = programmeFixtures.world();
		var neighbourhood = fixtures.neighbourhood(world.organisationId());
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhood.getId())
			.param("l", world.locationId()).update();
		// one session in winter time and one in summer time (or the other way round), both inside the feed's window
		var winter = ActivityFixtures.today().plusDays(3);
		var rules = ZoneId.of("Europe/Amsterdam").getRules();
		var summer = winter.plusDays(1);
		while (rules.getOffset(summer.atTime(15, 0)).equals(rules.getOffset(winter.atTime(15, 0)))) {
			summer = summer.plusDays(1);
		}
		var activity = activity(world, "Buitenspeeldag", 4, 12, Cost.FREE, true);
		var summerSession = programmeFixtures.session(world, activity, summer);
		var winterSession = programmeFixtures.session(world, activity, winter);
		changes.cancelSession(world.coordinator(), winterSession.id(), new Cancellation("Storm"));
		activity(world, "Onzichtbaar", 4, 12, Cost.FREE, false);

		var response = mvc.perform(get("/programma/organisatie/" + world.organisationId() + "/agenda.ics")).andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		var calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
		assertThat(calendar.validate().getEntries()).as("valid RFC 5545").noneMatch(entry ->
				entry.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).extracting(zone -> zone.getTimeZoneId().getValue()).containsExactly("Europe/Amsterdam");
		for (var session : List.of(summerSession, winterSession)) {
			var event = events.stream().filter(it -> it.getUid().orElseThrow().getValue().startsWith(session.id().toString()))
				.findFirst().orElseThrow();
			var start = event.getDateTimeStart();
			assertThat(start.getParameters("TZID").get(0).getValue()).isEqualTo("Europe/Amsterdam");
			Temporal value = start.getDate();
			var expected = ZonedDateTime.of(session.date(), session.startsAt(), ZoneId.of("Europe/Amsterdam"));
			assertThat(ZonedDateTime.from(value).toInstant()).isEqualTo(expected.toInstant());
			assertThat(event.getSummary().getValue()).isEqualTo("Buitenspeeldag");
		}
		var cancelled = events.stream().filter(it -> it.getUid().orElseThrow().getValue().startsWith(winterSession.id().toString()))
			.findFirst().orElseThrow();
		assertThat(cancelled.<net.fortuna.ical4j.model.Property>getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(response.getContentAsString()).doesNotContain("Onzichtbaar");

		var byNeighbourhood = mvc.perform(get("/programma/buurt/" + neighbourhood.getId() + "/agenda.ics")).andReturn()
			.getResponse();
		assertThat(new CalendarBuilder().build(new StringReader(byNeighbourhood.getContentAsString()))
			.getComponents("VEVENT")).hasSize(2);
		assertThat(mvc.perform(get("/programma/buurt/" + java.util.UUID.randomUUID() + "/agenda.ics")).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}
}
