package nl.samenspel.network;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The partners' shared calendar through the running application: an .ics import with recurring events in two time
 * zones across the change of clocks, re-imported without duplicates; a malformed file imports nothing; clashes across
 * two partners shown to both, none for other ages or another neighbourhood; gaps; a partner cannot touch another
 * partner's entry; another organisation sees none of it; the export parses back.
 */
class PartnerCalendarTests extends IntegrationTest {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final DateTimeFormatter ICS_DAY = DateTimeFormatter.BASIC_ISO_DATE;

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	SocialMap map;

	@Autowired
	PartnerCalendar calendar;

	record Partners(ActivityFixtures.World world, UUID neighbourhood, UUID otherNeighbourhood, UUID clubId, CurrentUser club,
			UUID schoolId, CurrentUser school) {
	}

	/** An organisation with two neighbourhoods and two partners on its social map, each with a linked PARTNER user. */
	Partners partners() {
		var world = programmeFixtures.world();
		var number = SEQUENCE.incrementAndGet();
		var neighbourhood = fixtures.neighbourhood(world.organisationId()).getId();
		var other = fixtures.neighbourhood(world.organisationId()).getId();
		var club = partner(world, ServiceKind.SPORTS_CLUB, "Sportclub De Bal " + number, neighbourhood);
		var school = partner(world, ServiceKind.SCHOOL, "Basisschool De Linde " + number, neighbourhood);
		var clubUser = fixtures.user(world.organisationId(), "club", Role.PARTNER);
		var schoolUser = fixtures.user(world.organisationId(), "school", Role.PARTNER);
		map.linkPartner(world.coordinator(), club, clubUser.id());
		map.linkPartner(world.coordinator(), school, schoolUser.id());
		return new Partners(world, neighbourhood, other, club, clubUser, school, schoolUser);
	}

	UUID partner(ActivityFixtures.World world, ServiceKind kind, String name, UUID neighbourhood) {
		return map.add(world.coordinator(), new NetworkOrganisationDetails(kind, name, null, null, null, null, 4, 12,
				Route.DIRECT, List.of(neighbourhood))).id();
	}

	/** The Monday two weeks before the next change of Dutch clocks at least three weeks away. */
	static LocalDate mondayBeforeTheClocksChange() {
		var transition = DutchTime.ZONE.getRules().nextTransition(Instant.now().plus(Duration.ofDays(21)));
		return transition.getDateTimeBefore().toLocalDate().minusDays(13);
	}

	static byte[] calendarFile(LocalDate monday, int newYorkCount, String amsterdamTitle) throws IOException {
		try (var in = PartnerCalendarTests.class.getResourceAsStream("/network/partner-calendar.ics")) {
			var text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@D0@", monday.format(ICS_DAY))
				.replace("@D2@", monday.plusWeeks(2).format(ICS_DAY)).replace("@NY_COUNT@", String.valueOf(newYorkCount))
				.replace("@AMS_TITLE@", amsterdamTitle);
			return text.getBytes(StandardCharsets.UTF_8);
		}
	}

	static byte[] resource(String name) throws IOException {
		try (var in = PartnerCalendarTests.class.getResourceAsStream("/network/" + name)) {
			return in.readAllBytes();
		}
	}

