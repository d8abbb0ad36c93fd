package nl.samenspel.children;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may collect a child: kept by staff and by the child's own guardians, validated field by field, scoped to the
 * organisation, and read only by whom may see the child's safety information (every read and refusal logged).
 */
class CollectorTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	ChildCollectors collectors;

	@Autowired
	ChildRegistry registry;

	@Autowired
	ChildPrivacy privacy;

	private int collectorsOf(UUID child) {
		return jdbc.sql("select count(*) from child_collector where child_id = :c").param("c", child).query(Integer.class).single();
	}

	@Test
	void staffAndTheChildsGuardianAddAndRemoveCollectorsAndSayWhetherTheChildMayGoHomeAlone() throws Exception {
		var world = programme.world();
		var child = programme.child(world, "Mila", 9, true);
		var parent = programme.parentOf(world, child);

		var oma = collectors.add(world.worker(), child, new CollectorDetails(" Oma Bakker ", "oma", "06 12345678"));
		var page = mvc.perform(post("/portal/children/" + child + "/collectors").param("name", "Buurvrouw Sara")
			.with(as(parent)).with(csrf())).andReturn().getResponse();
		assertThat(page.getRedirectedUrl()).isEqualTo("/portal/children/" + child + "/collectors");
		mvc.perform(post("/portal/children/" + child + "/collectors/alone").param("allowed", "true").with(as(parent)).with(csrf()));

		var sheet = collectors.collection(world.worker(), child);
		assertThat(sheet.allowed()).extracting(CollectionSheet.Collector::name).containsExactly("Buurvrouw Sara", "Oma Bakker");
		assertThat(sheet.allowed(oma)).get().extracting(CollectionSheet.Collector::phone).isEqualTo("06 12345678");
		assertThat(sheet.guardians()).hasSize(1);
		assertThat(sheet.goesHomeAlone()).isTrue();
		var portal = mvc.perform(get("/portal/children/" + child + "/collectors").with(as(parent))).andReturn().getResponse();
		assertThat(portal.getContentAsString()).contains("Oma Bakker").contains("Buurvrouw Sara");

		collectors.remove(world.coordinator(), child, oma);
		collectors.goesHomeAlone(world.coordinator(), child, false);
		assertThat(collectors.collection(world.worker(), child).allowed()).extracting(CollectionSheet.Collector::name)
			.containsExactly("Buurvrouw Sara");
		assertThat(collectors.collection(world.worker(), child).goesHomeAlone()).isFalse();
		assertThatThrownBy(() -> collectors.remove(world.coordinator(), child, oma)).isInstanceOf(NotFound.class);
	}

	@Test
	void aMergeTakesTheDuplicatesCollectorsAlongAndAnErasureRemovesThem() {
		var world = programme.world();
		var survivor = programme.child(world, "Mila", 9, true);
		var duplicate = programme.child(world, "Mila", 9, true);
		collectors.add(world.worker(), duplicate, new CollectorDetails("Oma Bakker", null, null));
		collectors.goesHomeAlone(world.worker(), duplicate, true);

		registry.merge(world.coordinator(), survivor, duplicate);

		var sheet = collectors.collection(world.worker(), survivor);
		assertThat(sheet.allowed()).extracting(CollectionSheet.Collector::name).containsExactly("Oma Bakker");
		assertThat(sheet.goesHomeAlone()).isTrue();
		privacy.erase(world.coordinator(), survivor);
		assertThat(collectorsOf(survivor)).isZero();
		assertThat(jdbc.sql("select count(*) from child_goes_home_alone where child_id = :c").param("c", survivor)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anEmptyNameOrEndlessTextGetsAFieldMessageAndNothingIsSaved() throws Exception {
		var world = programme.world();
		var child = programme.child(world, "Mila", 9, true);

		var empty = mvc.perform(post("/children/" + child + "/collectors").param("name", "   ").param("relation", "oma")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(200);
		assertThat(empty.getContentAsString()).contains("field-error").contains("aria-invalid=\"true\"");
		var endless = mvc.perform(post("/children/" + child + "/collectors").param("name", "x".repeat(5000))
			.param("relation", "y".repeat(5000)).with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(endless.getStatus()).isEqualTo(200);
		assertThat(endless.getContentAsString()).contains("hoogstens 200 tekens").contains("hoogstens 100 tekens");
		var markup = mvc.perform(post("/children/" + child + "/collectors").param("name", "<script>")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(markup.getContentAsString()).contains("Gebruik geen &lt; of &gt;");
		assertThat(collectorsOf(child)).isZero();

		assertThatThrownBy(() -> collectors.add(world.worker(), child, new CollectorDetails("", null, null)))
			.isInstanceOfSatisfying(FieldRejected.class, it -> assertThat(it.field()).isEqualTo("name"));
		assertThatThrownBy(() -> collectors.add(world.worker(), child, new CollectorDetails("Oma", "o".repeat(101), null)))
			.isInstanceOfSatisfying(FieldRejected.class, it -> assertThat(it.field()).isEqualTo("relation"));
		assertThatThrownBy(() -> collectors.add(world.worker(), child, new CollectorDetails("Oma", null, "bel me")))
			.isInstanceOfSatisfying(FieldRejected.class, it -> assertThat(it.field()).isEqualTo("phone"));
		assertThat(collectorsOf(child)).isZero();
	}

	@Test
	void anotherOrganisationAnotherParentAndOfficersWithoutHealthAccessAreRefused() throws Exception {
		var world = programme.world();
		var child = programme.child(world, "Mila", 9, true);
		collectors.add(world.worker(), child, new CollectorDetails("Oma Bakker", null, null));
		var other = programme.world();
		var otherChild = programme.child(other, "Noor", 9, true);
		var otherParent = programme.parentOf(other, otherChild);
		var strangerParent = programme.parentOf(world, programme.child(world, "Sem", 9, true));
		var officer = fixtures.user(world.organisationId(), "afo", Role.SAFEGUARDING_OFFICER);

		assertThatThrownBy(() -> collectors.collection(other.coordinator(), child)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> collectors.add(other.coordinator(), child, new CollectorDetails("X", null, null)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> collectors.collection(officer, child)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> collectors.collection(strangerParent, child)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> collectors.add(strangerParent, child, new CollectorDetails("X", null, null)))
			.isInstanceOf(NotFound.class);
		assertThat(mvc.perform(get("/portal/children/" + child + "/collectors").with(as(otherParent))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select result from audit_event where object_type = 'collectors' and object_id = :c")
			.param("c", child.toString()).query(String.class).list()).contains("DENIED");
		assertThat(collectorsOf(child)).isEqualTo(1);
	}
}
