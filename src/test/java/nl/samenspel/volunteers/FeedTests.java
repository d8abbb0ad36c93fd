package nl.samenspel.volunteers;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class FeedTests extends IntegrationTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	ActivityFixtures programme;

	@Autowired
	VolunteerFeeds feeds;

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	Clock clock;

	ShiftFixtures shifts;

	@BeforeEach
	void setUp() {
		shifts = new ShiftFixtures(volunteers, jdbc, clock);
	}

	/** Two days of the feed's window with a different offset at 15:00: one in winter time, one in summer time. */
	private static List<LocalDate> acrossAClockChange() {
		var rules = AMSTERDAM.getRules();
		var today = ActivityFixtures.today();
		var first = today.plusDays(3);
		var last = today.plusMonths(VolunteerFeeds.MONTHS_AHEAD).minusDays(1);
		for (var other = first.plusDays(1); !other.isAfter(last); other = other.plusDays(1)) {
			if (!rules.getOffset(other.atTime(15, 0)).equals(rules.getOffset(first.atTime(15, 0)))) {
				return List.of(first, other);
			}
		}
		for (var other = first.minusDays(1); !other.isBefore(today.minusDays(VolunteerFeeds.DAYS_BACK - 1)); other = other
			.minusDays(1)) {
			if (!rules.getOffset(other.atTime(15, 0)).equals(rules.getOffset(first.atTime(15, 0)))) {
				return List.of(other, first);
			}
		}
		throw new IllegalStateException("no clock change in the feed's window");
	}

	private Calendar calendar(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	@Test
	void theFeedHoldsExactlyTheConfirmedShiftsInAmsterdamTimeAcrossAClockChange() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		var activity = programme.activity(world, Mode.DROP_IN, null, 4, 12);
		var days = acrossAClockChange();
		var winterOrSummer = programme.session(world, activity, days.get(0));
		var otherOffset = programme.session(world, activity, days.get(1));
		var requested = programme.session(world, activity, days.get(0).plusDays(1));
		var cancelled = programme.session(world, activity, days.get(0).plusDays(2));
		var tooFar = programme.session(world, activity, ActivityFixtures.today().plusMonths(7));
		var first = shifts.assignment(volunteer, winterOrSummer.id(), AssignmentStatus.CONFIRMED);
		var second = shifts.assignment(volunteer, otherOffset.id(), AssignmentStatus.CONFIRMED);
		shifts.assignment(volunteer, requested.id(), AssignmentStatus.REQUESTED);
		shifts.assignment(volunteer, cancelled.id(), AssignmentStatus.CANCELLED);
		shifts.assignment(volunteer, tooFar.id(), AssignmentStatus.CONFIRMED);
		var colleague = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		shifts.assignment(shifts.cleared(colleague), requested.id(), AssignmentStatus.CONFIRMED);

		var page = mvc.perform(post("/volunteers/my-shifts/feed").with(as(world.volunteer())).with(csrf())).andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		var shown = page.getContentAsString();
		assertThat(shown).contains("data-copy=\"feed-url\"");
		var token = shown.replaceAll("(?s).*/feeds/volunteer/([A-Za-z0-9_-]+)\\.ics.*", "$1");
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(mvc.perform(get("/volunteers/my-shifts").with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString()).as("shown once").doesNotContain(token);
		assertThat(jdbc.sql("select count(*) from volunteer_feed where token_hash = :t").param("t", token)
			.query(Integer.class).single()).as("only the hash is kept").isZero();

		var response = mvc.perform(get("/feeds/volunteer/" + token + ".ics")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		var calendar = calendar(response.getContentAsString());
		assertThat(calendar.validate().getEntries()).noneMatch(entry ->
				entry.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).extracting(zone -> zone.getTimeZoneId().getValue()).containsExactly("Europe/Amsterdam");
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
			.containsExactlyInAnyOrder(first + "@samenspel", second + "@samenspel");
		var offsets = new java.util.HashSet<java.time.ZoneOffset>();
		for (var session : List.of(winterOrSummer, otherOffset)) {
			var uid = (session == winterOrSummer ? first : second) + "@samenspel";
			var event = events.stream().filter(it -> it.getUid().orElseThrow().getValue().equals(uid)).findFirst()
				.orElseThrow();
			var start = event.getDateTimeStart();
			assertThat(start.getParameters("TZID").get(0).getValue()).isEqualTo("Europe/Amsterdam");
			Temporal value = start.getDate();
			var expected = ZonedDateTime.of(session.date(), session.startsAt(), AMSTERDAM);
			assertThat(ZonedDateTime.from(value).toInstant()).isEqualTo(expected.toInstant());
			assertThat(ZonedDateTime.from(value).withZoneSameInstant(AMSTERDAM).toLocalTime())
				.isEqualTo(java.time.LocalTime.of(15, 0));
			Temporal end = event.getDateTimeEnd().getDate();
			assertThat(ZonedDateTime.from(end).toInstant())
				.isEqualTo(ZonedDateTime.of(session.date(), session.endsAt(), AMSTERDAM).toInstant());
			assertThat(event.getSummary().getValue()).isEqualTo(activity.title());
			assertThat(event.getLocation().getValue()).startsWith("Locatie ");
			offsets.add(expected.getOffset());
		}
		assertThat(offsets).as("one event in winter time, one in summer time").hasSize(2);
		assertThat(response.getContentAsString()).doesNotContain("Test").doesNotContain("vrijw");
	}

	@Test
	void aNewLinkRevokesTheOldOneAndAnUnknownTokenIsNotFound() throws Exception {
		var world = programme.world();
		shifts.cleared(world.volunteer());
		var old = feeds.renew(world.volunteer());
		assertThat(mvc.perform(get("/feeds/volunteer/" + old + ".ics")).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		var current = feeds.renew(world.volunteer());

		assertThat(mvc.perform(get("/feeds/volunteer/" + old + ".ics")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/feeds/volunteer/" + current + ".ics")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/feeds/volunteer/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aVolunteerWhoIsNotClearedTodayGetsAnEmptyCalendar() throws Exception {
		var world = programme.world();
		var today = ActivityFixtures.today();
		// the VOG's renewal was due yesterday
		var lapsed = shifts.record(world.volunteer(), today.minusYears(3).minusDays(1), today.minusDays(1),
				today.minusYears(3));
		var session = programme.session(world, programme.activity(world, Mode.DROP_IN, null, 4, 12), today.plusDays(3));
		shifts.assignment(lapsed, session.id(), AssignmentStatus.CONFIRMED);
		var token = feeds.renew(world.volunteer());

		var response = mvc.perform(get("/feeds/volunteer/" + token + ".ics")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(calendar(response.getContentAsString()).getComponents("VEVENT")).isEmpty();
	}
}
