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
 * The partner's referral pages: they say who referred (the staff member and their organisation, or the intermediary
 * by name), and declining asks for a reason: without one, or with one too long, nothing changes; with one, the
 * reason is sealed and the referring staff read it on their referral's page.
 */
class PartnerReferralTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	SocialMap map;

	@Autowired
	ChildManagement children;

	record Sent(ActivityFixtures.World world, CurrentUser partner, UUID referral) {
	}

	/** A referral from the world's worker to a service of this kind, sent, and a partner who works there. */
	Sent sent(ServiceKind kind) throws Exception {
		var world = programmeFixtures.world();
		var service = map.services(world.organisationId(), false).stream().filter(it -> it.kind() == kind).findFirst()
			.orElseThrow();
		var partner = fixtures.user(world.organisationId(), "partner", Role.PARTNER);
		map.linkPartner(world.coordinator(), service.id(), partner.id());
		var child = programmeFixtures.child(world, "Noor", 9, true);
		var guardian = children.guardians(children.child(world.coordinator(), child)).get(0).getId();
		var response = mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"serviceId\":\"" + service.id()
					+ "\",\"reason\":\"Wil graag op zwemles\",\"consentGuardianId\":\"" + guardian + "\"}")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		var id = UUID.fromString(response.getContentAsString().replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
		mvc.perform(post("/referrals/" + id + "/status").param("status", "SENT").with(as(world.worker())).with(csrf()));
		return new Sent(world, partner, id);
	}

	String status(UUID referral) {
		return jdbc.sql("select status from referral where id = :id").param("id", referral).query(String.class).single();
	}

	int history(UUID referral) {
		return jdbc.sql("select count(*) from referral_status_change where referral_id = :id").param("id", referral)
			.query(Integer.class).single();
	}

	String organisationName(UUID organisationId) {
		return jdbc.sql("select name from organisation where id = :id").param("id", organisationId).query(String.class)
			.single();
	}

	String workerName(CurrentUser worker) {
		return jdbc.sql("select display_name from app_user where id = :id").param("id", worker.id()).query(String.class)
			.single();
	}

	@Test
	void thePartnerSeesWhoReferredOrWhichIntermediary() throws Exception {
		var direct = sent(ServiceKind.FOOD_BANK);
		var list = mvc.perform(get("/partner/referrals").with(as(direct.partner()))).andReturn().getResponse()
			.getContentAsString();
		var referrer = workerName(direct.world().worker()) + ", " + organisationName(direct.world().organisationId());
		assertThat(list).contains("Verwezen door").contains(referrer).contains("href=\"/partner/referrals/" + direct.referral() + "\"");
		assertThat(mvc.perform(get("/partner/referrals/" + direct.referral()).with(as(direct.partner()))).andReturn()
			.getResponse().getContentAsString()).contains("Verwezen door").contains(referrer).contains("Reden van de verwijzing")
			.doesNotContain("Waarom?");

		var throughIntermediary = sent(ServiceKind.JEUGDFONDS);
		assertThat(mvc.perform(get("/partner/referrals/" + throughIntermediary.referral()).with(as(throughIntermediary.partner())))
			.andReturn().getResponse().getContentAsString()).contains("Via intermediair")
			.contains(workerName(throughIntermediary.world().worker()));
	}

	@Test
	void decliningWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
		var sent = sent(ServiceKind.FOOD_BANK);
		var before = history(sent.referral());

		var empty = mvc.perform(post("/partner/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
			.param("reason", "   ").with(as(sent.partner())).with(csrf())).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(200);
		assertThat(empty.getContentAsString()).contains("Schrijf op waarom je de verwijzing afwijst.")
			.contains("<details class=\"disclosure\" id=\"decline\" open").contains("aria-invalid=\"true\"");
		var none = mvc.perform(post("/partner/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
			.with(as(sent.partner())).with(csrf())).andReturn().getResponse();
		assertThat(none.getContentAsString()).contains("Schrijf op waarom je de verwijzing afwijst.");
		var tooLong = mvc.perform(post("/partner/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
			.param("reason", "x".repeat(ReferralProgress.DECLINE_REASON_MAX + 1)).with(as(sent.partner())).with(csrf()))
			.andReturn().getResponse();
		assertThat(tooLong.getContentAsString()).contains("Schrijf de reden in hoogstens 1.000 tekens.");
		var api = mvc.perform(post("/api/v1/referrals/" + sent.referral() + "/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DECLINED\"}").with(as(sent.partner())).with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);

		assertThat(status(sent.referral())).isEqualTo("SENT");
		assertThat(history(sent.referral())).isEqualTo(before);
		assertThat(jdbc.sql("select decline_reason from referral where id = :id").param("id", sent.referral())
			.query(String.class).optional()).isEmpty();
	}

	@Test
	void theReasonForDecliningIsSealedAndShownToTheReferrer() throws Exception {
		var sent = sent(ServiceKind.FOOD_BANK);
		var reason = "Onze wachtlijst is nu vier maanden.";

		var declined = mvc.perform(post("/partner/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
			.param("reason", reason).with(as(sent.partner())).with(csrf())).andReturn().getResponse();
		assertThat(declined.getRedirectedUrl()).isEqualTo("/partner/referrals/" + sent.referral());

		assertThat(status(sent.referral())).isEqualTo("DECLINED");
		var stored = jdbc.sql("select decline_reason from referral where id = :id").param("id", sent.referral())
			.query(String.class).single();
		assertThat(stored).as("sealed like the referral's reason").isNotBlank().doesNotContain("wachtlijst");
		assertThat(mvc.perform(get("/referrals/" + sent.referral()).with(as(sent.world().worker()))).andReturn().getResponse()
			.getContentAsString()).contains("Reden van afwijzing").contains(reason);
		assertThat(mvc.perform(get("/partner/referrals/" + sent.referral()).with(as(sent.partner()))).andReturn().getResponse()
			.getContentAsString()).contains(reason).doesNotContain("id=\"decline\"");
		delivered();
		for (var message : MAIL.getReceivedMessages()) {
			assertThat(message.getContent().toString()).as("the reason stays out of e-mail").doesNotContain("wachtlijst");
		}
	}

	@Test
	void anotherPartnersOrOrganisationsReferralCannotBeDeclined() throws Exception {
		var sent = sent(ServiceKind.FOOD_BANK);
		var elsewhere = sent(ServiceKind.FOOD_BANK);
		var samePlaceOtherService = fixtures.user(sent.world().organisationId(), "partner", Role.PARTNER);
		var jeugdfonds = map.services(sent.world().organisationId(), false).stream()
			.filter(it -> it.kind() == ServiceKind.JEUGDFONDS).findFirst().orElseThrow();
		map.linkPartner(sent.world().coordinator(), jeugdfonds.id(), samePlaceOtherService.id());

		for (var partner : java.util.List.of(samePlaceOtherService, elsewhere.partner())) {
			var refused = mvc.perform(post("/partner/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
				.param("reason", "Past niet").with(as(partner)).with(csrf())).andReturn().getResponse();
			assertThat(refused.getStatus()).isEqualTo(404);
		}
		assertThat(status(sent.referral())).isEqualTo("SENT");
		var byStaff = mvc.perform(post("/referrals/" + sent.referral() + "/status").param("status", "DECLINED")
			.with(as(sent.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(byStaff.getRedirectedUrl()).isEqualTo("/referrals/" + sent.referral());
		assertThat(status(sent.referral())).as("staff do not decline for the partner").isEqualTo("SENT");
	}
}
