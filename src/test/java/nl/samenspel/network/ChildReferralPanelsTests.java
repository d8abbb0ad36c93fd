package nl.samenspel.network;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The child's page shows the child's referrals to the staff the referral pages are for, as the referrals list does:
 * the service, the status and the date, each leading to the referral; never its reason or contact, and nothing of
 * another child or another organisation.
 */
class ChildReferralPanelsTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	SocialMap map;

	UUID refer(CurrentUser user, UUID child, ServiceKind kind, ActivityFixtures.World world) throws Exception {
		var service = map.services(world.organisationId(), false).stream().filter(it -> it.kind() == kind).findFirst()
			.orElseThrow();
		var response = mvc.perform(post("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"serviceId\":\"" + service.id()
					+ "\",\"reason\":\"Wil graag zwemmen\",\"noConsentReason\":\"Nog in gesprek\",\"contact\":\"Moeder, 06 12345678\"}")
			.with(as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return UUID.fromString(response.getContentAsString().replaceAll(".*?\"id\":\"([0-9a-f-]+)\".*", "$1"));
	}

	String page(CurrentUser user, UUID child) throws Exception {
		var response = mvc.perform(get("/children/" + child).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	int reads(UUID referral) {
		return jdbc.sql("select count(*) from audit_event where action = 'READ' and object_type = 'referral' and object_id = :id")
			.param("id", referral.toString()).query(Integer.class).single();
	}

	@Test
	void staffSeeTheChildsReferralsAsTheListShowsThem() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Sem", 9, true);
		var sibling = programmeFixtures.child(world, "Lotte", 7, true);
		var referral = refer(world.worker(), child, ServiceKind.JEUGDFONDS, world);
		var siblings = refer(world.worker(), sibling, ServiceKind.FOOD_BANK, world);
		mvc.perform(post("/referrals/" + referral + "/status").param("status", "SENT").with(as(world.worker())).with(csrf()));
		var readsBefore = reads(referral);

		for (var viewer : java.util.List.of(world.worker(), world.coordinator(), officer)) {
			var html = page(viewer, child);
			assertThat(html).contains("id=\"panel-referrals\"").contains("href=\"/referrals/" + referral + "\"")
				.contains("Jeugdfonds").contains("Verstuurd").contains("Verwezen op")
				.doesNotContain("Wil graag zwemmen").doesNotContain("06 12345678").doesNotContain("Nog in gesprek")
				.doesNotContain(siblings.toString());
		}
		assertThat(reads(referral)).as("like the list, the page opens no referral").isEqualTo(readsBefore);

		var none = page(world.worker(), sibling);
		assertThat(none).contains("href=\"/referrals/" + siblings + "\"").doesNotContain(referral.toString());
	}

	@Test
	void anotherOrganisationsReferralsNeverShow() throws Exception {
		var world = programmeFixtures.world();
		var elsewhere = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Noor", 9, true);
		var theirs = programmeFixtures.child(elsewhere, "Noor", 9, true);
		var referral = refer(elsewhere.worker(), theirs, ServiceKind.FOOD_BANK, elsewhere);
		// another organisation's referral, pointed at this child: the list is scoped, so the page does not show it
		jdbc.sql("update referral set child_id = :child where id = :id").param("child", child).param("id", referral)
			.update();

		var html = page(world.worker(), child);
		assertThat(html).contains("id=\"panel-referrals\"").contains("Geen verwijzingen voor dit kind.")
			.doesNotContain(referral.toString());
		var volunteer = mvc.perform(get("/children/" + child).with(as(world.volunteer()))).andReturn().getResponse();
		assertThat(volunteer.getStatus()).as("a volunteer opens no child's page").isEqualTo(403);
	}
}
