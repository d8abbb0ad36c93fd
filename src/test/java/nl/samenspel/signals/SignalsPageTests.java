package nl.samenspel.signals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The signals page speaks to each role in its own words, and lists the Meldcode cases a user may open with the
 * child's name, the step, the next date and a link, logging each case it names; the signal's page labels its facts
 * as facts, not with the reporter's questions.
 */
class SignalsPageTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	String page(CurrentUser user, String path) throws Exception {
		var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	UUID raise(CurrentUser user, UUID child) throws Exception {
		var location = mvc.perform(post("/signals").param("childId", child.toString()).param("observedOn", "2026-11-30")
			.param("category", "NEGLECT").param("worry", "HIGH").param("facts", "Dezelfde vieze kleren, drie dagen.")
			.with(as(user)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/signals/".length()));
	}

	@Test
	void eachRoleReadsWhatTheSignalsPageMeansForThem() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);

		var worker = page(world.worker(), "/signals");
		var coordinator = page(world.coordinator(), "/signals");
		var safeguarding = page(officer, "/signals");

		assertThat(worker).contains("Wat gebeurt er met je signaal?").contains("Collega's zien je signaal niet")
			.doesNotContain("Als aandachtsfunctionaris");
		assertThat(coordinator).contains("niet over welk kind ze gaan").doesNotContain("Wat gebeurt er met je signaal?");
		assertThat(safeguarding).contains("Als aandachtsfunctionaris zie jij alle signalen en Meldcode-zaken van de organisatie")
			.contains("Elke keer dat je een signaal of zaak opent, wordt vastgelegd")
			.doesNotContain("Alleen de aandachtsfunctionaris ziet alle signalen");
		assertThat(mvc.perform(get("/signals").param("lang", "en").with(as(officer))).andReturn().getResponse()
			.getContentAsString()).contains("As the safeguarding officer you see all signals");
	}

	@Test
	void theCasesAreListedByChildWithStepNextDateAndLinkForThoseWhoMayOpenThem() throws Exception {
		var world = programmeFixtures.world();
		var org = world.organisationId();
		var officer = fixtures.user(org, "af", Role.SAFEGUARDING_OFFICER);
		var colleague = fixtures.user(org, "collega", Role.WORKER);
		var child = programmeFixtures.child(world, "Fenna", 8, true);
		var signal = raise(world.worker(), child);
		var opened = mvc.perform(post("/signals/" + signal + "/case").with(as(officer)).with(csrf())).andReturn()
			.getResponse().getRedirectedUrl();
		var caseId = UUID.fromString(opened.substring("/cases/".length()));

		var officers = page(officer, "/signals");
		assertThat(officers).contains("Meldcode-zaken van de organisatie").contains("href=\"/cases/" + caseId + "\"")
			.contains("Meldcode voor Fenna").contains("Stap 1: Signalen in kaart brengen").contains("Nog niet afgesproken");
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'case-list' and object_id = :id and user_id = :user")
			.param("id", caseId.toString()).param("user", officer.id()).query(Integer.class).single())
			.as("naming a case in a list is logged as a read of it").isEqualTo(1);

		assertThat(page(world.worker(), "/signals")).as("raised its signal").contains("Meldcode-zaken waar jij bij bent")
			.contains("href=\"/cases/" + caseId + "\"").contains("Meldcode voor Fenna");
		assertThat(page(colleague, "/signals")).as("another worker").doesNotContain("Fenna")
			.doesNotContain(caseId.toString());
		var coordinator = page(world.coordinator(), "/signals");
		assertThat(coordinator).as("a coordinator sees that it exists, not whose it is").doesNotContain("Fenna")
			.doesNotContain("href=\"/cases/" + caseId + "\"").contains("Meldcode-zaken");

		mvc.perform(post("/cases/" + caseId + "/members").param("userId", colleague.id().toString()).with(as(officer)).with(csrf()));
		assertThat(page(colleague, "/signals")).as("added to the case").contains("Meldcode voor Fenna")
			.contains("href=\"/cases/" + caseId + "\"");

		var other = programmeFixtures.world();
		var otherOfficer = fixtures.user(other.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		assertThat(page(otherOfficer, "/signals")).as("another organisation's officer").doesNotContain("Fenna")
			.doesNotContain(caseId.toString());
	}

	@Test
	void theSignalsPageLabelsFactsAsFactsWhileTheFormKeepsItsQuestions() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Jip", 8, true);
		var signal = raise(world.worker(), child);

		var shown = page(world.worker(), "/signals/" + signal);
		assertThat(shown).contains("Mate van zorg").contains("Onderwerp").contains("Gezien op").contains("Gezien of gehoord")
			.doesNotContain("Hoe bezorgd ben je?").doesNotContain("Waar gaat het over?").doesNotContain("Wat zag of hoorde je?");
		assertThat(page(world.worker(), "/signals")).contains("Mate van zorg").doesNotContain("Hoe bezorgd ben je?");
		assertThat(mvc.perform(get("/signals/" + signal).param("lang", "en").with(as(world.worker())))
			.andReturn().getResponse().getContentAsString()).contains("Level of concern").doesNotContain("How worried are you?");
		assertThat(page(world.worker(), "/signals/new?childId=" + child)).contains("Hoe bezorgd ben je?")
			.contains("Wat zag of hoorde je?");
	}
}
