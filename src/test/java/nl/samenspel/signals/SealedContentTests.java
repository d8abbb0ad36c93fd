package nl.samenspel.signals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What people write about a child's worries is sealed at rest and never logged: after a whole case and a referral,
 * no database column holds any of it in plain text, and neither does the application's log output (captured here).
 */
@ExtendWith(OutputCaptureExtension.class)
class SealedContentTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	static final List<String> SECRETS = List.of("Kiki-geheim-feit", "bron-de-buurvrouw", "hypothese-oom",
			"advies-VT-geheim", "VT-kenmerk-9931", "gesprek-met-moeder-geheim", "toelichting-weging-geheim",
			"besluit-geheim", "melding-kenmerk-5512", "hulp-wijkteam-geheim", "afsluiting-geheim", "reden-verwijzing-geheim",
			"contact-06-geheim", "geen-toestemming-geheim");

	void send(nl.samenspel.kernel.CurrentUser user, String path, String json) throws Exception {
		var response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json).with(as(user)).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isIn(201, 204);
	}

	@Test
	void noColumnAndNoLogLineHoldsWhatWasWritten(CapturedOutput output) throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Kiki", 8, true);
		var today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

		send(world.worker(), "/api/v1/signals", "{\"childId\":\"" + child + "\",\"observedOn\":\"" + today
				+ "\",\"category\":\"SAFETY_AT_HOME\",\"worry\":\"HIGH\",\"facts\":\"Kiki-geheim-feit\",\"source\":\"bron-de-buurvrouw\"}");
		var signal = jdbc.sql("select id from signal where child_id = :c").param("c", child).query(java.util.UUID.class).single();
		send(officer, "/api/v1/signals/" + signal + "/case", "{}");
		var base = "/api/v1/signals/cases/" + jdbc.sql("select case_id from signal where id = :s").param("s", signal)
			.query(java.util.UUID.class).single();
		send(officer, base + "/observations", "{\"content\":\"hypothese-oom\",\"hypothesis\":true}");
		send(officer, base + "/consultations", "{\"withWhom\":\"Veilig Thuis\",\"content\":\"advies-VT-geheim\",\"veiligThuis\":true,\"reference\":\"VT-kenmerk-9931\"}");
		send(officer, base + "/conversations", "{\"held\":true,\"withWhom\":\"Moeder\",\"content\":\"gesprek-met-moeder-geheim\"}");
		send(officer, base + "/weighing", "{\"question\":1,\"answer\":true,\"explanation\":\"toelichting-weging-geheim\"}");
		send(officer, base + "/weighing", "{\"question\":2,\"answer\":true,\"explanation\":\"toelichting-weging-geheim\"}");
		send(officer, base + "/decision", "{\"reportRequired\":true,\"helpPossible\":true,\"explanation\":\"besluit-geheim\"}");
		send(officer, base + "/report", "{\"reportedOn\":\"" + today + "\",\"reference\":\"melding-kenmerk-5512\"}");
		send(officer, base + "/help", "{\"content\":\"hulp-wijkteam-geheim\",\"followUpOn\":\"" + today.plusDays(14) + "\"}");
		send(officer, base + "/close", "{\"content\":\"afsluiting-geheim\"}");
		var service = jdbc.sql("select id from network_organisation where organisation_id = :o and kind = 'JEUGDFONDS'")
			.param("o", world.organisationId()).query(java.util.UUID.class).optional();
		if (service.isEmpty()) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/network").with(as(world.worker())));
			service = jdbc.sql("select id from network_organisation where organisation_id = :o and kind = 'JEUGDFONDS'")
				.param("o", world.organisationId()).query(java.util.UUID.class).optional();
		}
		send(world.worker(), "/api/v1/referrals", "{\"childId\":\"" + child + "\",\"serviceId\":\"" + service.orElseThrow()
				+ "\",\"reason\":\"reden-verwijzing-geheim\",\"contact\":\"contact-06-geheim\",\"noConsentReason\":\"geen-toestemming-geheim\"}");

		var columns = String.join("\n",
				jdbc.sql("select facts || coalesce(source, '') from signal").query(String.class).list().toString(),
				jdbc.sql("select coalesce(content, '') || coalesce(reference, '') from case_entry").query(String.class).list().toString(),
				jdbc.sql("select reason || coalesce(contact, '') || coalesce(no_consent_reason, '') from referral").query(String.class).list().toString(),
				jdbc.sql("select coalesce(object_type, '') || coalesce(object_id, '') || coalesce(username, '') from audit_event").query(String.class).list().toString(),
				jdbc.sql("select subject || body from outbox_mail").query(String.class).list().toString());
		for (var secret : SECRETS) {
			assertThat(columns).as("no column holds " + secret).doesNotContain(secret);
			assertThat(output.getAll()).as("no log line holds " + secret).doesNotContain(secret);
		}
		assertThat(jdbc.sql("select count(*) from case_entry e join concern_case c on c.id = e.case_id where c.child_id = :c")
			.param("c", child).query(Integer.class).single()).as("the run was recorded").isEqualTo(10);
		var opened = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base).with(as(officer)))
			.andReturn().getResponse().getContentAsString();
		assertThat(opened).as("and opens again for those who may read it").contains("Kiki-geheim-feit").contains("VT-kenmerk-9931")
			.contains("afsluiting-geheim");
	}

	@Test
	void theLongestTextsInTheWidestScriptsStillFitOnceSealed() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Li", 8, true);
		var longest = "李".repeat(4000);

		send(world.worker(), "/api/v1/signals", "{\"childId\":\"" + child + "\",\"observedOn\":\"2026-11-30\","
				+ "\"category\":\"OTHER\",\"worry\":\"LOW\",\"facts\":\"" + longest + "\",\"source\":\"" + "李".repeat(500) + "\"}");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/network").with(as(world.worker())));
		var service = jdbc.sql("select id from network_organisation where organisation_id = :o and kind = 'FOOD_BANK'")
			.param("o", world.organisationId()).query(java.util.UUID.class).single();
		send(world.worker(), "/api/v1/referrals", "{\"childId\":\"" + child + "\",\"serviceId\":\"" + service
				+ "\",\"reason\":\"" + longest + "\",\"contact\":\"" + "李".repeat(300) + "\",\"noConsentReason\":\""
				+ "李".repeat(1000) + "\"}");

		assertThat(jdbc.sql("select count(*) from referral where child_id = :c").param("c", child).query(Integer.class).single())
			.isEqualTo(1);
	}
}
