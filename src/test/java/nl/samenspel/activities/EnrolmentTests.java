package nl.samenspel.activities;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.samenspel.IntegrationTest;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Enrolment: capacity, age range, consent, no double places, a waiting list that promotes the next child when a
 * place frees up (and mails the guardians through the SMTP server), and parents who enrol only their own children.
 */
@RecordApplicationEvents
class EnrolmentTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Programme programme;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ChildConsents consents;

	private int count(UUID activity, String status) {
		return jdbc.sql("select count(*) from enrolment where activity_id = :a and status = :s").param("a", activity)
			.param("s", status).query(Integer.class).single();
	}

	@Test
	void aFreedPlaceGoesToTheFirstChildWaitingAndTheParentIsMailed() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		var first = programmeFixtures.child(world, "Noor", 7, true);
		var second = programmeFixtures.child(world, "Sem", 8, true);
		var third = programmeFixtures.child(world, "Lina", 9, true);
		var place = programmeFixtures.enrol(world, activity, first, false);
		var waiting = programmeFixtures.enrol(world, activity, second, true);
		var later = programmeFixtures.enrol(world, activity, third, true);
		assertThat(place.status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(waiting.status()).isEqualTo(EnrolmentStatus.WAITING);
		assertThat(enrolments.enrolment(world.coordinator(), later.id()).waitingPosition()).isEqualTo(2);

		var response = mvc.perform(delete("/api/v1/enrolments/" + place.id()).with(as(world.worker())).with(csrf()))
			.andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(204);
		delivered();
		assertThat(enrolments.enrolment(world.coordinator(), waiting.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(enrolments.enrolment(world.coordinator(), later.id()).status()).isEqualTo(EnrolmentStatus.WAITING);
		assertThat(enrolments.enrolment(world.coordinator(), later.id()).waitingPosition()).isEqualTo(1);
		var mails = MailBox.to(MAIL, programmeFixtures.guardianEmail(world, second));
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Er is een plek vrij voor Sem");
		assertThat(mails.get(0).text()).contains(activity.title()).contains("Sem stond op de wachtlijst");
		assertThat(MailBox.to(MAIL, programmeFixtures.guardianEmail(world, third))).isEmpty();
		assertThat(events.stream(EnrolmentChanged.class).filter(it -> it.enrolmentId().equals(waiting.id())))
			.extracting(EnrolmentChanged::status).containsExactly(EnrolmentStatus.WAITING, EnrolmentStatus.ENROLLED);
	}

	@Test
	void aHigherCapacityPromotesTheWaitingChildren() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		programmeFixtures.enrol(world, activity, programmeFixtures.child(world, "Ada", 6, true), false);
		var waiting = programmeFixtures.enrol(world, activity, programmeFixtures.child(world, "Bo", 6, true), true);

		var details = activity.details();
		programme.update(world.coordinator(), activity.id(), new ActivityDetails(details.title(), details.description(),
				null, details.tasks(), details.themes(), details.locationId(), 4, 12, 2, Cost.FREE, null, Mode.SERIES, null,
				null, null, details.staff(), true));

		assertThat(enrolments.enrolment(world.coordinator(), waiting.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(count(activity.id(), "WAITING")).isZero();
	}

	@Test
	void aFullActivityRefusesUnlessTheWaitingListIsAccepted() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		programmeFixtures.enrol(world, activity, programmeFixtures.child(world, "Ada", 6, true), false);
		var child = programmeFixtures.child(world, "Bo", 6, true);

		var response = mvc.perform(post("/api/v1/activities/" + activity.id() + "/enrolments")
			.contentType(MediaType.APPLICATION_JSON).content("{\"childId\":\"" + child + "\"}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("childId").contains("Het is vol");
		assertThat(count(activity.id(), "WAITING")).isZero();
		assertThat(count(activity.id(), "ENROLLED")).isEqualTo(1);
	}

	@Test
	void aChildIsEnrolledOnceAndOnlyWithConsentAndWithinTheAgesUnlessStaffGiveAReason() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 10, 6, 9);
		var fits = programmeFixtures.child(world, "Fien", 7, true);
		var noConsent = programmeFixtures.child(world, "Gijs", 7, false);
		var young = programmeFixtures.child(world, "Hugo", 4, true);
		programmeFixtures.enrol(world, activity, fits, false);

		assertThatThrownBy(() -> programmeFixtures.enrol(world, activity, fits, true)).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("enrolment.error.double");
		assertThatThrownBy(() -> programmeFixtures.enrol(world, activity, noConsent, true)).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("enrolment.error.noConsent");
		assertThatThrownBy(() -> programmeFixtures.enrol(world, activity, young, true)).isInstanceOf(FieldRejected.class)
			.hasMessageContaining("overrideReason");
		assertThat(count(activity.id(), "ENROLLED")).isEqualTo(1);

		var exception = enrolments.enrol(world.worker(), activity.id(),
				new EnrolmentRequest(young, null, false, "Komt met zijn grote zus mee"));
		assertThat(exception.status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(exception.overrideReason()).isEqualTo("Komt met zijn grote zus mee");
	}

	@Test
	void aDropInTakesNoEnrolmentsAndAPerSessionActivityNeedsAComingSession() {
		var world = programmeFixtures.world();
		var dropIn = programmeFixtures.activity(world, Mode.DROP_IN, null, 4, 12);
		var perSession = programmeFixtures.activity(world, Mode.PER_SESSION, 5, 4, 12);
		var past = programmeFixtures.session(world, perSession, ActivityFixtures.today().minusDays(2));
		var coming = programmeFixtures.session(world, perSession, ActivityFixtures.today().plusDays(2));
		var child = programmeFixtures.child(world, "Isa", 8, true);

		assertThatThrownBy(() -> programmeFixtures.enrol(world, dropIn, child, true))
			.hasMessageContaining("enrolment.error.dropIn");
		assertThatThrownBy(() -> programmeFixtures.enrol(world, perSession, child, true))
			.hasMessageContaining("enrolment.error.sessionRequired");
		assertThatThrownBy(() -> enrolments.enrol(world.worker(), perSession.id(),
				new EnrolmentRequest(child, past.id(), true, null))).hasMessageContaining("enrolment.error.session");

		var enrolment = enrolments.enrol(world.worker(), perSession.id(), new EnrolmentRequest(child, coming.id(), true, null));
		assertThat(enrolment.sessionId()).isEqualTo(coming.id());
		assertThat(enrolment.sessionDate()).isEqualTo(coming.date());
	}

	@Test
	void aParentEnrolsOnlyTheirOwnChildrenAndCanCancel() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 5, 4, 12);
		var own = programmeFixtures.child(world, "Jip", 8, true);
		var other = programmeFixtures.child(world, "Janneke", 8, true);
		var parent = programmeFixtures.parentOf(world, own);

		var refused = mvc.perform(post("/portal/activities/" + activity.id() + "/enrolments").param("childId", other.toString())
			.param("waitingList", "true").with(as(parent)).with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(404);
		assertThat(count(activity.id(), "ENROLLED")).isZero();

		var accepted = mvc.perform(post("/portal/activities/" + activity.id() + "/enrolments").param("childId", own.toString())
			.param("waitingList", "true").with(as(parent)).with(csrf())).andReturn().getResponse();
		assertThat(accepted.getStatus()).isEqualTo(302);
		assertThat(count(activity.id(), "ENROLLED")).isEqualTo(1);

		var portal = mvc.perform(get("/portal/activities").with(as(parent))).andReturn().getResponse().getContentAsString();
		assertThat(portal).contains("Jip").contains(activity.title()).doesNotContain("Janneke");

		var othersPlace = programmeFixtures.enrol(world, activity, other, false);
		var notYours = mvc.perform(post("/portal/enrolments/" + othersPlace.id() + "/cancel").with(as(parent)).with(csrf()))
			.andReturn().getResponse();
		assertThat(notYours.getStatus()).isEqualTo(404);
		assertThat(enrolments.enrolment(world.coordinator(), othersPlace.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);

		var ownPlace = jdbc.sql("select id from enrolment where child_id = :c").param("c", own).query(UUID.class).single();
		mvc.perform(post("/portal/enrolments/" + ownPlace + "/cancel").with(as(parent)).with(csrf()));
		assertThat(enrolments.enrolment(world.coordinator(), ownPlace).status()).isEqualTo(EnrolmentStatus.CANCELLED);
	}

	@Test
	void aParentCannotGiveAnAgeException() throws Exception {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 5, 10, 12);
		var child = programmeFixtures.child(world, "Kai", 6, true);
		var parent = programmeFixtures.parentOf(world, child);

		var response = mvc.perform(post("/api/v1/activities/" + activity.id() + "/enrolments")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"overrideReason\":\"mag toch\"}").with(as(parent)).with(csrf()))
			.andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("niet voor de leeftijd");
		assertThat(count(activity.id(), "ENROLLED")).isZero();
	}

	@Test
	void withdrawnConsentToRegistrationGivesUpTheChildsPlacesToComeAndTheFirstChildWaitingMovesUp() {
		var world = programmeFixtures.world();
		var activity = programmeFixtures.activity(world, Mode.SERIES, 1, 4, 12);
		var first = programmeFixtures.child(world, "Fenna", 7, true);
		var second = programmeFixtures.child(world, "Joep", 8, true);
		var place = programmeFixtures.enrol(world, activity, first, false);
		var waiting = programmeFixtures.enrol(world, activity, second, true);
		var guardian = jdbc.sql("select guardian_id from child_guardian where child_id = :child").param("child", first)
			.query(UUID.class).single();
		consents.giveConsent(world.coordinator(), first,
				new ConsentRequest(guardian, ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER));

		consents.withdrawConsent(world.coordinator(), first, consent(first, ConsentPurpose.PHOTOS_INTERNAL));
		delivered();

		assertThat(enrolments.enrolment(world.coordinator(), place.id()).status()).as("a photo consent holds no place")
			.isEqualTo(EnrolmentStatus.ENROLLED);

		consents.withdrawConsent(world.coordinator(), first, consent(first, ConsentPurpose.REGISTRATION));
		delivered();

		assertThat(enrolments.enrolment(world.coordinator(), place.id()).status()).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThat(enrolments.enrolment(world.coordinator(), waiting.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
		var mails = MailBox.to(MAIL, programmeFixtures.guardianEmail(world, second));
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Er is een plek vrij voor Joep");
		assertThat(MailBox.to(MAIL, programmeFixtures.guardianEmail(world, first))).as("no mail about the withdrawal")
			.isEmpty();
		assertThat(count(activity.id(), "ENROLLED")).isEqualTo(1);
	}

	private UUID consent(UUID child, ConsentPurpose purpose) {
		return jdbc.sql("select id from consent where child_id = :child and purpose = :purpose and withdrawn_at is null")
			.param("child", child).param("purpose", purpose.name()).query(UUID.class).single();
	}
}
