package nl.samenspel.volunteers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A volunteer's hours: the sessions that count (confirmed, not absent, the session took place, in the year), the
 * entries typed by hand that count once approved, every bad entry refused with nothing saved, the yearly statement
 * as a PDF with the totals worked out by hand here, and who may read whose hours.
 */
class VolunteerHoursTests extends IntegrationTest {

	@Autowired
	ActivityFixtures activities;

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	HourEntries entries;

	@Autowired
	VolunteerHours hours;

	ActivityFixtures.World world;

	Volunteer volunteer;

	/** Last year: every day of it has passed, and hours may still be logged for it. */
	int year;

	@BeforeEach
	void world() {
		world = activities.world();
		volunteer = volunteerFor(world.volunteer(), "Vera");
		year = ActivityFixtures.today().getYear() - 1;
	}

	@Test
	void sessionsCountOnlyWhenConfirmedAttendedAndHeldInTheYear() {
		var activity = activities.activity(world, Mode.DROP_IN, null, 4, 12);
		var other = volunteerFor(fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER), "Olga");
		var counted = session(activity, day(2, 12), 90, true, "PLANNED");
		assign(volunteer, counted, "CONFIRMED", false);
		assign(other, counted, "CONFIRMED", false);
		assign(volunteer, session(activity, day(3, 20), 120, true, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(12, 31), 60, true, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(3, 21), 45, true, "PLANNED"), "CONFIRMED", true);
		assign(volunteer, session(activity, day(3, 22), 45, true, "PLANNED"), "REQUESTED", false);
		assign(volunteer, session(activity, day(3, 23), 45, true, "PLANNED"), "CANCELLED", false);
		assign(volunteer, session(activity, day(3, 24), 45, false, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(3, 25), 45, true, "CANCELLED"), "CONFIRMED", false);
		assign(volunteer, session(activity, LocalDate.of(year - 1, 12, 31), 45, true, "PLANNED"), "CONFIRMED", false);
		assign(other, session(activity, day(3, 26), 45, true, "PLANNED"), "CONFIRMED", false);

		var mine = hours.mine(world.volunteer(), year);

