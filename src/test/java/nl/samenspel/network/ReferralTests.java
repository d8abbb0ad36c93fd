package nl.samenspel.network;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referrals follow their route; a PARTNER sees only the referrals sent to the service they work at, with only the
 * child's first name and age, the reason and the contact; their answer reaches the referring worker by e-mail.
 */
class ReferralTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	SocialMap map;

	@Autowired
	ChildManagement children;

	NetworkOrganisation service(ActivityFixtures.World world, ServiceKind kind) {
		return map.services(world.organisationId(), false).stream().filter(it -> it.kind() == kind).findFirst().orElseThrow();
	}

	String refer(CurrentUser user, UUID child, UUID service, String extra, int expected) throws Exception {
		var response = mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"serviceId\":\"" + service + "\",\"reason\":\"Wil graag zwemmen\"" + extra + "}")
			.with(as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		return response.getContentAsString();
	}

	UUID guardian(ActivityFixtures.World world, UUID child) {
		return children.guardians(children.child(world.coordinator(), child)).get(0).getId();
	}

	@Test
	void aPartnerSeesOnlyTheReferralsSentToThemAndOnlyWhatTheyNeed() throws Exception {
		var world = programmeFixtures.world();
		var jeugdfonds = service(world, ServiceKind.JEUGDFONDS);
		var foodBank = service(world, ServiceKind.FOOD_BANK);
		var partner = fixtures.user(world.organisationId(), "partner", Role.PARTNER);
		var other = fixtures.user(world.organisationId(), "partner", Role.PARTNER);
		map.linkPartner(world.coordinator(), jeugdfonds.id(), partner.id());
		map.linkPartner(world.coordinator(), foodBank.id(), other.id());
		var sem = programmeFixtures.child(world, "Sem", 9, true);
		var lotte = programmeFixtures.child(world, "Lotte", 7, true);

		var toJeugdfonds = refer(world.worker(), sem, jeugdfonds.id(), ",\"consentGuardianId\":\"" + guardian(world, sem)
				+ "\",\"contact\":\"Moeder, 06 12345678\",\"warmHandover\":true", 201);
		assertThat(toJeugdfonds).contains("\"intermediaryId\":\"" + world.worker().id() + "\"");
		var semReferral = UUID.fromString(toJeugdfonds.replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
		var proposed = UUID.fromString(refer(world.worker(), lotte, jeugdfonds.id(), ",\"noConsentReason\":\"Meldcode\"", 201)
			.replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
		var toFoodBank = UUID.fromString(refer(world.worker(), lotte, foodBank.id(), ",\"consentGuardianId\":\"" + guardian(world, lotte) + "\"", 201)
			.replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
		for (var id : java.util.List.of(semReferral, toFoodBank)) {
			mvc.perform(post("/referrals/" + id + "/status").param("status", "SENT").with(as(world.worker())).with(csrf()));
		}

		var seen = mvc.perform(get("/api/v1/referrals/addressed-to-me").with(as(partner))).andReturn().getResponse()
			.getContentAsString();
		assertThat(seen).contains(semReferral.toString()).contains("\"childFirstName\":\"Sem\"").contains("\"childAge\":9")
			.contains("Wil graag zwemmen").contains("Moeder, 06 12345678")
			.doesNotContain(proposed.toString()).doesNotContain(toFoodBank.toString()).doesNotContain("Lotte")
			.doesNotContainPattern("Test\\d").doesNotContain("dateOfBirth").doesNotContain("guardian").doesNotContain("De School");
		assertThat(mvc.perform(get("/partner/referrals/" + toFoodBank).with(as(partner))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/partner/referrals/" + proposed).with(as(partner))).andReturn().getResponse()
			.getStatus()).as("not yet sent").isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/referrals/" + semReferral).with(as(partner))).andReturn().getResponse()
			.getStatus()).as("the staff's view").isEqualTo(403);

		var someoneElses = mvc.perform(post("/api/v1/referrals/" + toFoodBank + "/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"ACCEPTED\"}").with(as(partner)).with(csrf())).andReturn().getResponse();
		assertThat(someoneElses.getStatus()).isEqualTo(404);
		assertThat(status(toFoodBank)).isEqualTo("SENT");

		mvc.perform(post("/partner/referrals/" + semReferral + "/status").param("status", "ACCEPTED").with(as(partner)).with(csrf()));
		assertThat(status(semReferral)).isEqualTo("ACCEPTED");
		delivered();
		var workerMail = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(world.worker().getUsername().replace("-", "") + "@test.samenspel.example");
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).toList();
		assertThat(workerMail).hasSize(1);
		assertThat(workerMail.get(0).getSubject()).contains("Jeugdfonds");
		assertThat(workerMail.get(0).getContent().toString()).contains("/referrals/" + semReferral).doesNotContain("Sem");

		var backwards = mvc.perform(post("/api/v1/referrals/" + semReferral + "/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DECLINED\"}").with(as(partner)).with(csrf())).andReturn().getResponse();
		assertThat(backwards.getStatus()).isEqualTo(400);
		assertThat(status(semReferral)).isEqualTo("ACCEPTED");
	}

	String status(UUID referral) {
		return jdbc.sql("select status from referral where id = :id").param("id", referral).query(String.class).single();
	}

	@Test
	void theRouteDecidesAndBadReferralsSaveNothing() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Mila", 6, true);
		var leergeld = service(world, ServiceKind.LEERGELD);
		var kindertelefoon = service(world, ServiceKind.KINDERTELEFOON);
		var club = map.add(world.coordinator(), new NetworkOrganisationDetails(ServiceKind.SPORTS_CLUB, "Zwemclub De Vis", null,
				null, null, null, 4, 12, Route.DIRECT, null));
		map.deactivate(world.coordinator(), club.id());
		var count = jdbc.sql("select count(*) from referral where child_id = :c").param("c", child);

		assertThat(refer(world.worker(), child, club.id(), ",\"noConsentReason\":\"x\"", 400)).contains("serviceId")
			.contains("niet meer actief");
		assertThat(refer(world.worker(), child, kindertelefoon.id(), ",\"noConsentReason\":\"x\"", 400)).contains("serviceId");
		assertThat(refer(world.worker(), child, leergeld.id(), "", 400)).contains("noConsentReason");
		var stranger = programmeFixtures.child(world, "Vreemde", 8, true);
		assertThat(refer(world.worker(), child, leergeld.id(), ",\"consentGuardianId\":\"" + guardian(world, stranger) + "\"", 400))
			.contains("consentGuardianId");
		assertThat(count.query(Integer.class).single()).isZero();

		var letterReferral = refer(world.worker(), child, leergeld.id(), ",\"consentGuardianId\":\"" + guardian(world, child) + "\"", 201);
		assertThat(letterReferral).doesNotContain("intermediaryId");
		var id = letterReferral.replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1");
		var letter = mvc.perform(get("/referrals/" + id + "/letter").with(as(world.worker()))).andReturn().getResponse();
		assertThat(letter.getStatus()).isEqualTo(200);
		assertThat(letter.getContentAsString()).contains("Zo vraag je hulp aan bij Stichting Leergeld").contains("Mila")
			.contains("https://www.leergeld.nl");
	}

	@Test
	void aPovertySignalSuggestsTheMatchingRoutes() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Noa", 10, true);
		var raised = mvc.perform(post("/signals").param("childId", child.toString()).param("observedOn", "2026-11-30")
			.param("category", "POVERTY").param("worry", "MEDIUM").param("facts", "Noa heeft geen gymschoenen.")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();

		var page = mvc.perform(get(raised.getRedirectedUrl()).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("Mogelijke hulp bij armoede").contains("Jeugdfonds Sport &amp; Cultuur")
			.contains("Stichting Leergeld").contains("Voedselbank").contains("Kindpakket").doesNotContain("De Kindertelefoon")
			.contains("/referrals/new?childId=" + child);
	}
	/**
	 * A referral to the wijkteam shares the child's data with it: the consent register decides. "Consent given by"
	 * a guardian is refused while the register has no consent for sharing with the wijkteam, with a message next to
	 * the field, unless the worker records the guardian's consent in the register at that moment (audited); a
	 * consent already in the register, or a recorded reason why there is none (the Meldcode), suffices.
	 */
	@Test
	void aReferralToTheWijkteamRespectsTheConsentRegister() throws Exception {
		var world = programmeFixtures.world();
		var wijkteam = service(world, ServiceKind.NEIGHBOURHOOD_TEAM);
		var child = programmeFixtures.child(world, "Noor", 8, true);
		var guardian = guardian(world, child);
		var count = jdbc.sql("select count(*) from referral where child_id = :c").param("c", child);

		var refused = refer(world.worker(), child, wijkteam.id(), ",\"consentGuardianId\":\"" + guardian + "\"", 400);
		assertThat(refused).contains("\"field\":\"consentGuardianId\"").contains("toestemmingsregister");
		var page = mvc.perform(post("/referrals").param("childId", child.toString()).param("serviceId", wijkteam.id().toString())
			.param("reason", "Zorgen thuis").param("consentGuardianId", guardian.toString()).with(as(world.worker())).with(csrf()))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"consentGuardianId-error\"").contains("toestemmingsregister")
			.contains("name=\"recordConsent\"");
		assertThat(count.query(Integer.class).single()).isZero();
		assertThat(children.child(world.coordinator(), child).allows(nl.samenspel.children.ConsentPurpose.SHARING_NEIGHBOURHOOD_TEAM))
			.isFalse();

		refer(world.worker(), child, wijkteam.id(), ",\"consentGuardianId\":\"" + guardian + "\",\"recordConsent\":true", 201);
		var consent = children.child(world.coordinator(), child)
			.currentConsent(nl.samenspel.children.ConsentPurpose.SHARING_NEIGHBOURHOOD_TEAM).orElseThrow();
		assertThat(consent.getGuardianId()).isEqualTo(guardian);
		assertThat(consent.getRecordedBy()).isEqualTo(world.worker().id());
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'consent' and object_id = :c and user_id = :u")
			.param("c", child.toString()).param("u", world.worker().id()).query(Integer.class).single()).as("recording it is audited")
			.isEqualTo(1);

		refer(world.worker(), child, wijkteam.id(), ",\"consentGuardianId\":\"" + guardian + "\"", 201);
		var withoutConsent = programmeFixtures.child(world, "Ravi", 9, true);
		refer(world.worker(), withoutConsent, wijkteam.id(), ",\"noConsentReason\":\"Melding Veilig Thuis\"", 201);
		assertThat(count.query(Integer.class).single()).isEqualTo(2);
	}
}
