package nl.samenspel.volunteers;

import java.sql.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.Cancellation;
import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The coordinator assigns volunteers on the planning: the safety rule on the session's date (active, a valid VOG, the
 * code of conduct signed) with a refusal that names what is missing; no cancelled or past session, nobody twice;
 * confirming a sign-up, cancelling with a reason, noting an absence; and volunteers are no longer session staff.
 */
class AssignmentTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	VolunteerFixtures volunteers;

	@Autowired
	Assignments assignments;

	@Autowired
	SessionChanges changes;

	private String assign(ActivityFixtures.World world, Session session, UUID volunteer) throws Exception {
		var response = mvc.perform(post("/volunteers/planning/sessions/" + session.id() + "/assignments")
			.param("volunteerId", volunteer.toString()).with(as(world.coordinator())).with(csrf())).andReturn().getResponse();
		return response.getStatus() + " " + response.getContentAsString();
	}

	private String status(UUID volunteer, Session session) {
		return jdbc.sql("select status from volunteer_assignment where volunteer_id = :v and session_id = :s")
			.param("v", volunteer).param("s", session.id()).query(String.class).optional().orElse("none");
	}

	@Test
	void isRefusedWithoutAValidVogOrCodeOfConductNamingWhatIsMissingAndAllowedOnceBothAreRecorded() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(world, activity, volunteers.today().plusDays(7));
		var volunteer = volunteers.record(world.organisationId(), null, VolunteerStatus.ACTIVE, null, null, null);

		assertThat(assign(world, session, volunteer.id())).startsWith("200")
			.contains("Niet in te roosteren: op de dag van de activiteit ontbreekt een VOG en een getekende gedragscode.")
			.contains("aria-invalid=\"true\"");
		assertThat(status(volunteer.id(), session)).isEqualTo("none");

		volunteers.set(volunteer.id(), "vog_issued_on", Date.valueOf(volunteers.today().minusDays(30)));
		volunteers.set(volunteer.id(), "vog_renewal_due", Date.valueOf(volunteers.today().plusYears(3)));
		assertThat(assign(world, session, volunteer.id())).as("the VOG alone is not enough").startsWith("200")
			.contains("ontbreekt een getekende gedragscode.").doesNotContain("ontbreekt een VOG");
		assertThat(status(volunteer.id(), session)).isEqualTo("none");

		volunteers.set(volunteer.id(), "code_signed_on", Date.valueOf(volunteers.today().minusDays(2)));
		assertThat(assign(world, session, volunteer.id())).startsWith("302");
		assertThat(status(volunteer.id(), session)).isEqualTo("CONFIRMED");
		assertThat(assign(world, session, volunteer.id())).as("nobody twice").startsWith("200")
			.contains("staat al bij deze activiteit");

		var inactive = volunteers.record(world.organisationId(), null, VolunteerStatus.INACTIVE, volunteers.today(),
				volunteers.today().plusYears(3), volunteers.today());
		assertThat(assign(world, session, inactive.id())).contains("ontbreekt een actieve inschrijving als vrijwilliger.");
	}

	@Test
	void aVogThatLapsesBeforeTheSessionIsRefusedForItButNotForASessionBefore() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var today = volunteers.today();
		var early = programmeFixtures.session(world, activity, today.plusDays(3));
		var late = programmeFixtures.session(world, activity, today.plusDays(10));
		var volunteer = volunteers.record(world.organisationId(), null, VolunteerStatus.ACTIVE, today.minusYears(3),
				today.plusDays(5), today.minusYears(3));

		assertThatThrownBy(() -> assignments.assign(world.coordinator(), late.id(), volunteer.id()))
			.isInstanceOfSatisfying(FieldRejected.class, rejected -> {
				assertThat(rejected.field()).isEqualTo(Assignments.FIELD);
				assertThat(rejected.messageKey()).isEqualTo("volunteers.assignment.refused.1");
			});
		assertThat(assignments.refusal(volunteer, today.plusDays(5))).as("due on the day: no longer valid").isPresent();
		assertThat(assignments.refusal(volunteer, today.plusDays(4))).isEmpty();
		assertThat(assignments.assign(world.coordinator(), early.id(), volunteer.id()).status())
			.isEqualTo(AssignmentStatus.CONFIRMED);
		assertThat(status(volunteer.id(), late)).isEqualTo("none");
	}

	@Test
	void aCancelledOrPastSessionTakesNobody() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var cancelled = programmeFixtures.session(world, activity, volunteers.today().plusDays(4));
		changes.cancelSession(world.coordinator(), cancelled.id(), new Cancellation("Ziek"));
		var past = programmeFixtures.session(world, activity, volunteers.today().minusDays(2));
		var volunteer = volunteers.screened(world.organisationId(), null);

		assertThat(assign(world, cancelled, volunteer.id())).contains("gaat niet door");
		assertThat(assign(world, past, volunteer.id())).contains("is al geweest");
		assertThat(status(volunteer.id(), cancelled)).isEqualTo("none");
		assertThat(status(volunteer.id(), past)).isEqualTo("none");
	}

	@Test
	void theCoordinatorConfirmsASignUpCancelsWithAReasonAndNotesAnAbsence() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var coming = programmeFixtures.session(world, activity, volunteers.today().plusDays(6));
		var today = programmeFixtures.session(world, activity, volunteers.today());
		var volunteer = volunteers.screened(world.organisationId(), null);
		var requested = volunteers.request(world.organisationId(), volunteer.id(), coming.id());

		var planning = mvc.perform(get("/volunteers/planning/sessions/" + coming.id()).with(as(world.coordinator())))
			.andReturn().getResponse().getContentAsString();
		assertThat(planning).contains(volunteer.name()).contains("wacht op bevestiging")
			.contains("/volunteers/planning/assignments/" + requested + "/confirm");
		assertThat(mvc.perform(post("/volunteers/planning/assignments/" + requested + "/confirm")
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(status(volunteer.id(), coming)).isEqualTo("CONFIRMED");

		var blank = mvc.perform(post("/volunteers/planning/assignments/" + requested + "/cancel").param("reason", "  ")
			.with(as(world.coordinator())).with(csrf())).andReturn().getResponse();
		assertThat(blank.getContentAsString()).contains("Schrijf op waarom je dit annuleert.");
		assertThat(status(volunteer.id(), coming)).isEqualTo("CONFIRMED");
		mvc.perform(post("/volunteers/planning/assignments/" + requested + "/cancel").param("reason", "Ziek")
			.with(as(world.coordinator())).with(csrf()));
		assertThat(status(volunteer.id(), coming)).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select cancel_reason from volunteer_assignment where id = :id").param("id", requested)
			.query(String.class).single()).isEqualTo("Ziek");
		assertThat(assign(world, coming, volunteer.id())).as("assigned again after a cancellation").startsWith("302");
		assertThat(status(volunteer.id(), coming)).isEqualTo("CONFIRMED");

		assertThatThrownBy(() -> assignments.markAbsent(world.coordinator(), requested, true))
			.as("not before the day").isInstanceOf(FieldRejected.class);
		var worked = assignments.assign(world.coordinator(), today.id(), volunteer.id());
		mvc.perform(post("/volunteers/planning/assignments/" + worked.id() + "/absent").param("absent", "true")
			.with(as(world.coordinator())).with(csrf()));
		assertThat(jdbc.sql("select absent from volunteer_assignment where id = :id").param("id", worked.id())
			.query(Boolean.class).single()).isTrue();
		assertThat(mvc.perform(post("/volunteers/planning/assignments/" + worked.id() + "/absent").param("absent", "false")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse().getStatus()).as("a worker reads only")
			.isEqualTo(403);
	}

	@Test
	void aVolunteerIsNoLongerPutOnSessionStaffButPointedToThePlanning() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var session = programmeFixtures.session(world, activity, volunteers.today().plusDays(8));

		var api = mvc.perform(put("/api/v1/sessions/" + session.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + session.date() + "\",\"startsAt\":\"15:00\",\"endsAt\":\"16:30\",\"locationId\":\""
					+ world.locationId() + "\",\"staff\":[\"" + world.volunteer().id() + "\"]}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("staff").contains("Vrijwilligers › Planning");
		var page = mvc.perform(post("/sessions/" + session.id()).param("date", session.date().toString())
			.param("startsAt", "15:00").param("endsAt", "16:30").param("locationId", world.locationId().toString())
			.param("staff", world.volunteer().id().toString()).with(as(world.worker())).with(csrf())).andReturn()
			.getResponse();
		assertThat(page.getContentAsString()).contains("Vrijwilligers › Planning");
		assertThat(jdbc.sql("select count(*) from session_staff where app_user_id = :u").param("u", world.volunteer().id())
			.query(Integer.class).single()).isZero();
		var form = mvc.perform(get("/sessions/" + session.id() + "/edit").with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).as("the staff picker offers no volunteers").doesNotContain(world.volunteer().id().toString())
			.contains(world.worker().id().toString());
	}

	@Test
	void thePlanningShowsAMonthWithTheVolunteersAndWhoCannotBeChosenOnThatDate() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var day = volunteers.today().plusDays(1);
		var session = programmeFixtures.session(world, activity, day);
		var lapsing = volunteers.record(world.organisationId(), null, VolunteerStatus.ACTIVE, day.minusYears(3), day,
				day.minusYears(3));
		var month = java.time.YearMonth.from(day);

		var coordinator = mvc.perform(get("/volunteers/planning").param("month", month.toString())
			.with(as(world.coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(coordinator).contains(activity.title()).contains("ingeroosterd")
			.contains("/volunteers/planning/sessions/" + session.id() + "/assignments")
			.contains("value=\"" + lapsing.id() + "\" disabled>" + lapsing.name() + " (ontbreekt: een VOG die op die dag geldig is)");
		var found = mvc.perform(get("/volunteers/planning/sessions/" + session.id()).param("q", lapsing.lastName().toUpperCase())
			.with(as(world.coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(found).as("the search by name").contains(lapsing.name() + " (ontbreekt:")
			.doesNotContain(">" + volunteers.name(world.organisationId(), world.volunteer().id()) + "<");
		var worker = mvc.perform(get("/volunteers/planning").param("month", month.toString()).with(as(world.worker())))
			.andReturn().getResponse().getContentAsString();
		assertThat(worker).contains(activity.title()).doesNotContain("name=\"volunteerId\"");
		var wrong = mvc.perform(get("/volunteers/planning").param("month", "2026-13").with(as(world.coordinator())))
			.andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(200);
		assertThat(wrong.getContentAsString()).contains("Kies een maand, bijvoorbeeld 2026-12.");
	}

}