		assertThat(mine.sessions()).extracting(SessionHours::date).containsExactly(day(2, 12), day(3, 20), day(12, 31));
		assertThat(mine.sessions()).extracting(SessionHours::activityTitle).containsOnly(activity.title());
		assertThat(mine.sessionMinutes()).isEqualTo(90 + 120 + 60);
		assertThat(mine.months().get(1).sessionMinutes()).isEqualTo(90);
		assertThat(mine.months().get(2).sessionMinutes()).isEqualTo(120);
		assertThat(mine.months().get(11).sessionMinutes()).isEqualTo(60);
		assertThat(hours.mine(world.volunteer(), year - 1).sessionMinutes()).isEqualTo(45);
		assertThat(hours.of(world.coordinator(), other.id(), year).sessionMinutes()).isEqualTo(90 + 45);
	}

	@Test
	void enteredHoursCountOnlyOnceApproved() {
		var submitted = entries.submit(world.volunteer(), details(day(4, 6), 0, 45, HourKind.PREPARATION, "Spullen klaarzetten"));
		var rejected = entries.submit(world.volunteer(), details(day(4, 7), 0, 30, HourKind.OTHER, "Opruimen"));
		var entered = entries.enter(world.coordinator(), volunteer.id(),
				details(day(4, 5), 2, 30, HourKind.TRAINING, "Cursus EHBO bij kinderen"));

		assertThat(submitted.status()).isEqualTo(HourStatus.SUBMITTED);
		assertThat(entered.status()).isEqualTo(HourStatus.APPROVED);
		assertThat(entered.decidedBy()).isEqualTo(world.coordinator().id());
		var before = hours.mine(world.volunteer(), year);
		assertThat(before.otherMinutes()).isEqualTo(150);
		assertThat(before.entries()).hasSize(3);
		assertThat(before.waiting()).isEqualTo(2);

		entries.approve(world.coordinator(), submitted.id());
		entries.reject(world.coordinator(), rejected.id(), "Dit hoort bij de sessie zelf.");

		var after = hours.mine(world.volunteer(), year);
		assertThat(after.minutes(HourKind.TRAINING)).isEqualTo(150);
		assertThat(after.minutes(HourKind.PREPARATION)).isEqualTo(45);
		assertThat(after.minutes(HourKind.OTHER)).isZero();
		assertThat(after.months().get(3).otherMinutes()).isEqualTo(195);
		assertThat(after.totalMinutes()).isEqualTo(195);
		assertThat(after.approved()).extracting(HourEntry::description)
			.containsExactly("Cursus EHBO bij kinderen", "Spullen klaarzetten");
		assertThat(after.entries()).filteredOn(entry -> entry.id().equals(rejected.id())).singleElement()
			.satisfies(entry -> assertThat(entry.rejectReason()).isEqualTo("Dit hoort bij de sessie zelf."));
	}

	@Test
	void everyBadEntryIsRefusedAndNothingIsSaved() throws Exception {
		var activity = activities.activity(world, Mode.DROP_IN, null, 4, 12);
		assign(volunteer, session(activity, day(5, 1), 120, true, "PLANNED"), "CONFIRMED", false);
		entries.submit(world.volunteer(), details(day(5, 2), 20, 0, HourKind.PREPARATION, "Lange voorbereiding"));
		var count = count();
		var tomorrow = ActivityFixtures.today().plusDays(1);

		refused(details(tomorrow, 1, 0, HourKind.TRAINING, "Cursus"), "workedOn", "volunteers.hours.error.future");
		refused(details(LocalDate.of(year - 1, 6, 1), 1, 0, HourKind.TRAINING, "Cursus"), "workedOn",
				"volunteers.hours.error.tooOld");
		refused(details(day(5, 3), 0, 0, HourKind.TRAINING, "Cursus"), "hours", "volunteers.hours.error.zero");
		refused(details(day(5, 3), -1, 0, HourKind.TRAINING, "Cursus"), "hours", "volunteers.hours.error.negative");
		refused(details(day(5, 3), 24, 30, HourKind.TRAINING, "Cursus"), "hours", "volunteers.hours.error.day");
		// the day already holds a session of two hours, and 20 hours logged
		refused(details(day(5, 1), 22, 30, HourKind.TRAINING, "Cursus"), "hours", "volunteers.hours.error.day");
		refused(details(day(5, 2), 4, 30, HourKind.TRAINING, "Cursus"), "hours", "volunteers.hours.error.day");
		refused(details(day(5, 3), 1, 0, HourKind.TRAINING, "x".repeat(201)), "description",
				"volunteers.hours.error.description");
		refused(details(day(5, 3), 1, 0, HourKind.TRAINING, "<b>Cursus</b>"), "description", "validation.plainText");
		refused(details(day(5, 3), 1, 0, null, "Cursus"), "kind", "NotNull");
		assertThat(count()).isEqualTo(count);

		// through the page: the message next to its field, and nothing saved
		for (var form : new String[][] { { "workedOn", tomorrow.toString(), "Kies een dag die al geweest is." },
				{ "hours", "-1", "Dit moet minstens 0 zijn." }, { "hours", "0", "Vul het aantal uren of minuten in." },
				{ "description", "x".repeat(201), "Gebruik hoogstens 200 tekens." } }) {
			var fields = new java.util.LinkedHashMap<String, String>(java.util.Map.of("workedOn", day(5, 3).toString(),
					"hours", "1", "minutes", "0", "kind", "TRAINING", "description", "Cursus"));
			fields.put(form[0], form[1]);
			var request = post("/volunteers/my-hours").with(as(world.volunteer())).with(csrf());
			fields.forEach(request::param);
			var page = mvc.perform(request).andReturn().getResponse();
			assertThat(page.getStatus()).as(form[0]).isEqualTo(200);
			assertThat(page.getContentAsString()).contains("id=\"" + form[0] + "-error\"").contains(form[2]);
		}
		var page = mvc.perform(post("/volunteers/my-hours").with(as(world.volunteer())).with(csrf())
			.param("workedOn", day(5, 3).toString()).param("hours", "24").param("minutes", "30").param("kind", "TRAINING")
			.param("description", "Cursus")).andReturn().getResponse();
		assertThat(page.getContentAsString()).contains("Dit is meer dan 24 uur op die dag");
		assertThat(count()).isEqualTo(count);

		var good = mvc.perform(post("/volunteers/my-hours").with(as(world.volunteer())).with(csrf())
			.param("workedOn", day(5, 3).toString()).param("hours", "1").param("minutes", "15").param("kind", "TRAINING")
			.param("description", "Cursus")).andReturn().getResponse();
		assertThat(good.getStatus()).isEqualTo(302);
		assertThat(count()).isEqualTo(count + 1);
	}

	@Test
	void aVolunteerCannotChangeApprovedHoursNorAnotherVolunteersAndTheCoordinatorNeedsAReason() throws Exception {
		var approved = entries.enter(world.coordinator(), volunteer.id(), details(day(6, 1), 2, 0, HourKind.TRAINING, "Cursus"));
		var waiting = entries.submit(world.volunteer(), details(day(6, 2), 1, 0, HourKind.OTHER, "Schuur opgeruimd"));
		var otherUser = fixtures.user(world.organisationId(), "vrijw", Role.VOLUNTEER);
		var other = volunteerFor(otherUser, "Olga");
		var theirs = entries.submit(otherUser, details(day(6, 3), 1, 0, HourKind.OTHER, "Van een ander"));

		assertThatThrownBy(() -> entries.correct(world.volunteer(), approved.id(),
				details(day(6, 1), 9, 0, HourKind.TRAINING, "Cursus"))).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("volunteers.hours.error.approved");
		assertThatThrownBy(() -> entries.withdraw(world.volunteer(), approved.id())).isInstanceOf(FieldRejected.class);
		var page = mvc.perform(post("/volunteers/my-hours/entries/" + approved.id()).with(as(world.volunteer())).with(csrf())
			.param("workedOn", day(6, 1).toString()).param("hours", "9").param("minutes", "0").param("kind", "TRAINING")
			.param("description", "Cursus")).andReturn().getResponse();
		assertThat(page.getContentAsString()).contains("al goedgekeurd");
		assertThat(minutesOf(approved.id())).isEqualTo(120);

		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
				get("/volunteers/my-hours/entries/" + theirs.id()).with(as(world.volunteer())),
				post("/volunteers/my-hours/entries/" + theirs.id()).with(as(world.volunteer())).with(csrf())
					.param("workedOn", day(6, 3).toString()).param("hours", "5").param("kind", "OTHER").param("description", "x"),
				post("/volunteers/my-hours/entries/" + theirs.id() + "/delete").with(as(world.volunteer())).with(csrf()) }) {
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(404);
		}
		assertThat(minutesOf(theirs.id())).isEqualTo(60);
		assertThat(mvc.perform(get("/volunteers/" + other.id() + "/hours").with(as(world.volunteer()))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		// a correction of an entry still waiting is submitted again; the coordinator's rejection needs a reason
		entries.correct(world.volunteer(), waiting.id(), details(day(6, 2), 1, 30, HourKind.OTHER, "Schuur opgeruimd"));
		assertThat(minutesOf(waiting.id())).isEqualTo(90);
		var rejection = mvc.perform(post("/volunteers/hours/entries/" + waiting.id() + "/reject").with(as(world.coordinator()))
			.with(csrf()).param("reason", " ")).andReturn().getResponse();
		assertThat(rejection.getStatus()).isEqualTo(200);
		assertThat(rejection.getContentAsString()).contains("Schrijf op waarom je de uren afwijst.");
		assertThat(status(waiting.id())).isEqualTo("SUBMITTED");
		assertThatThrownBy(() -> entries.approve(world.coordinator(), approved.id())).isInstanceOf(FieldRejected.class);

		assertThat(mvc.perform(post("/volunteers/hours/entries/" + waiting.id() + "/approve").with(as(world.coordinator()))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(status(waiting.id())).isEqualTo("APPROVED");
		assertThatThrownBy(() -> entries.withdraw(world.volunteer(), waiting.id())).isInstanceOf(FieldRejected.class);
	}

	@Test
	void theYearlyStatementShowsTheTotalsAndItsDownloadIsAudited() throws Exception {
		var activity = activities.activity(world, Mode.DROP_IN, null, 4, 12);
		assign(volunteer, session(activity, day(1, 15), 90, true, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(1, 22), 120, true, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(9, 3), 60, true, "PLANNED"), "CONFIRMED", false);
		assign(volunteer, session(activity, day(9, 4), 60, true, "PLANNED"), "CONFIRMED", true);
		entries.enter(world.coordinator(), volunteer.id(), details(day(1, 10), 2, 30, HourKind.TRAINING, "Cursus EHBO"));
		var preparation = entries.submit(world.volunteer(), details(day(9, 2), 0, 45, HourKind.PREPARATION, "Knutselwerk"));
		entries.approve(world.coordinator(), preparation.id());
		entries.submit(world.volunteer(), details(day(9, 5), 3, 0, HourKind.OTHER, "Nog niet goedgekeurd"));
		// by hand: January 90 + 120 = 3 u 30 min at sessions and 2 u 30 min training, 6 u; September 1 u at a session
		// and 45 min preparation, 1 u 45 min; the year 4 u 30 min + 3 u 15 min = 7 u 45 min

		var response = mvc.perform(get("/volunteers/my-hours/" + year + ".pdf").with(as(world.volunteer()))).andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("urenverklaring-" + year + "-vera-")
			.endsWith(".pdf\"");
		var text = text(response.getContentAsByteArray());
		assertThat(text).contains("Urenverklaring vrijwilligerswerk " + year).contains(volunteer.name())
			.contains(jdbc.sql("select name from organisation where id = :id").param("id", world.organisationId())
				.query(String.class).single())
			.contains("januari 3 u 30 min 2 u 30 min 6 u")
			.contains("september 1 u 45 min 1 u 45 min")
			.contains("Totaal 4 u 30 min 3 u 15 min 7 u 45 min")
			.contains("Cursus EHBO").contains("Knutselwerk").doesNotContain("Nog niet goedgekeurd")
			.contains("Handtekening").contains("Plaats");
		assertThat(exports(volunteer.id())).isEqualTo(1);

		var coordinators = mvc.perform(get("/volunteers/" + volunteer.id() + "/hours/" + year + ".pdf")
			.with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(text(coordinators.getContentAsByteArray())).contains("Totaal 4 u 30 min 3 u 15 min 7 u 45 min");
		assertThat(exports(volunteer.id())).isEqualTo(2);

		var api = mvc.perform(get("/api/v1/volunteers/" + volunteer.id() + "/hours?year=" + year)
			.with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString()).contains("\"sessionMinutes\":270").contains("\"trainingMinutes\":150")
			.contains("\"preparationMinutes\":45").contains("\"otherMinutes\":0").contains("\"totalMinutes\":465")
			.contains("\"sessions\":3").contains("\"waiting\":1");

		var pageText = mvc.perform(get("/volunteers/my-hours?year=" + year).with(as(world.volunteer()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(pageText).contains("id=\"hours-total\">7 u 45 min<").contains("Nog niet goedgekeurd")
			.contains("Wacht op goedkeuring");
	}

	@Test
	void hoursOfAnotherOrganisationOrWithoutARecordAreNotFound() throws Exception {
		var elsewhere = activities.world();
		var theirs = entries.submit(world.volunteer(), details(day(7, 1), 1, 0, HourKind.OTHER, "Vergadering"));
		var stranger = elsewhere.coordinator();

		for (var path : new String[] { "/volunteers/" + volunteer.id() + "/hours",
				"/volunteers/" + volunteer.id() + "/hours/" + year + ".pdf",
				"/api/v1/volunteers/" + volunteer.id() + "/hours" }) {
			assertThat(mvc.perform(get(path).with(as(stranger))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
		assertThat(mvc.perform(post("/volunteers/hours/entries/" + theirs.id() + "/approve").with(as(stranger)).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(status(theirs.id())).isEqualTo("SUBMITTED");
		assertThat(mvc.perform(post("/volunteers/" + volunteer.id() + "/hours").with(as(stranger)).with(csrf())
			.param("workedOn", day(7, 1).toString()).param("hours", "1").param("kind", "OTHER").param("description", "x"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		// a volunteer account without a volunteer record has no hours (the world's volunteer comes with one: unlinked)
		jdbc.sql("update volunteer set app_user_id = null where app_user_id = :user").param("user", elsewhere.volunteer().id())
			.update();
		assertThat(mvc.perform(get("/volunteers/my-hours").with(as(elsewhere.volunteer()))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> hours.mine(elsewhere.volunteer(), year)).isInstanceOf(NotFound.class);
		assertThat(mvc.perform(get("/volunteers/my-hours/1999.pdf").with(as(world.volunteer()))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/volunteers/my-hours?year=1999").with(as(world.volunteer()))).andReturn().getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void theHomesShowHoursToApproveAndTheVolunteersOwnHours() throws Exception {
		var coordinatorHome = mvc.perform(get("/").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(hasPanel(coordinatorHome, "volunteer-hours-approvals")).isFalse();

		entries.submit(world.volunteer(), details(ActivityFixtures.today(), 1, 30, HourKind.PREPARATION, "Voorlezen oefenen"));

		var withOne = mvc.perform(get("/").with(as(world.coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(panel(withOne, "volunteer-hours-approvals")).contains("Uren om goed te keuren (1)")
			.contains("Vera Test").contains("1 u 30 min").contains("/volunteers/hours/approvals");
		var volunteerHome = mvc.perform(get("/").with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(panel(volunteerHome, "my-hours")).contains("Mijn uren in " + ActivityFixtures.today().getYear())
			.contains("1 opgave wacht op goedkeuring");
		var approvals = mvc.perform(get("/volunteers/hours/approvals").with(as(world.coordinator()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(approvals).contains("Voorlezen oefenen").contains("Vera Test");
	}

	private LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(year, month, dayOfMonth);
	}

	private static HourEntryDetails details(LocalDate day, int hours, int minutes, HourKind kind, String description) {
		return new HourEntryDetails(day, hours, minutes, kind, description);
	}

	private void refused(HourEntryDetails details, String field, String key) {
		assertThatThrownBy(() -> entries.submit(world.volunteer(), details)).as(key).isInstanceOfSatisfying(
				FieldRejected.class, rejected -> {
					assertThat(rejected.field()).isEqualTo(field);
					assertThat(rejected.messageKey()).isEqualTo(key);
				});
	}

	private Volunteer volunteerFor(CurrentUser user, String firstName) {
		var today = ActivityFixtures.today();
		var record = new Volunteer(UUID.randomUUID(), user.organisationId(), user.id(), firstName, "Test", null, null, null,
				null, AgeBand.FROM_55_TO_69, VolunteerStatus.ACTIVE, today.minusYears(3), today.minusYears(3), "1",
				today.minusYears(3), Volunteer.DEFAULT_PROFILE, null, today.minusYears(3), today.plusYears(1), null, 0);
		// the world's users come with a screened record (ActivityFixtures), which the fixtures keep placing on their
		// sessions: this test's record takes over the account
		jdbc.sql("update volunteer set app_user_id = null where app_user_id = :user").param("user", user.id()).update();
		volunteers.insert(record, Instant.now());
		return record;
	}

	private UUID session(nl.samenspel.activities.Activity activity, LocalDate day, int minutes, boolean held, String status) {
		var session = activities.session(world, activity, day);
		jdbc.sql("update activity_session set duration_minutes = :minutes, held_at = :held, status = :status where id = :id")
			.param("minutes", minutes).param("held", held ? Timestamp.from(Instant.now()) : null).param("status", status)
			.param("id", session.id()).update();
		return session.id();
	}

	private void assign(Volunteer who, UUID sessionId, String status, boolean absent) {
		jdbc.sql("""
				insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, absent, created_at)
				values (:id, :organisation, :volunteer, :session, :status, :absent, :at)""")
			.param("id", UUID.randomUUID()).param("organisation", who.organisationId()).param("volunteer", who.id())
			.param("session", sessionId).param("status", status).param("absent", absent)
			.param("at", Timestamp.from(Instant.now())).update();
	}

	private long count() {
		return jdbc.sql("select count(*) from volunteer_hour_entry where volunteer_id = :volunteer")
			.param("volunteer", volunteer.id()).query(Long.class).single();
	}

	private int minutesOf(UUID entryId) {
		return jdbc.sql("select minutes from volunteer_hour_entry where id = :id").param("id", entryId).query(Integer.class)
			.single();
	}

	private String status(UUID entryId) {
		return jdbc.sql("select status from volunteer_hour_entry where id = :id").param("id", entryId).query(String.class)
			.single();
	}

	private long exports(UUID volunteerId) {
		return jdbc.sql("select count(*) from audit_event where action = 'EXPORTED' and object_type = 'volunteer_hours'"
				+ " and object_id = :id").param("id", volunteerId.toString()).query(Long.class).single();
	}

	private static String text(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
