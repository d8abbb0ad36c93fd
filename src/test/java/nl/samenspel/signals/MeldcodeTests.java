package nl.samenspel.signals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The Meldcode through the API: a complete run through the five steps with both decisions, a run closed at
 * question 1, and steps out of order refused with nothing saved.
 */
class MeldcodeTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	record Setting(ActivityFixtures.World world, CurrentUser officer, UUID child, UUID caseId) {
	}

	Setting caseOfAWorkersSignal() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Floor", 8, true);
		var signal = post(world.worker(), "/api/v1/signals", "{\"childId\":\"" + child + "\",\"observedOn\":\"" + TODAY
				+ "\",\"category\":\"SAFETY_AT_HOME\",\"worry\":\"HIGH\",\"facts\":\"Floor zei: papa slaat mama.\","
				+ "\"source\":\"Floor zelf\"}", 201);
		var signalId = signal.replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
		var opened = post(officer, "/api/v1/signals/" + signalId + "/case", null, 201);
		return new Setting(world, officer, child, UUID.fromString(opened.replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1")));
	}

	String post(CurrentUser user, String path, String json, int expected) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(as(user)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + " " + json + ": " + response.getContentAsString()).isEqualTo(expected);
		return response.getContentAsString();
	}

	String read(CurrentUser user, UUID caseId) throws Exception {
		var response = mvc.perform(get("/api/v1/signals/cases/" + caseId).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	int entries(UUID caseId) {
		return jdbc.sql("select count(*) from case_entry where case_id = :c").param("c", caseId).query(Integer.class).single();
	}

	@Test
	void aCompleteRunThroughTheFiveStepsWithBothDecisions() throws Exception {
		var s = caseOfAWorkersSignal();
		var base = "/api/v1/signals/cases/" + s.caseId();
		var officer = s.officer();

		post(officer, base + "/observations", "{\"content\":\"Vader is boos geworden bij het ophalen.\",\"hypothesis\":false}", 204);
		post(officer, base + "/observations", "{\"content\":\"Er is huiselijk geweld.\",\"hypothesis\":true}", 204);
		post(officer, base + "/consultations", "{\"withWhom\":\"Veilig Thuis\",\"content\":\"Advies: bespreken en melden.\","
				+ "\"veiligThuis\":true,\"reference\":\"VT-2026-0042\"}", 204);
		post(officer, base + "/conversations", "{\"held\":true,\"withWhom\":\"Moeder\",\"content\":\"Moeder bevestigt ruzies.\"}", 204);
		post(officer, base + "/weighing", "{\"question\":1,\"answer\":true,\"explanation\":\"Ja, vermoeden.\"}", 204);
		post(officer, base + "/weighing", "{\"question\":2,\"answer\":true,\"explanation\":\"Structureel onveilig.\"}", 204);
		var afterWeighing = read(officer, s.caseId());
		assertThat(afterWeighing).contains("\"weighing\":\"REPORT\"").doesNotContain("nextQuestion\":3");
		post(officer, base + "/decision", "{\"reportRequired\":true,\"helpPossible\":true,\"explanation\":\"Melden en hulp via het wijkteam.\"}", 204);
		post(officer, base + "/report", "{\"reportedOn\":\"" + TODAY + "\",\"reference\":\"VT-M-7781\",\"content\":\"Gemeld.\"}", 204);
		post(officer, base + "/help", "{\"content\":\"Wijkteam start gezinsbegeleiding.\",\"followUpOn\":\"" + TODAY.plusWeeks(6) + "\"}", 204);
		var hypothesis = jdbc.sql("select id from case_entry where case_id = :c and kind = 'HYPOTHESIS'").param("c", s.caseId())
			.query(UUID.class).single();
		post(officer, base + "/hypotheses/" + hypothesis, "{\"confirmed\":true}", 204);
		post(officer, base + "/close", "{\"content\":\"Melding gedaan, hulp loopt.\"}", 204);

		var closed = read(officer, s.caseId());
		assertThat(closed).contains("\"status\":\"CLOSED\"").contains("\"closedBecause\":\"DECIDED\"")
			.contains("\"reportRequired\":true").contains("\"helpPossible\":true").contains("\"reportedOn\":\"" + TODAY + "\"")
			.contains("VT-2026-0042").contains("VT-M-7781").contains("\"kind\":\"HYPOTHESIS\"").contains("\"hypothesis\":\"CONFIRMED\"");
		assertThat(jdbc.sql("select step from concern_case where id = :c").param("c", s.caseId()).query(Integer.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select kind from case_entry where case_id = :c order by step, recorded_at").param("c", s.caseId())
			.query(String.class).list()).containsExactly("OBSERVATION", "OBSERVATION", "HYPOTHESIS", "VEILIG_THUIS_ADVICE",
					"CONVERSATION", "WEIGHING", "WEIGHING", "DECISION", "REPORT", "HELP", "CLOSURE");
		assertThat(jdbc.sql("select count(distinct recorded_by) from case_entry where case_id = :c").param("c", s.caseId())
			.query(Integer.class).single()).isEqualTo(1);
		post(officer, base + "/observations", "{\"content\":\"Nog iets\"}", 400);
	}

	@Test
	void aRunClosedAtQuestionOne() throws Exception {
		var s = caseOfAWorkersSignal();
		var base = "/api/v1/signals/cases/" + s.caseId();

		post(s.officer(), base + "/consultations", "{\"withWhom\":\"Collega Ahmed\",\"content\":\"Het was een spel.\"}", 204);
		post(s.officer(), base + "/conversations", "{\"held\":false,\"content\":\"Niet nodig gebleken; wel vastgelegd.\"}", 204);
		post(s.officer(), base + "/weighing", "{\"question\":1,\"answer\":false,\"explanation\":\"Floor speelde een toneelstuk na.\"}", 204);

		var closed = read(s.officer(), s.caseId());
		assertThat(closed).contains("\"status\":\"CLOSED\"").contains("\"closedBecause\":\"NO_SUSPICION\"")
			.contains("\"weighing\":\"NO_SUSPICION\"");
		post(s.officer(), base + "/weighing", "{\"question\":2,\"answer\":true,\"explanation\":\"Toch\"}", 400);
		post(s.officer(), base + "/decision", "{\"reportRequired\":true,\"helpPossible\":false,\"explanation\":\"x\"}", 400);
	}

	@Test
	void stepsOutOfOrderAreRefusedAndSaveNothing() throws Exception {
		var s = caseOfAWorkersSignal();
		var base = "/api/v1/signals/cases/" + s.caseId();
		var before = entries(s.caseId());

		var decision = post(s.officer(), base + "/decision", "{\"reportRequired\":true,\"helpPossible\":false,\"explanation\":\"Melden\"}", 400);
		var conversation = post(s.officer(), base + "/conversations", "{\"held\":true,\"withWhom\":\"Moeder\",\"content\":\"x\"}", 400);
		var weighing = post(s.officer(), base + "/weighing", "{\"question\":1,\"answer\":true,\"explanation\":\"x\"}", 400);
		assertThat(decision).contains("\"field\":\"reportRequired\"").contains("weging");
		assertThat(conversation).contains("\"field\":\"held\"");
		assertThat(weighing).contains("\"field\":\"question\"");
		assertThat(entries(s.caseId())).isEqualTo(before);

		post(s.officer(), base + "/consultations", "{\"withWhom\":\"Collega\",\"content\":\"Besproken\"}", 204);
		post(s.officer(), base + "/conversations", "{\"held\":true,\"withWhom\":\"Moeder\",\"content\":\"Gesprek\"}", 204);
		var skipped = post(s.officer(), base + "/weighing", "{\"question\":2,\"answer\":true,\"explanation\":\"x\"}", 400);
		assertThat(skipped).contains("in volgorde");
		post(s.officer(), base + "/weighing", "{\"question\":1,\"answer\":true,\"explanation\":\"Ja\"}", 204);
		post(s.officer(), base + "/weighing", "{\"question\":2,\"answer\":false,\"explanation\":\"Nee\"}", 204);
		post(s.officer(), base + "/weighing", "{\"question\":3,\"answer\":false,\"explanation\":\"Wij kunnen niet helpen\"}", 204);
		var noReport = post(s.officer(), base + "/decision", "{\"reportRequired\":false,\"helpPossible\":true,\"explanation\":\"x\"}", 400);
		assertThat(noReport).contains("Het afwegingskader zegt: melden");
		post(s.officer(), base + "/decision", "{\"reportRequired\":true,\"helpPossible\":false,\"explanation\":\"Melden\"}", 204);
		var entriesBefore = entries(s.caseId());
		var withoutDate = post(s.officer(), base + "/report", "{\"reference\":\"VT-1\"}", 400);
		assertThat(withoutDate).contains("\"field\":\"reportedOn\"");
		post(s.officer(), base + "/help", "{\"content\":\"x\",\"followUpOn\":\"" + TODAY.plusDays(3) + "\"}", 400);
		post(s.officer(), base + "/close", "{\"content\":\"Klaar\"}", 400);
		assertThat(entries(s.caseId())).isEqualTo(entriesBefore);
		assertThat(jdbc.sql("select reported_on from concern_case where id = :c").param("c", s.caseId())
			.query(LocalDate.class).optional().orElse(null)).isNull();
	}

	@Test
	void theCasePageGuidesStepByStepAndShowsTheMessageNextToTheForm() throws Exception {
		var s = caseOfAWorkersSignal();

		var page = mvc.perform(get("/cases/" + s.caseId()).with(as(s.officer()))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("0800-2000").contains("112").contains("Stap 1: Signalen in kaart brengen")
			.contains("action=\"/cases/" + s.caseId() + "/consultations\"")
			.doesNotContain("action=\"/cases/" + s.caseId() + "/conversations\"")
			.doesNotContain("action=\"/cases/" + s.caseId() + "/weighing\"");

		var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + s.caseId() + "/consultations").param("withWhom", "").param("content", "")
			.with(as(s.officer())).with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"consultation-withWhom-error\"");
		assertThat(List.of(entries(s.caseId()))).containsExactly(1);
	}
}