	String upload(CurrentUser user, byte[] file, UUID neighbourhood, int minAge, int maxAge) throws Exception {
		var response = mvc.perform(multipart("/network/calendar/import")
			.file(new MockMultipartFile("file", "agenda.ics", "text/calendar", file))
			.param("neighbourhoodId", neighbourhood.toString()).param("minAge", String.valueOf(minAge))
			.param("maxAge", String.valueOf(maxAge)).with(as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	List<Instant> starts(UUID partner, String title) {
		return jdbc.sql("select starts_at from calendar_entry where network_organisation_id = :p and title = :t order by starts_at")
			.param("p", partner).param("t", title).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
	}

	int count(UUID partner) {
		return jdbc.sql("select count(*) from calendar_entry where network_organisation_id = :p").param("p", partner)
			.query(Integer.class).single();
	}

	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, DutchTime.ZONE);
	}

	@Test
	void anImportExpandsRecurringEventsInTheirZonesAndAReimportAddsNoDuplicates() throws Exception {
		var partners = partners();
		var monday = mondayBeforeTheClocksChange();

		var report = upload(partners.club(), calendarFile(monday, 5, "Voetbaltraining"), partners.neighbourhood(), 6, 9);

		assertThat(report).contains("9 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd.");
		// 10:00 in New York each week (the EXDATE of the third week left out), in Dutch time by the zones' own rules
		var newYork = ZoneId.of("America/New_York");
		assertThat(starts(partners.clubId(), "Schaakclub online")).containsExactly(
				monday.atTime(10, 0).atZone(newYork).toInstant(), monday.plusWeeks(1).atTime(10, 0).atZone(newYork).toInstant(),
				monday.plusWeeks(3).atTime(10, 0).atZone(newYork).toInstant(), monday.plusWeeks(4).atTime(10, 0).atZone(newYork).toInstant());
		// 15:30 in Amsterdam stays 15:30 across the change of clocks, so the instant moves by an hour
		var training = starts(partners.clubId(), "Voetbaltraining");
		assertThat(training).hasSize(5).allSatisfy(start -> assertThat(local(start).toLocalTime()).isEqualTo(LocalTime.of(15, 30)));
		assertThat(Duration.between(training.get(1), training.get(2))).isNotEqualTo(Duration.ofDays(7));
		assertThat(jdbc.sql("select min_age, max_age, neighbourhood_id from calendar_entry where network_organisation_id = :p")
			.param("p", partners.clubId()).query((rs, n) -> rs.getInt(1) + "-" + rs.getInt(2) + "@" + rs.getObject(3)).list())
			.containsOnly("6-9@" + partners.neighbourhood());

		// the same file again: nothing new
		assertThat(upload(partners.club(), calendarFile(monday, 5, "Voetbaltraining"), partners.neighbourhood(), 6, 9))
			.contains("0 nieuw, 0 gewijzigd, 0 verwijderd, 9 ongewijzigd.");
		assertThat(count(partners.clubId())).isEqualTo(9);

		// an updated file: the training renamed, the chess club one week shorter
		assertThat(upload(partners.club(), calendarFile(monday, 4, "Voetbal"), partners.neighbourhood(), 6, 9))
			.contains("0 nieuw, 5 gewijzigd, 1 verwijderd, 3 ongewijzigd.");
		assertThat(count(partners.clubId())).isEqualTo(8);
		assertThat(starts(partners.clubId(), "Voetbal")).isEqualTo(training);
		assertThat(starts(partners.clubId(), "Voetbaltraining")).isEmpty();
		assertThat(starts(partners.clubId(), "Schaakclub online")).hasSize(3);
		// the other partner's calendar is untouched by the club's imports
		assertThat(count(partners.schoolId())).isZero();
	}

	@Test
	void aMalformedFileIsReportedWithItsLineAndNothingIsImported() throws Exception {
		var partners = partners();

		var broken = upload(partners.club(), resource("malformed.ics"), partners.neighbourhood(), 4, 12);
		assertThat(broken).contains("Er is niets geïmporteerd").contains("Regel 14:").contains("geen geldig agendabestand");
		var problems = upload(partners.club(), resource("problems.ics"), partners.neighbourhood(), 4, 12);
		assertThat(problems).contains("Regel 11:").contains("De afspraak heeft geen UID.").contains("Regel 17:")
			.contains("Regel 23:").contains("eindigt voordat ze begint");
		assertThat(count(partners.clubId())).isZero();

		// no file, or ages the wrong way round: a message next to the field, nothing imported
		var noFile = mvc.perform(multipart("/network/calendar/import").param("neighbourhoodId", partners.neighbourhood().toString())
			.param("minAge", "4").param("maxAge", "12").with(as(partners.club())).with(csrf())).andReturn().getResponse();
		assertThat(noFile.getContentAsString()).contains("id=\"file-error\"").contains("Kies een .ics-bestand.");
		var inverted = upload(partners.club(), calendarFile(mondayBeforeTheClocksChange(), 5, "Voetbal"), partners.neighbourhood(), 9, 6);
		assertThat(inverted).contains("id=\"maxAge-error\"");
		assertThat(count(partners.clubId())).isZero();
	}

	String entryJson(UUID neighbourhood, LocalDate day, String from, String to, int minAge, int maxAge, String title) {
		return "{\"neighbourhoodId\":\"" + neighbourhood + "\",\"title\":\"" + title + "\",\"date\":\"" + day
				+ "\",\"startTime\":\"" + from + "\",\"endTime\":\"" + to + "\",\"minAge\":" + minAge + ",\"maxAge\":" + maxAge + "}";
	}

	UUID create(CurrentUser user, String json) throws Exception {
		var response = mvc.perform(post("/api/v1/calendar").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return UUID.fromString(response.getContentAsString().replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
	}

	String page(CurrentUser user, UUID neighbourhood, LocalDate week) throws Exception {
		var response = mvc.perform(get("/network/calendar").param("neighbourhood", neighbourhood.toString())
			.param("week", week.toString()).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void clashesAcrossTwoPartnersAreShownToBothAndNoneForOtherAgesOrNeighbourhoods() throws Exception {
		var partners = partners();
		var day = DutchTime.today().plusDays(3);
		var monday = PartnerCalendar.monday(day);
		create(partners.club(), entryJson(partners.neighbourhood(), day, "15:00", "16:30", 6, 9, "Voetbaltraining"));
		create(partners.school(), entryJson(partners.neighbourhood(), day, "16:00", "17:00", 8, 10, "Huiswerkklas"));
		// no clash: other ages at the same time, the same ages in another neighbourhood, the club's own overlap
		create(partners.school(), entryJson(partners.neighbourhood(), day, "15:00", "16:30", 10, 12, "Schaken voor ouderen"));
		create(partners.school(), entryJson(partners.otherNeighbourhood(), day, "15:00", "16:30", 6, 9, "Voetbal elders"));
		create(partners.club(), entryJson(partners.neighbourhood(), day, "15:30", "16:30", 6, 9, "Keepers"));

		var clashes = calendar.clashes(partners.world().coordinator(), partners.neighbourhood(), day, day);
		assertThat(clashes).extracting(clash -> clash.first().title() + " x " + clash.second().title())
			.containsExactlyInAnyOrder("Voetbaltraining x Huiswerkklas", "Keepers x Huiswerkklas");
		assertThat(calendar.clashes(partners.world().coordinator(), partners.otherNeighbourhood(), day, day)).isEmpty();

		var schoolName = map.service(partners.world().organisationId(), partners.schoolId()).name();
		var clubName = map.service(partners.world().organisationId(), partners.clubId()).name();
		var clubPage = page(partners.club(), partners.neighbourhood(), monday);
		assertThat(clubPage).contains("Botst met " + schoolName + ": Huiswerkklas, 16:00–17:00")
			.contains("Je activiteiten botsen 2 keer met die van een ander");
		var schoolPage = page(partners.school(), partners.neighbourhood(), monday);
		assertThat(schoolPage).contains("Botst met " + clubName + ": Voetbaltraining, 15:00–16:30")
			.contains("Botst met " + clubName + ": Keepers, 15:30–16:30");
		assertThat(schoolPage).doesNotContain("Botst met " + clubName + ": Voetbal elders");

		// the partners' homes count them
		assertThat(mvc.perform(get("/").with(as(partners.club()))).andReturn().getResponse().getContentAsString())
			.contains("Botsingen in de buurtagenda").contains("2 botsingen met activiteiten van anderen");
		assertThat(calendar.clashCount(partners.school(), 28)).isEqualTo(2);

		// the API lists them too
		var api = mvc.perform(get("/api/v1/calendar/clashes").param("neighbourhoodId", partners.neighbourhood().toString())
			.param("from", day.toString()).param("to", day.toString()).with(as(partners.school()))).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString()).contains(clubName).contains(schoolName);
	}

	@Test
	void gapsAreTheDaysAndAgeBandsWithNothingOnOffer() throws Exception {
		var partners = partners();
		var monday = PartnerCalendar.monday(DutchTime.today()).plusWeeks(1);
		create(partners.club(), entryJson(partners.neighbourhood(), monday.plusDays(2), "15:00", "16:00", 4, 6, "Kleuterdans"));
		create(partners.world().worker(), entryJson(partners.neighbourhood(), monday.plusDays(2), "10:00", "12:00", 9, 12, "Eigen kinderclub"));

		var week = calendar.week(partners.club(), partners.neighbourhood(), monday);

		assertThat(week.offer()).hasSize(PartnerCalendar.GAP_DAYS);
		assertThat(week.offer().get(2).offered()).containsExactly(1, 1, 1);
		assertThat(week.offer().get(1).offered()).containsExactly(0, 0, 0);
		// the organisation's own activity counts for the offer and clashes with no partner at another time
		assertThat(week.clashes()).isEmpty();
		var html = page(partners.club(), partners.neighbourhood(), monday);
		assertThat(html).contains("<caption id=\"gaps-caption\">").contains("<td class=\"gap\">Niets</td>")
			.contains("<th scope=\"col\">4–6 jaar</th>");
	}

	@Test
	void aPartnerCannotChangeOrRemoveAnotherPartnersEntry() throws Exception {
		var partners = partners();
		var day = DutchTime.today().plusDays(5);
		var entry = create(partners.club(), entryJson(partners.neighbourhood(), day, "15:00", "16:00", 6, 9, "Voetbaltraining"));

		assertThat(mvc.perform(get("/network/calendar/" + entry).with(as(partners.school()))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post("/network/calendar/" + entry).param("neighbourhoodId", partners.neighbourhood().toString())
			.param("title", "Overgenomen").param("date", day.toString()).param("startTime", "15:00").param("endTime", "16:00")
			.param("minAge", "6").param("maxAge", "9").with(as(partners.school())).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		var put = mvc.perform(put("/api/v1/calendar/" + entry).contentType(MediaType.APPLICATION_JSON)
			.content(entryJson(partners.neighbourhood(), day, "15:00", "16:00", 6, 9, "Overgenomen")).with(as(partners.school()))
			.with(csrf())).andReturn().getResponse();
		assertThat(put.getStatus()).isEqualTo(404);
		assertThat(put.getContentType()).startsWith("application/problem+json");
		assertThat(mvc.perform(post("/network/calendar/" + entry + "/delete").with(as(partners.school())).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(delete("/api/v1/calendar/" + entry).with(as(partners.school())).with(csrf())).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(starts(partners.clubId(), "Voetbaltraining")).hasSize(1);
		assertThat(starts(partners.clubId(), "Overgenomen")).isEmpty();

		// the club itself may; staff may on its behalf
		assertThat(mvc.perform(post("/network/calendar/" + entry).param("neighbourhoodId", partners.neighbourhood().toString())
			.param("title", "Voetbal").param("date", day.toString()).param("startTime", "15:00").param("endTime", "16:30")
			.param("minAge", "6").param("maxAge", "9").with(as(partners.club())).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(starts(partners.clubId(), "Voetbal")).hasSize(1);
		assertThat(mvc.perform(delete("/api/v1/calendar/" + entry).with(as(partners.world().worker())).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(204);
		assertThat(count(partners.clubId())).isZero();
	}

	@Test
	void aWeeklySeriesKeepsItsDutchTimesAndGoesFromAnEntryOnWithIt() throws Exception {
		var partners = partners();
		var monday = mondayBeforeTheClocksChange();
		var json = entryJson(partners.neighbourhood(), monday, "15:00", "16:00", 6, 9, "Judo").replace("}",
				",\"repeatUntil\":\"" + monday.plusWeeks(3) + "\"}");
		create(partners.club(), json);
		var judo = starts(partners.clubId(), "Judo");
		assertThat(judo).hasSize(4).allSatisfy(start -> assertThat(local(start).toLocalTime()).isEqualTo(LocalTime.of(15, 0)));
		var second = jdbc.sql("select id from calendar_entry where network_organisation_id = :p and starts_at = :s")
			.param("p", partners.clubId()).param("s", java.sql.Timestamp.from(judo.get(1))).query(UUID.class).single();

		assertThat(mvc.perform(post("/network/calendar/" + second + "/delete").param("series", "true")
			.with(as(partners.club())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);

		assertThat(starts(partners.clubId(), "Judo")).containsExactly(judo.get(0));
	}

	@Test
	void badInputIsAMessageNextToTheFieldAndNothingIsSaved() throws Exception {
		var partners = partners();
		var day = DutchTime.today().plusDays(5);
		var page = mvc.perform(post("/network/calendar").param("neighbourhoodId", partners.neighbourhood().toString())
			.param("title", "Te vroeg klaar").param("date", day.toString()).param("startTime", "16:00").param("endTime", "15:00")
			.param("minAge", "6").param("maxAge", "9").with(as(partners.club())).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"endTime-error\"").contains("De eindtijd moet na de begintijd liggen.");
		var api = mvc.perform(post("/api/v1/calendar").contentType(MediaType.APPLICATION_JSON)
			.content(entryJson(partners.neighbourhood(), day, "15:00", "16:00", 3, 14, "Te jong")).with(as(partners.club()))
			.with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("minAge").contains("maxAge");
		var elsewhere = mvc.perform(post("/api/v1/calendar").contentType(MediaType.APPLICATION_JSON)
			.content(entryJson(fixtures.neighbourhood(fixtures.organisation()).getId(), day, "15:00", "16:00", 6, 9, "Elders"))
			.with(as(partners.club())).with(csrf())).andReturn().getResponse();
		assertThat(elsewhere.getStatus()).isEqualTo(400);
		assertThat(elsewhere.getContentAsString()).contains("neighbourhoodId");
		assertThat(count(partners.clubId())).isZero();
	}

	@Test
	void anotherOrganisationSeesNoneOfIt() throws Exception {
		var partners = partners();
		var day = DutchTime.today().plusDays(5);
		var entry = create(partners.club(), entryJson(partners.neighbourhood(), day, "15:00", "16:00", 6, 9, "Voetbaltraining"));
		var stranger = programmeFixtures.world().coordinator();

		assertThat(mvc.perform(get("/network/calendar/" + entry).with(as(stranger))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/network/calendar").param("neighbourhood", partners.neighbourhood().toString())
			.with(as(stranger))).andReturn().getResponse().getContentAsString()).doesNotContain("Voetbaltraining");
		assertThat(mvc.perform(get("/network/calendar/" + partners.neighbourhood() + ".ics").with(as(stranger))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/calendar").param("neighbourhoodId", partners.neighbourhood().toString())
			.param("from", day.toString()).param("to", day.toString()).with(as(stranger))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(delete("/api/v1/calendar/" + entry).with(as(stranger)).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(count(partners.clubId())).isEqualTo(1);
	}

	@Test
	void theExportParsesBackWithStableUidsAndTheDutchZone() throws Exception {
		var partners = partners();
		var day = DutchTime.today().plusDays(5);
		var entry = create(partners.club(), entryJson(partners.neighbourhood(), day, "15:00", "16:30", 6, 9, "Voetbaltraining"));

		var response = mvc.perform(get("/network/calendar/" + partners.neighbourhood() + ".ics").with(as(partners.school())))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		var text = response.getContentAsString();
		var parsed = new CalendarBuilder().build(new StringReader(text));
		List<VEvent> events = parsed.getComponents(Component.VEVENT);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(entry + "@samenspel-buurtagenda");
			assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Voetbaltraining");
			assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(day.format(ICS_DAY) + "T150000");
			assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
				.isEqualTo("Europe/Amsterdam");
		});
		assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(1);
		// the same UID the next time
		assertThat(mvc.perform(get("/network/calendar/" + partners.neighbourhood() + ".ics").with(as(partners.club())))
			.andReturn().getResponse().getContentAsString()).contains("UID:" + entry + "@samenspel-buurtagenda");
		// nobody's name: not the partner user's who entered it
		assertThat(text).doesNotContain(jdbc.sql("select display_name from app_user where id = :id")
			.param("id", partners.club().id()).query(String.class).single());
	}
}
