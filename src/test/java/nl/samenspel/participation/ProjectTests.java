package nl.samenspel.participation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.Consent;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.children.ConsentWithdrawn;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Children's projects: roles, isolation, validation, tasks, and photos only with every shown child's photo consent. */
class ProjectTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Projects projects;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildConsents consents;

	@Autowired
	ProjectPhotoConsent listener;

	record Setup(ActivityFixtures.World world, Project project, UUID sem, UUID lotte) {
	}

	Setup setup() {
		var world = programme.world();
		var project = projects.create(world.worker(), new ProjectDetails("Zwerfafval-actie", "De straat schoon", null));
		var sem = programme.child(world, "Sem", 10, true);
		var lotte = programme.child(world, "Lotte", 9, true);
		projects.addMember(world.worker(), project.id(), new ProjectMember(sem, "bedenker"));
		projects.addMember(world.worker(), project.id(), new ProjectMember(lotte, "fotograaf"));
		return new Setup(world, projects.project(world.worker(), project.id()), sem, lotte);
	}

	Consent photoConsent(ActivityFixtures.World world, UUID child) {
		var guardian = children.guardians(children.child(world.coordinator(), child)).get(0);
		return children.giveConsent(world.coordinator(), child,
				new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER));
	}

	MockHttpServletResponse send(CurrentUser user, String path, String... form) throws Exception {
		var request = post(path).with(as(user)).with(csrf());
		for (int i = 0; i < form.length; i += 2) {
			request.param(form[i], form[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletResponse photo(CurrentUser user, UUID project, byte[] content, UUID... shown) throws Exception {
		var request = multipart("/participation/projects/" + project + "/photos")
			.file(new MockMultipartFile("photo", "foto.jpg", "image/jpeg", content));
		for (var child : shown) {
			request.param("shown", child.toString());
		}
		return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
	}

	int photos(UUID project) {
		return jdbc.sql("select count(*) from participation_project_photo where project_id = :p").param("p", project)
			.query(Integer.class).single();
	}

	@Test
	void keepersCreateAProjectOthersMayNot() throws Exception {
		var world = programme.world();
		var created = send(world.coordinator(), "/participation/projects", "title", "Feest voor de buren", "goal",
				"Oudere buren een leuke middag geven");
		assertThat(created.getStatus()).isEqualTo(302);
		var id = UUID.fromString(created.getRedirectedUrl().substring("/participation/projects/".length()));
		var page = mvc.perform(get("/participation/projects/" + id).with(as(world.worker()))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Feest voor de buren").contains("Oudere buren een leuke middag geven");
		assertThat(mvc.perform(get("/participation/projects").with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("Feest voor de buren");

		assertThat(mvc.perform(get("/participation/projects/" + id).with(as(world.volunteer()))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		var admin = fixtures.user(world.organisationId(), "beheer", Role.ADMIN);
		assertThat(send(admin, "/participation/projects", "title", "X", "goal", "Y").getStatus()).isEqualTo(403);
		assertThatThrownBy(() -> projects.projects(world.volunteer()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void anotherOrganisationsProjectIsNotFound() throws Exception {
		var s = setup();
		var other = programme.world();
		var base = "/participation/projects/" + s.project().id();

		assertThat(mvc.perform(get(base).with(as(other.worker()))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(send(other.worker(), base + "/tasks", "text", "Stiekem").getStatus()).isEqualTo(404);
		assertThat(send(other.worker(), base + "/progress", "status", "DONE").getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/participation/projects").with(as(other.worker()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain(s.project().id().toString());
		var otherChild = programme.child(other, "Vreemd", 9, true);
		assertThat(send(s.world().worker(), base + "/members", "childId", otherChild.toString(), "role", "bedenker")
			.getContentAsString()).contains("Dit kind kennen we niet.");
		assertThat(projects.project(s.world().worker(), s.project().id()).members()).hasSize(2);
		assertThat(projects.project(s.world().worker(), s.project().id()).tasks()).isEmpty();
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var before = jdbc.sql("select count(*) from participation_project").query(Integer.class).single();
		var base = "/participation/projects/" + s.project().id();

		var blank = send(worker, "/participation/projects", "title", " ", "goal", "x".repeat(501));
		assertThat(blank.getStatus()).isEqualTo(200);
		assertThat(blank.getContentAsString()).contains("field-error");
		assertThat(jdbc.sql("select count(*) from participation_project").query(Integer.class).single()).isEqualTo(before);

		assertThat(send(worker, base + "/members", "childId", s.sem().toString(), "role", "penningmeester")
			.getContentAsString()).contains("Dit kind doet al mee aan het project.");
		assertThat(send(worker, base + "/members", "childId", programme.child(s.world(), "Bo", 8, true).toString(), "role", "")
			.getContentAsString()).contains("field-error");
		var outsider = programme.child(s.world(), "Ties", 8, true);
		assertThat(send(worker, base + "/tasks", "text", "Posters maken", "childId", outsider.toString())
			.getContentAsString()).contains("Kies een kind dat meedoet aan het project, of de hele groep.");
		assertThat(send(worker, base + "/tasks", "text", "x".repeat(201)).getContentAsString()).contains("field-error");
		assertThat(send(worker, base + "/progress", "status", "DONE", "outcome", "x".repeat(1001)).getContentAsString())
			.contains("field-error");

		var project = projects.project(worker, s.project().id());
		assertThat(project.members()).hasSize(2);
		assertThat(project.members()).extracting(Project.Member::role).containsExactly("bedenker", "fotograaf");
		assertThat(project.tasks()).isEmpty();
		assertThat(project.status()).isEqualTo(ProjectStatus.IDEA);
		assertThat(project.outcome()).isNull();
	}

	@Test
	void tasksAreMarkedDoneAndUndone() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var base = "/participation/projects/" + s.project().id();
		assertThat(send(worker, base + "/tasks", "text", "Grijpers lenen bij de gemeente", "childId", s.sem().toString())
			.getStatus()).isEqualTo(302);
		assertThat(send(worker, base + "/tasks", "text", "Afval sorteren").getStatus()).isEqualTo(302);
		var tasks = projects.project(worker, s.project().id()).tasks();
		assertThat(tasks).extracting(Project.Task::childId).containsExactly(s.sem(), null);

		send(worker, base + "/tasks/" + tasks.get(0).id(), "done", "true");
		assertThat(projects.project(worker, s.project().id()).tasks()).extracting(Project.Task::done).containsExactly(true, false);
		send(worker, base + "/tasks/" + tasks.get(0).id(), "done", "false");
		assertThat(projects.project(worker, s.project().id()).tasks()).extracting(Project.Task::done).containsExactly(false, false);

		var other = programme.world();
		assertThat(send(other.worker(), base + "/tasks/" + tasks.get(1).id(), "done", "true").getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> projects.markTask(worker, s.project().id(), UUID.randomUUID(), true))
			.isInstanceOf(NotFound.class);

		assertThat(send(worker, base + "/progress", "status", "DONE", "outcome", "We hebben 12 zakken afval opgeraapt!")
			.getStatus()).isEqualTo(302);
		var done = projects.project(worker, s.project().id());
		assertThat(done.status()).isEqualTo(ProjectStatus.DONE);
		assertThat(done.outcome()).isEqualTo("We hebben 12 zakken afval opgeraapt!");
	}

	@Test
	void aPhotoNeedsThePhotoConsentOfEveryChildInIt() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		photoConsent(s.world(), s.sem());
		var jpeg = IdeaPictureTests.jpegWithExif();

		var refused = photo(worker, s.project().id(), jpeg, s.sem(), s.lotte());
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Niet alle kinderen op de foto hebben toestemming van hun ouder");
		assertThat(photos(s.project().id())).isZero();
		assertThat(photo(worker, s.project().id(), "geen foto".getBytes(StandardCharsets.UTF_8), s.sem()).getContentAsString())
			.contains("Kies een tekening of foto");
		assertThat(photos(s.project().id())).isZero();

		assertThat(photo(worker, s.project().id(), jpeg, s.sem()).getStatus()).isEqualTo(302);
		assertThat(photo(worker, s.project().id(), jpeg).getStatus()).as("nobody in it").isEqualTo(302);
		var project = projects.project(worker, s.project().id());
		assertThat(project.photos()).hasSize(2);
		var shown = mvc.perform(get("/participation/projects/" + s.project().id() + "/photos/" + project.photos().get(0).id())
			.with(as(s.world().coordinator()))).andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentType()).isEqualTo("image/jpeg");
		assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(new String(shown.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain(IdeaPictureTests.MARKER);
		assertThat(mvc.perform(get("/participation/projects/" + s.project().id() + "/photos/" + project.photos().get(0).id())
			.with(as(programme.world().worker()))).andReturn().getResponse().getStatus()).isEqualTo(404);
		var page = mvc.perform(get("/participation/projects/" + s.project().id()).with(as(worker))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("/photos/" + project.photos().get(0).id() + "\"")
			.contains("Foto van het project met Sem ");
	}

	@Test
	void withdrawingThePhotoConsentRemovesThePhotosShowingTheChild() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var consent = photoConsent(s.world(), s.sem());
		photoConsent(s.world(), s.lotte());
		var jpeg = IdeaPictureTests.jpegWithExif();
		projects.addPhoto(worker, s.project().id(), jpeg, List.of(s.sem()));
		projects.addPhoto(worker, s.project().id(), jpeg, List.of(s.sem(), s.lotte()));
		projects.addPhoto(worker, s.project().id(), jpeg, List.of(s.lotte()));
		assertThat(photos(s.project().id())).isEqualTo(3);

		consents.withdrawConsent(s.world().coordinator(), s.sem(), consent.getId());
		delivered();

		var left = projects.project(worker, s.project().id()).photos();
		assertThat(left).hasSize(1);
		assertThat(left.get(0).childIds()).containsExactly(s.lotte());
		assertThat(jdbc.sql("select count(*) from participation_project_photo_child where child_id = :c").param("c", s.sem())
			.query(Integer.class).single()).isZero();

		// a second delivery changes nothing, and a child who still has consent keeps their photos
		listener.on(new ConsentWithdrawn(s.world().organisationId(), s.sem(), ConsentPurpose.PHOTOS_INTERNAL,
				ActivityFixtures.today()));
		listener.on(new ConsentWithdrawn(s.world().organisationId(), s.lotte(), ConsentPurpose.PHOTOS_WEBSITE,
				ActivityFixtures.today()));
		assertThat(photos(s.project().id())).isEqualTo(1);
	}

	@Test
	void aChildsNameInTheGoalOrOutcomeIsFlaggedForTheWorker() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var base = "/participation/projects/" + s.project().id();
		assertThat(mvc.perform(get(base).with(as(worker))).andReturn().getResponse().getContentAsString())
			.doesNotContain("een naam van een kind");

		send(worker, base + "/progress", "status", "DONE", "outcome", "Lotte heeft de meeste zakken gevuld");

		assertThat(mvc.perform(get(base).with(as(worker))).andReturn().getResponse().getContentAsString())
			.contains("een naam van een kind");
	}

	@Test
	void theDemoHasAProjectWithRolesTasksAndAnOutcome() {
		var project = jdbc.sql("""
				select id from participation_project where organisation_id = :o and title = 'Zwerfafval-actie in de Bloemenwijk'
				and outcome is not null""")
			.param("o", nl.samenspel.organisation.OrganisationFixtures.DEMO_FIRST).query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from participation_project_member where project_id = :p").param("p", project)
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from participation_project_task where project_id = :p and done")
			.param("p", project).query(Integer.class).single()).isEqualTo(2);
	}
}
