package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The registry as its users meet it: a worker registers a child with a guardian, consent and an allergy; the health
 * information is stored sealed; every read is audited and the parent sees who read; searches ignore accents; bad
 * input is refused next to its field and changes nothing.
 */
class ChildRegistryTests extends IntegrationTest {

	@Autowired
	ChildManagement management;

	@Autowired
	ChildRegistry registry;

	@Autowired
	ChildGuardians guardianship;

	@Autowired
	ChildConsents consents;

	@Autowired
	ChildSafety safetyRecords;

	UUID organisation;
	CurrentUser worker;
	CurrentUser coordinator;

	@BeforeEach
	void staff() {
		organisation = fixtures.organisation();
		worker = fixtures.user(organisation, "kinderwerker", Role.WORKER);
		coordinator = fixtures.user(organisation, "coordinator", Role.COORDINATOR);
	}

	@Test
	void aWorkerRegistersAChildWithGuardianConsentAndAllergyAndTheHealthNoteIsSealed() throws Exception {
		var registered = mvc.perform(post("/children").param("firstName", "Zoë").param("lastName", "de Vries")
			.param("dateOfBirth", LocalDate.now().minusYears(7).toString()).param("gender", "GIRL")
			.param("school", "OBS Het Anker").with(as(worker)).with(csrf())).andReturn().getResponse();
		assertThat(registered.getStatus()).isEqualTo(302);
		var id = UUID.fromString(registered.getRedirectedUrl().substring("/children/".length()));

		mvc.perform(post("/children/" + id + "/guardians").param("name", "Mila de Vries").param("relation", "MOTHER")
			.param("phone", "06 12345678").param("email", "mila@example.org").param("preferredLanguage", "nl")
			.with(as(worker)).with(csrf()));
		var guardian = jdbc.sql("select guardian_id from child_guardian where child_id = :id").param("id", id)
			.query(UUID.class).single();
		mvc.perform(post("/children/" + id + "/consents").param("guardianId", guardian.toString())
			.param("purpose", "PHOTOS_INTERNAL").param("method", "PAPER").with(as(worker)).with(csrf()));
		mvc.perform(post("/children/" + id + "/safety").param("allergies", "Pinda's: EpiPen in de tas")
			.param("medicalNotes", "Astma\nPuffer bij inspanning").with(as(worker)).with(csrf()));

		var raw = jdbc.sql("select allergies || '|' || medical_notes from safety_info where child_id = :id").param("id", id)
			.query(String.class).single();
		assertThat(raw).doesNotContain("Pinda").doesNotContain("Astma").startsWith("v1:");
		var page = mvc.perform(get("/children/" + id).with(as(worker))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Let op, allergie: Pinda's: EpiPen in de tas").contains("Mila de Vries")
			.contains("Gegeven door Mila de Vries").contains("Op papier");
		assertThat(reads(id)).containsExactlyInAnyOrder("child", "health");
	}

	@Test
	void findsChildrenWithoutAccentsOrCaseAndByAgeNeighbourhoodAndSchool() {
		var neighbourhood = fixtures.neighbourhood(organisation);
		register("Zoë", "Brouwer", 6, neighbourhood.getId(), "De Regenboog");
		register("Łukasz", "Nowak", 10, null, "De Molen");
		register("Ayşe", "Yılmaz", 11, neighbourhood.getId(), "De Molen");

		assertThat(names(new ChildQuery("zoe", null, null, null, null, false))).containsExactly("Zoë");
		assertThat(names(new ChildQuery("LUKASZ", null, null, null, null, false))).containsExactly("Łukasz");
		assertThat(names(new ChildQuery("ayse yilmaz", null, null, null, null, false))).containsExactly("Ayşe");
		assertThat(names(new ChildQuery(null, 10, 11, null, null, false))).containsExactlyInAnyOrder("Łukasz", "Ayşe");
		assertThat(names(new ChildQuery(null, null, null, neighbourhood.getId(), "molen", false))).containsExactly("Ayşe");
	}

	@Test
	void refusesBadInputNextToTheFieldAndSavesNothing() throws Exception {
		var before = count();
		var future = mvc.perform(post("/children").param("firstName", "Toekomst").param("lastName", "Kind")
			.param("dateOfBirth", LocalDate.now().plusDays(3).toString()).with(as(worker)).with(csrf())).andReturn()
			.getResponse().getContentAsString();
		var old = mvc.perform(post("/children").param("firstName", "Te").param("lastName", "Oud")
			.param("dateOfBirth", LocalDate.now().minusYears(18).toString()).with(as(worker)).with(csrf())).andReturn()
			.getResponse().getContentAsString();
		var empty = mvc.perform(post("/children").param("firstName", " ").param("lastName", "")
			.param("dateOfBirth", LocalDate.now().minusYears(5).toString()).with(as(worker)).with(csrf())).andReturn()
			.getResponse().getContentAsString();
		var notADate = mvc.perform(post("/children").param("firstName", "Datum").param("lastName", "Kwijt")
			.param("dateOfBirth", "gisteren").with(as(worker)).with(csrf())).andReturn().getResponse().getContentAsString();
		var unknown = mvc.perform(post("/children").param("firstName", "Ergens").param("lastName", "Anders")
			.param("dateOfBirth", LocalDate.now().minusYears(6).toString())
			.param("neighbourhoodId", fixtures.neighbourhood(fixtures.organisation()).getId().toString())
			.with(as(worker)).with(csrf())).andReturn().getResponse().getContentAsString();

		assertThat(future).contains("id=\"dateOfBirth-error\"").contains("De geboortedatum ligt in de toekomst.");
		assertThat(old).contains("Dit kind is 18 jaar of ouder.");
		assertThat(empty).contains("id=\"firstName-error\"").contains("id=\"lastName-error\"");
		assertThat(notADate).contains("id=\"dateOfBirth-error\"").contains("Vul hier een geldige waarde in.");
		assertThat(unknown).contains("id=\"neighbourhoodId-error\"");
		assertThat(count()).isEqualTo(before);

		var child = register("Mees", "Bakker", 8, null, null);
		var guardians = jdbc.sql("select count(*) from guardian where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single();
		var badGuardian = mvc.perform(post("/children/" + child + "/guardians").param("name", "Ouder")
			.param("relation", "FATHER").param("email", "geen-mail").param("phone", "12")
			.with(as(worker)).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(badGuardian).contains("id=\"guardian-email-error\"").contains("id=\"guardian-phone-error\"");
		assertThat(badGuardian).as("the form that came back with errors is unfolded, the others not")
			.contains("id=\"add-guardian\" open").contains("id=\"add-contact\">");
		var folded = mvc.perform(get("/children/" + child).with(as(worker))).andReturn().getResponse()
			.getContentAsString();
		assertThat(folded).contains("id=\"add-guardian\">").contains("id=\"add-contact\">")
			.contains("id=\"add-assent\">").doesNotContain(" open>");
		assertThat(mvc.perform(get("/children/" + child).param("form", "contact").with(as(worker))).andReturn()
			.getResponse().getContentAsString()).as("asked for").contains("id=\"add-contact\" open")
			.contains("id=\"add-guardian\">");
		assertThat(jdbc.sql("select count(*) from guardian where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single()).isEqualTo(guardians);

		var stranger = mvc.perform(post("/api/v1/children/" + child + "/consents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"guardianId\":\"" + UUID.randomUUID() + "\",\"purpose\":\"PHOTOS_WEBSITE\",\"method\":\"PAPER\"}")
			.with(as(worker)).with(csrf())).andReturn().getResponse();
		assertThat(stranger.getStatus()).isEqualTo(400);
		assertThat(stranger.getContentAsString()).contains("\"field\":\"guardianId\"");
		assertThat(jdbc.sql("select count(*) from consent where child_id = :c").param("c", child).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aParentSeesTheirOwnChildWithdrawsPhotoConsentAndSeesWhoRead() throws Exception {
		var child = register("Sem", "Visser", 9, null, null);
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Fleur Visser", Relation.MOTHER,
				null, "fleur@example.org", "nl"));
		consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL,
				ConsentMethod.PAPER));
		var parent = fixtures.user(organisation, "ouder", Role.PARENT);
		jdbc.sql("update guardian set app_user_id = :user where id = :id").param("user", parent.id())
			.param("id", guardian.getId()).update();
		mvc.perform(get("/children/" + child).with(as(coordinator)));
		var other = register("Niet", "Van Mij", 7, null, null);

		var portal = mvc.perform(get("/portal/children/" + child).with(as(parent))).andReturn().getResponse()
			.getContentAsString();
		var consent = jdbc.sql("select id from consent where child_id = :c and withdrawn_at is null").param("c", child)
			.query(UUID.class).single();
		var withdraw = mvc.perform(post("/portal/children/" + child + "/consents/" + consent + "/withdraw")
			.with(as(parent)).with(csrf())).andReturn().getResponse();

		assertThat(portal).contains("Sem Visser").doesNotContain(coordinator.getUsername())
			.contains(coordinator.displayName() + " (Coördinator)")
			.contains("Je gaf toestemming op");
		assertThat(withdraw.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select withdrawn_by from consent where id = :id").param("id", consent).query(UUID.class)
			.single()).isEqualTo(parent.id());
		assertThat(mvc.perform(get("/portal/children/" + other).with(as(parent))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/children/" + child).with(as(parent))).andReturn().getResponse().getStatus())
			.as("parents use the portal, not the registry").isEqualTo(403);
	}

	@Test
	void aNewConsentTextVersionAppliesToNewConsentsOnly() throws Exception {
		var child = register("Tess", "Kok", 8, null, null);
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Ilse Kok", Relation.MOTHER, null, null, "nl"));
		consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_WEBSITE,
				ConsentMethod.PAPER));

		var published = mvc.perform(post("/consent-texts").param("purpose", "PHOTOS_WEBSITE")
			.param("dutch", "Wij mogen foto's van uw kind op onze nieuwe website zetten.")
			.param("english", "We may put photos of your child on our new website.")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_WEBSITE,
				ConsentMethod.SPOKEN));

		assertThat(published.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select text_version from consent where child_id = :c order by given_at").param("c", child)
			.query(Integer.class).list()).containsExactly(1, 2);
		assertThat(mvc.perform(get("/consent-texts").with(as(coordinator))).andReturn().getResponse().getContentAsString())
			.contains("op onze nieuwe website").contains("versie 2");
	}

	@Test
	void siblingsShareAGuardianAndTheParentKeepsTheirContactDetailsUpToDate() throws Exception {
		var older = register("Lieke", "Peters", 10, null, null);
		var younger = register("Bas", "Peters", 6, null, null);
		var guardian = guardianship.addGuardian(worker, older, new GuardianDetails("Joyce Peters", Relation.MOTHER,
				"06 11111111", null, "nl"));
		var page = mvc.perform(get("/children/" + younger).with(as(worker))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ouder van een broer of zus koppelen").contains("Joyce Peters");

		mvc.perform(post("/children/" + younger + "/guardians/link").param("guardianId", guardian.getId().toString())
			.param("relation", "MOTHER").with(as(worker)).with(csrf()));
		var parent = fixtures.user(organisation, "joyce", Role.PARENT);
		jdbc.sql("update guardian set app_user_id = :u where id = :g").param("u", parent.id()).param("g", guardian.getId())
			.update();
		var contact = mvc.perform(post("/portal/contact").param("name", "Joyce Peters").param("relation", "PARENT")
			.param("phone", "06 22222222").param("email", "joyce@example.org").param("preferredLanguage", "en")
			.with(as(parent)).with(csrf())).andReturn().getResponse();

		assertThat(management.childrenOf(parent)).extracting(Child::getFirstName).containsExactlyInAnyOrder("Lieke", "Bas");
		assertThat(contact.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select phone || ' ' || email || ' ' || preferred_language from guardian where id = :g")
			.param("g", guardian.getId()).query(String.class).single()).isEqualTo("06 22222222 joyce@example.org en");
	}

	@Test
	void aGuardianIsInvitedToThePortalByEmailAndSeesTheirChildAfterActivating() throws Exception {
		var child = register("Olivia", "Dekker", 9, null, null);
		var email = "olivia.ouder." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Marloes Dekker", Relation.MOTHER, null,
				email, "en"));
		var username = "marloes-" + UUID.randomUUID().toString().substring(0, 6);

		var invited = mvc.perform(post("/children/" + child + "/guardians/" + guardian.getId() + "/invite")
			.param("username", username).with(as(worker)).with(csrf())).andReturn().getResponse();

		assertThat(invited.getStatus()).isEqualTo(302);
		var account = jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
		assertThat(jdbc.sql("select role from app_user_role where app_user_id = :id").param("id", account)
			.query(String.class).list()).containsExactly("PARENT");
		assertThat(jdbc.sql("select app_user_id from guardian where id = :g").param("g", guardian.getId())
			.query(UUID.class).single()).isEqualTo(account);
		var mail = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(mail.getSubject()).as("in the guardian's language").isEqualTo("Your Samenspel account");
		assertThat(management.childrenOf(load(username))).extracting(Child::getFirstName).containsExactly("Olivia");
		var again = mvc.perform(post("/children/" + child + "/guardians/" + guardian.getId() + "/invite")
			.param("username", username + "x").with(as(worker)).with(csrf())).andReturn().getResponse();
		assertThat(again.getContentAsString()).contains("Deze ouder heeft al een account.");
	}

	@Test
	void aVolunteerSeesNoHealthInformationWithoutASession() {
		var child = management.child(worker, register("Noor", "Smit", 6, null, null));
		var volunteer = fixtures.user(organisation, "vrijwilliger", Role.VOLUNTEER);

		assertThat(safetyRecords.maySeeHealth(volunteer, child)).isFalse();
		assertThat(safetyRecords.maySeeHealth(worker, child)).isTrue();
		assertThat(safetyRecords.maySeeHealth(fixtures.user(organisation, "aandacht", Role.SAFEGUARDING_OFFICER), child))
			.isFalse();
	}

	private UUID register(String first, String last, int age, UUID neighbourhood, String school) {
		return registry.register(worker, new ChildDetails(first, last, LocalDate.now().minusYears(age).minusDays(30),
				Gender.NOT_RECORDED, neighbourhood, null, school, null)).getId();
	}

	private java.util.List<String> names(ChildQuery query) {
		return management.search(worker, query, PageRequest.of(0, 50)).getContent().stream()
			.map(ChildSummary::firstName).toList();
	}

	private int count() {
		return jdbc.sql("select count(*) from child where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single();
	}

	private java.util.List<String> reads(UUID child) {
		return jdbc.sql("select object_type from audit_event where action = 'READ' and object_id = :id")
			.param("id", child.toString()).query(String.class).list();
	}
}
