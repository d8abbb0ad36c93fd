package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A family's rights over a child's data: everything can be exported, and erased (anonymous statistics stay); a
 * child registered twice is flagged and merged without losing a consent or a guardian.
 */
class PrivacyTests extends IntegrationTest {

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

	@Autowired
	ChildPrivacy privacy;

	UUID organisation;
	CurrentUser coordinator;

	@BeforeEach
	void staff() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "privacy", Role.COORDINATOR);
	}

	@Test
	void erasureRemovesPersonalDataAndKeepsAnonymousStatistics() throws Exception {
		var neighbourhood = fixtures.neighbourhood(organisation);
		var child = withEverything("Fenna", "Mulder", LocalDate.of(2017, 3, 14), neighbourhood.getId());

		var response = mvc.perform(post("/children/" + child + "/erase").with(as(coordinator)).with(csrf())).andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		var row = jdbc.sql("select first_name || '|' || last_name || '|' || coalesce(school, '') || '|' || status || '|' "
				+ "|| gender || '|' || cast(date_of_birth as varchar) || '|' || cast(neighbourhood_id as varchar) from child where id = :id")
			.param("id", child).query(String.class).single();
		assertThat(row).doesNotContain("Fenna").doesNotContain("Mulder").doesNotContain("Regenboog")
			.contains("ERASED").contains("GIRL").contains("2017-07-01").contains(neighbourhood.getId().toString());
		for (var table : java.util.List.of("consent", "child_assent", "safety_info", "emergency_contact", "child_guardian")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where child_id = :id").param("id", child)
				.query(Integer.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from guardian where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single()).as("a guardian with no other child goes too").isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ERASED' and object_id = :id")
			.param("id", child.toString()).query(Integer.class).single()).isEqualTo(1);
		assertThat(mvc.perform(get("/children/" + child).with(as(coordinator))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aMeldcodeProcedureHoldsTheErasure() {
		var child = withEverything("Bram", "de Boer", LocalDate.now().minusYears(9), null);
		HeldChildren.HELD.add(child);
		try {
			assertThatThrownBy(() -> privacy.erase(coordinator, child)).isInstanceOf(FieldRejected.class);
			assertThat(jdbc.sql("select first_name from child where id = :id").param("id", child).query(String.class)
				.single()).isEqualTo("Bram");
		}
		finally {
			HeldChildren.HELD.remove(child);
		}
	}

	@Test
	void exportsEverythingHeldAboutAChild() throws Exception {
		var child = withEverything("Lotte", "Smit", LocalDate.now().minusYears(8), null);
		mvc.perform(get("/children/" + child).with(as(coordinator)));

		var export = mvc.perform(get("/children/" + child + "/export").with(as(coordinator))).andReturn().getResponse();

		assertThat(export.getHeader("Content-Disposition")).contains("attachment");
		assertThat(export.getContentAsString()).contains("\"firstName\":\"Lotte\"").contains("Anna Smit")
			.contains("PHOTOS_INTERNAL").contains("Gluten").contains("Opa Smit").contains("\"accessLog\"")
			.contains("READ");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORTED' and object_id = :id")
			.param("id", child.toString()).query(Integer.class).single()).isEqualTo(1);

		var pdf = mvc.perform(get("/children/" + child + "/export.pdf").with(as(coordinator))).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Gegevens van Lotte Smit").contains("Anna Smit").contains("Gluten")
				.contains("Foto's voor intern gebruik").contains("Opa Smit");
		}
	}

	@Test
	void flagsAChildRegisteredTwiceAndMergesWithoutLosingAnything() throws Exception {
		var born = LocalDate.now().minusYears(7);
		var first = withEverything("Sophie", "Jansen", born, null);
		var second = withEverything("Sofie", "Jansen", born, null);
		var unrelated = withEverything("Sophie", "Jansen", born.minusDays(1), null);

		var page = mvc.perform(get("/children/" + first).with(as(coordinator))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Mogelijk dubbel ingeschreven").contains("/children/" + second)
			.doesNotContain("/children/" + unrelated);

		var merge = mvc.perform(post("/children/" + first + "/merge").param("duplicateId", second.toString())
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();

		assertThat(merge.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from child where id = :id").param("id", second).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from consent where child_id = :id").param("id", first).query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from child_guardian where child_id = :id").param("id", first)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from emergency_contact where child_id = :id").param("id", first)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'MERGED' and object_id in (:a, :b)")
			.param("a", first.toString()).param("b", second.toString()).query(Integer.class).single()).isEqualTo(2);
		var survivor = management.child(coordinator, first);
		assertThat(safetyRecords.safety(fixtures.user(organisation, "werker", Role.WORKER), survivor).allergies())
			.isEqualTo("Gluten");
	}

	@Test
	void measuresNameDistanceLetterByLetter() {
		assertThat(ChildNames.distance("sophie jansen", "sofie jansen")).isEqualTo(2);
		assertThat(ChildNames.distance("zoe", "zoe")).isZero();
		assertThat(ChildNames.distance("daan", "sem")).isGreaterThan(2);
	}

	private UUID withEverything(String first, String last, LocalDate born, UUID neighbourhood) {
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails(first, last, born, Gender.GIRL, neighbourhood, "9901",
				"OBS De Regenboog", "Nederlands")).getId();
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Anna " + last, Relation.MOTHER,
				"06 12345678", "anna@example.org", "nl"));
		consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL,
				ConsentMethod.PAPER));
		consents.recordAssent(worker, child, new AssentRequest(ConsentPurpose.PHOTOS_INTERNAL, true, "Leuk!"));
		safetyRecords.addContact(worker, child, new ContactDetails("Opa " + last, "opa", "06 87654321"));
		safetyRecords.updateSafety(worker, child, new SafetyDetails("Gluten", null, null, null));
		return child;
	}
}
