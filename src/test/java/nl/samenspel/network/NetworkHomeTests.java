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

import static nl.samenspel.Homes.hasPanel;
import static nl.samenspel.Homes.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The network module on a home: a worker's referrals that ask something of them (to send, answered), as the
 * referrals page names them; a partner's referrals waiting for their answer, the same ones their own list shows
 * as SENT, each shown logged; nobody else's.
 */
class NetworkHomeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	SocialMap map;

	@Autowired
	ChildManagement children;

	@Autowired
	Referrals referrals;

	@Autowired
	ReferralProgress progress;

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
	}

	private UUID refer(CurrentUser user, UUID child, UUID service, UUID guardian) throws Exception {
		var response = mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"serviceId\":\"" + service + "\",\"reason\":\"Wil graag zwemmen\","
					+ "\"consentGuardianId\":\"" + guardian + "\"}")
			.with(as(user)).with(csrf())).andReturn().getResponse().getContentAsString();
		return UUID.fromString(response.replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
	}

	@Test
	void showsAWorkerTheirReferralsToSendAndAPartnerThoseToAnswer() throws Exception {
		var world = programme.world();
		var jeugdfonds = map.services(world.organisationId(), false).stream()
			.filter(it -> it.kind() == ServiceKind.JEUGDFONDS).findFirst().orElseThrow();
		var partner = fixtures.user(world.organisationId(), "partner", Role.PARTNER);
		map.linkPartner(world.coordinator(), jeugdfonds.id(), partner.id());
		var noor = programme.child(world, "Noor", 9, true);
		var otto = programme.child(world, "Otto", 9, true);
		var toSend = refer(world.worker(), noor, jeugdfonds.id(),
				children.guardians(children.child(world.coordinator(), noor)).get(0).getId());
		var sent = refer(world.worker(), otto, jeugdfonds.id(),
				children.guardians(children.child(world.coordinator(), otto)).get(0).getId());
		mvc.perform(post("/referrals/" + sent + "/status").param("status", "SENT").with(as(world.worker())).with(csrf()));

		var worker = panel(home(world.worker()), "referrals");
		var noorName = referrals.list(world.worker(), noor).get(0).childName();
		assertThat(worker).contains(noorName).contains("href=\"/referrals/" + toSend + "\"").contains("nog versturen")
			.doesNotContain("Otto").doesNotContain("zwemmen");

		var html = home(partner);
		var waiting = progress.forPartner(partner).stream().filter(it -> it.status() == ReferralStatus.SENT).toList();
		assertThat(waiting).hasSize(1);
		assertThat(panel(html, "partner-referrals")).contains("Otto").contains("href=\"/partner/referrals/" + sent + "\"")
			.doesNotContain("Noor").doesNotContain("zwemmen").doesNotContain("Test");
		assertThat(hasPanel(html, "referrals")).isFalse();
		assertThat(hasPanel(home(world.coordinator()), "referrals")).as("a coordinator's home: no worker's panel")
			.isFalse();

		var other = programme.world();
		assertThat(home(other.worker())).doesNotContain("Noor").doesNotContain("Otto");
	}
}
