package nl.samenspel.children;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Migrating from a previous system: an Excel-style CSV (semicolons, BOM, Dutch dates) is previewed with its
 * possible duplicates and every bad line; nothing is written until a coordinator confirms, and then all at once.
 */
class ChildImportTests extends IntegrationTest {

	@Autowired
	ChildImport imports;

	@Autowired
	ChildRegistry registry;

	UUID organisation;
	CurrentUser coordinator;

	@BeforeEach
	void staff() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "import", Role.COORDINATOR);
	}

	@Test
	void previewsWithoutWritingThenImportsEverythingOnConfirmation() throws Exception {
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		registry.register(worker, new ChildDetails("Zoe", "Bakker",
				LocalDate.of(LocalDate.now().getYear() - 8, 3, 14), Gender.GIRL, null, null, null, null));

		var page = mvc.perform(multipart("/children/import").file(file("import-sample.csv")).with(as(coordinator))
			.with(csrf())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("4 kinderen klaar om te importeren, waarvan 1 mogelijk al ingeschreven.")
			.contains("Lijkt op Zoe Bakker").contains("Łukasz Nowak");
		assertThat(children()).as("nothing written before confirming").isEqualTo(1);

		var id = page.replaceAll("(?s).*action=\"/children/import/([0-9a-f-]{36})/confirm\".*", "$1");
		var confirm = mvc.perform(post("/children/import/" + id + "/confirm").with(as(coordinator)).with(csrf()))
			.andReturn().getResponse();

		assertThat(confirm.getStatus()).isEqualTo(302);
		assertThat(children()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from guardian where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single()).as("one guardian for the two siblings, one for Ayşe").isEqualTo(2);
		assertThat(jdbc.sql("select cast(date_of_birth as varchar) from child where organisation_id = :o and first_name = 'Daan'")
			.param("o", organisation).query(String.class).single()).endsWith("-09-02");
		assertThat(jdbc.sql("select count(*) from child_import where id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).as("the upload is gone after confirming").isZero();
	}

	@Test
	void listsEveryBadLineAndRefusesToImport() throws Exception {
		var preview = imports.preview(coordinator, read("import-bad.csv"));

		assertThat(preview.importable()).isFalse();
		assertThat(preview.badLines()).extracting(ChildImport.BadLine::line, ChildImport.BadLine::reasonKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3L, "import.error.firstName"),
				org.assertj.core.groups.Tuple.tuple(4L, "import.error.age"),
				org.assertj.core.groups.Tuple.tuple(5L, "import.error.date"),
				org.assertj.core.groups.Tuple.tuple(6L, "import.error.gender"),
				org.assertj.core.groups.Tuple.tuple(7L, "import.error.neighbourhood"),
				org.assertj.core.groups.Tuple.tuple(8L, "import.error.phone"));
		assertThatThrownBy(() -> imports.confirm(coordinator, preview.id())).isInstanceOf(FieldRejected.class);
		assertThat(children()).isZero();
	}

	@Test
	void onlyTheCoordinatorWhoUploadedCanConfirm() throws Exception {
		var preview = imports.preview(coordinator, read("import-sample.csv"));
		var other = fixtures.user(fixtures.organisation(), "ander", Role.COORDINATOR);

		assertThatThrownBy(() -> imports.confirm(other, preview.id())).isInstanceOf(nl.samenspel.kernel.NotFound.class);
		assertThat(mvc.perform(multipart("/children/import").file(file("import-sample.csv"))
			.with(as(fixtures.user(organisation, "werker", Role.WORKER))).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(children()).isZero();
	}

	private int children() {
		return jdbc.sql("select count(*) from child where organisation_id = :o").param("o", organisation)
			.query(Integer.class).single();
	}

	private static byte[] read(String name) throws IOException {
		return ChildImportTests.class.getResourceAsStream("/children/" + name).readAllBytes();
	}

	private static MockMultipartFile file(String name) throws IOException {
		return new MockMultipartFile("file", name, "text/csv", read(name));
	}
}
