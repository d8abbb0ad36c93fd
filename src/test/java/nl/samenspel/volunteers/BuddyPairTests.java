package nl.samenspel.volunteers;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.activities.Mode;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Buddy pairs: a pair with a child needs the guardian's consent BUDDY and ends when it is withdrawn; meetings are dated
 * within the pair's time and not in the future; a pair ends once, with a reason; the coordinator's pages show it and
 * a read of a pair with a child is audited; another organisation's pair is not found.
 */
class BuddyPairTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	BuddyPairs pairs;

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildConsents consents;

	static java.time.LocalDate today() {
		return ActivityFixtures.today();
	}

	Volunteer screened(ActivityFixtures.World world, String firstName) {
		var issued = today().minusYears(1);
		var volunteer = new Volunteer(UUID.randomUUID(), world.organisationId(), null, firstName, "Maatje", null, null,
				null, null, AgeBand.FROM_70, VolunteerStatus.ACTIVE, issued, issued, "2026-1", issued,
				Volunteer.DEFAULT_PROFILE, null, issued, issued.plusYears(3), null, 0);
		volunteers.insert(volunteer, Instant.now());
		return volunteer;
	}

	UUID buddyConsent(ActivityFixtures.World world, UUID childId) {
		var guardian = children.guardians(children.child(world.coordinator(), childId)).get(0);
		return consents.giveConsent(world.coordinator(), childId,
				new ConsentRequest(guardian.getId(), ConsentPurpose.BUDDY, ConsentMethod.PAPER)).getId();
	}

	int pairsOf(UUID organisationId) {
		return jdbc.sql("select count(*) from volunteer_buddy_pair where organisation_id = :o").param("o", organisationId)
			.query(Integer.class).single();
	}

	@Test
	void aPairWithAChildIsRefusedWithoutTheGuardiansConsentAndAllowedWithIt() throws Exception {
		var world = programme.world();
		var volunteer = screened(world, "Greet");
		var child = programme.child(world, "Mila", 9, true);
		var details = new BuddyPairDetails(volunteer.id(), null, null, child, null, today().minusDays(3));

		assertThatThrownBy(() -> pairs.start(world.coordinator(), details)).isInstanceOf(FieldRejected.class)
			.satisfies(it -> {
				assertThat(((FieldRejected) it).field()).isEqualTo("childId");
				assertThat(((FieldRejected) it).messageKey()).isEqualTo("volunteers.buddies.error.noConsent");
			});
		// the page says so next to the child field, and nothing is saved
		var refused = mvc.perform(post("/volunteers/buddies").with(as(world.coordinator())).with(csrf())
			.param("volunteerId", volunteer.id().toString()).param("childId", child.toString())
			.param("startedOn", today().minusDays(3).toString())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Er is geen toestemming van een ouder voor een buurtmaatje")
			.contains("id=\"childId-error\"");
		assertThat(pairsOf(world.organisationId())).isZero();

		buddyConsent(world, child);
		var pair = pairs.start(world.coordinator(), details);
		assertThat(pair.withChild()).isTrue();
		assertThat(pairsOf(world.organisationId())).isEqualTo(1);

		// the pair's page names both and logs the read of a pair with a child
		var page = mvc.perform(get("/volunteers/buddies/" + pair.id()).with(as(world.coordinator()))).andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Greet Maatje").contains("Mila");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and object_type = 'volunteer_buddy_pair'"
				+ " and object_id = :id").param("id", pair.id().toString()).query(Integer.class).single()).isEqualTo(1);
		var list = mvc.perform(get("/volunteers/buddies").with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("/volunteers/buddies/" + pair.id());
	}

	@Test
	void aVolunteerWhoIsNotClearedIsNotMatchedWithAChild() {
		var world = programme.world();
		var unscreened = new Volunteer(UUID.randomUUID(), world.organisationId(), null, "Kees", "Nieuw", null, null, null,
				null, AgeBand.FROM_55_TO_69, VolunteerStatus.ACTIVE, today(), null, null, null, null, null, null, null, null,
				0);
		volunteers.insert(unscreened, Instant.now());
		var child = programme.child(world, "Daan", 8, true);
		buddyConsent(world, child);

		assertThatThrownBy(() -> pairs.start(world.coordinator(),
				new BuddyPairDetails(unscreened.id(), null, null, child, null, today())))
			.isInstanceOf(FieldRejected.class).hasFieldOrPropertyWithValue("field", "volunteerId");
		// with a group they may, and a resident may be matched with the child (the guardian agreed to a buddy)
		var activity = programme.activity(world, Mode.DROP_IN, null, 6, 12);
		pairs.start(world.coordinator(), new BuddyPairDetails(unscreened.id(), null, null, null, activity.id(), today()));
		pairs.start(world.coordinator(), new BuddyPairDetails(null, "Mevrouw Bakker", AgeBand.FROM_70, child, null, today()));
		assertThat(pairsOf(world.organisationId())).isEqualTo(2);
	}

	@Test
	void aWithdrawnConsentEndsThePairOnceAndASecondDeliveryChangesNothing() {
		var world = programme.world();
		var volunteer = screened(world, "Henk");
		var child = programme.child(world, "Lotte", 10, true);
		var consent = buddyConsent(world, child);
		var pair = pairs.start(world.coordinator(),
				new BuddyPairDetails(volunteer.id(), null, null, child, null, today().minusMonths(2)));

		consents.withdrawConsent(world.coordinator(), child, consent);
		delivered();

		var ended = pairs.pair(world.coordinator(), pair.id()).pair();
		assertThat(ended.endedOn()).isEqualTo(today());
		assertThat(ended.endReason()).isEqualTo(BuddyEndReason.CONSENT_WITHDRAWN);

		// delivered again: the pair stays as it ended
		pairs.consentWithdrawn(world.organisationId(), child, today().plusDays(5));
		var again = pairs.pair(world.coordinator(), pair.id()).pair();
		assertThat(again.endedOn()).isEqualTo(today());
		assertThat(again.version()).isEqualTo(ended.version());
		// and a new pair with the child is refused now
		assertThatThrownBy(() -> pairs.start(world.coordinator(),
				new BuddyPairDetails(volunteer.id(), null, null, child, null, today())))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.noConsent");
	}

	@Test
	void meetingsAreDatedWithinThePairAndNotInTheFuture() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 12, 6, 12);
		var start = today().minusDays(20);
		var pair = pairs.start(world.coordinator(),
				new BuddyPairDetails(null, "Opa Wim", AgeBand.FROM_70, null, activity.id(), start));

		assertThatThrownBy(() -> pairs.logMeeting(world.coordinator(), pair.id(),
				new BuddyMeetingDetails(today().plusDays(1), null, null)))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.meetingInFuture");
		assertThatThrownBy(() -> pairs.logMeeting(world.coordinator(), pair.id(),
				new BuddyMeetingDetails(start.minusDays(1), null, null)))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.meetingBeforeStart");
		pairs.logMeeting(world.coordinator(), pair.id(), new BuddyMeetingDetails(start, 45, "Samen gelezen"));
		pairs.logMeeting(world.coordinator(), pair.id(), new BuddyMeetingDetails(today(), null, null));

		// on the page: a meeting in the future is refused next to the date, nothing saved
		var refused = mvc.perform(post("/volunteers/buddies/" + pair.id() + "/meetings").with(as(world.coordinator()))
			.with(csrf()).param("metOn", today().plusDays(3).toString())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Een ontmoeting kan niet in de toekomst liggen");
		assertThat(pairs.pair(world.coordinator(), pair.id()).meetings()).hasSize(2);

		// ended: once, not before the start, and no meeting after the end
		assertThatThrownBy(() -> pairs.end(world.coordinator(), pair.id(),
				new BuddyPairEnd(start.minusDays(1), BuddyEndReason.MOVED)))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.endBeforeStart");
		pairs.end(world.coordinator(), pair.id(), new BuddyPairEnd(today().minusDays(1), BuddyEndReason.GOAL_REACHED));
		assertThatThrownBy(() -> pairs.end(world.coordinator(), pair.id(),
				new BuddyPairEnd(today(), BuddyEndReason.MOVED)))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.alreadyEnded");
		assertThatThrownBy(() -> pairs.logMeeting(world.coordinator(), pair.id(),
				new BuddyMeetingDetails(today(), null, null)))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.meetingAfterEnd");
		assertThat(pairs.pairs(world.coordinator(), true)).extracting(it -> it.pair().id()).containsExactly(pair.id());
		assertThat(pairs.pairs(world.coordinator(), true).get(0).meetings()).isEqualTo(2);
	}

	@Test
	void onlyTheCoordinatorKeepsPairsAndAnotherOrganisationsPairIsNotFound() throws Exception {
		var world = programme.world();
		var activity = programme.activity(world, Mode.SERIES, 12, 6, 12);
		var pair = pairs.start(world.coordinator(),
				new BuddyPairDetails(null, "Tante Ria", AgeBand.FROM_55_TO_69, null, activity.id(), today()));
		assertThatThrownBy(() -> pairs.pairs(world.worker(), false)).isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.perform(get("/volunteers/buddies").with(as(world.worker()))).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		var other = programme.world();
		assertThatThrownBy(() -> pairs.pair(other.coordinator(), pair.id())).isInstanceOf(NotFound.class);
		assertThat(mvc.perform(get("/volunteers/buddies/" + pair.id()).with(as(other.coordinator()))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		// nor can the other organisation's coordinator pair someone with this organisation's group
		assertThatThrownBy(() -> pairs.start(other.coordinator(),
				new BuddyPairDetails(null, "Oom Piet", AgeBand.FROM_70, null, activity.id(), today())))
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.buddies.error.unknownActivity");
	}
}
