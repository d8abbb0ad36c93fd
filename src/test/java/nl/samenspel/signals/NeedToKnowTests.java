package nl.samenspel.signals;

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
 * Need to know, over every way in: the person who raised a signal (while staff), the safeguarding officers and the
 * colleagues added to its case read it; a colleague removed from the case no longer does; a COORDINATOR sees that the
 * case exists and its status, not its content; a VOLUNTEER raises a signal and cannot open it; nobody else can. Every
 * read and every refusal is in the audit log, and the case shows its access history.
 */
class NeedToKnowTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	int status(CurrentUser user, String path) throws Exception {
		return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
	}

	@Test
	void onlyThoseWhoNeedToKnowReadASignalAndItsCase() throws Exception {
		var world = programmeFixtures.world();
		var org = world.organisationId();
		var officer = fixtures.user(org, "af", Role.SAFEGUARDING_OFFICER);
		var colleague = fixtures.user(org, "collega", Role.WORKER);
		var admin = fixtures.user(org, "beheer", Role.ADMIN);
		var municipality = fixtures.user(org, "gemeente", Role.MUNICIPALITY);
		var child = programmeFixtures.child(world, "Bram", 9, true);
		inTheVolunteersSession(world, child);

		var raised = mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + child + "\",\"observedOn\":\"2026-11-30\",\"category\":\"NEGLECT\",\"worry\":\"HIGH\","
					+ "\"facts\":\"Bram had al drie dagen dezelfde vieze kleren aan.\"}")
			.with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).isEqualTo(201);
		var signal = UUID.fromString(raised.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1"));
		var signalPath = "/api/v1/signals/" + signal;

		assertThat(status(world.volunteer(), signalPath)).as("a volunteer never reads signals").isEqualTo(403);
		assertThat(status(world.volunteer(), "/signals/" + signal)).isEqualTo(403);
		assertThat(status(officer, signalPath)).isEqualTo(200);
		assertThat(status(world.worker(), signalPath)).as("another worker").isEqualTo(403);
		assertThat(status(world.coordinator(), signalPath)).isEqualTo(403);
		assertThat(status(admin, signalPath)).isEqualTo(403);
		assertThat(status(municipality, signalPath)).isEqualTo(403);

		var opened = mvc.perform(post(signalPath + "/case").with(as(officer)).with(csrf())).andReturn().getResponse();
		var caseId = UUID.fromString(opened.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1"));
		var casePath = "/api/v1/signals/cases/" + caseId;
		assertThat(status(colleague, casePath)).isEqualTo(403);
		assertThat(status(colleague, "/cases/" + caseId)).isEqualTo(403);

		mvc.perform(post("/cases/" + caseId + "/members").param("userId", colleague.id().toString()).with(as(officer)).with(csrf()));
		assertThat(status(colleague, casePath)).as("added to the case").isEqualTo(200);
		assertThat(status(colleague, signalPath)).as("and so to its signal").isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/signals").with(as(colleague))).andReturn().getResponse().getContentAsString())
			.contains(signal.toString()).doesNotContain("vieze kleren");
		var notAnOfficer = mvc.perform(post("/api/v1/signals/cases/" + caseId + "/members").contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\":\"" + world.worker().id() + "\"}").with(as(colleague)).with(csrf())).andReturn().getResponse();
		assertThat(notAnOfficer.getStatus()).isEqualTo(403);

		mvc.perform(post("/cases/" + caseId + "/members/" + colleague.id() + "/remove").with(as(officer)).with(csrf()));
		assertThat(status(colleague, casePath)).as("removed again").isEqualTo(403);
		assertThat(status(colleague, signalPath)).isEqualTo(403);

		var overview = mvc.perform(get("/api/v1/signals/cases").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(overview).contains(caseId.toString()).contains("\"status\":\"OPEN\"").doesNotContain("Bram")
			.doesNotContain("kleren");
		assertThat(status(world.coordinator(), casePath)).isEqualTo(403);
		var coordinatorsList = mvc.perform(get("/signals").with(as(world.coordinator()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(coordinatorsList).contains("Meldcode-zaken").doesNotContain("Bram");

		var denied = jdbc.sql("select count(*) from audit_event where object_id in (:s, :c) and result = 'DENIED'")
			.param("s", signal.toString()).param("c", caseId.toString()).query(Integer.class).single();
		assertThat(denied).as("every refusal is audited").isGreaterThanOrEqualTo(6);
		var casePage = mvc.perform(get("/cases/" + caseId).with(as(officer))).andReturn().getResponse().getContentAsString();
		assertThat(casePage).contains("Wie heeft dit ingezien of gewijzigd").contains(colleague.getUsername())
			.contains("Geweigerd");
	}

	@Test
	void theRaiserReadsTheirOwnSignalWhileTheyAreStaff() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Isa", 7, true);
		var raised = mvc.perform(post("/signals").param("childId", child.toString()).param("observedOn", "2026-11-30")
			.param("category", "BULLYING").param("worry", "LOW").param("facts", "Isa wordt uitgelachen om haar bril.")
			.with(as(world.worker())).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).isEqualTo(302);
		var signal = raised.getRedirectedUrl().replace("/signals/", "");

		assertThat(mvc.perform(get("/signals/" + signal).with(as(world.worker()))).andReturn().getResponse()
			.getContentAsString()).contains("uitgelachen om haar bril");

		jdbc.sql("delete from app_user_role where app_user_id = :u").param("u", world.worker().id()).update();
		jdbc.sql("insert into app_user_role (app_user_id, role) values (:u, 'VOLUNTEER')").param("u", world.worker().id()).update();
		var nowVolunteer = load(world.worker().getUsername());
		assertThat(mvc.perform(get("/api/v1/signals/" + signal).with(as(nowVolunteer))).andReturn().getResponse()
			.getStatus()).as("no longer staff").isEqualTo(403);
	}

	@Test
	void aVolunteerRaisingFromTheAttendanceListGoesBackToItAndCannotOpenWhatTheyWrote() throws Exception {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, "Jens", 9, true);
		var session = inTheVolunteersSession(world, child);

		var raised = mvc.perform(post("/signals").param("childId", child.toString()).param("observedOn", "2026-11-30")
			.param("category", "HEALTH").param("worry", "MEDIUM").param("facts", "Jens hoest al weken.")
			.param("sessionId", session.toString()).with(as(world.volunteer())).with(csrf())).andReturn().getResponse();

		assertThat(raised.getRedirectedUrl()).isEqualTo("/sessions/" + session);
		assertThat(mvc.perform(get("/api/v1/signals").with(as(world.volunteer()))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		var id = jdbc.sql("select id from signal where child_id = :c").param("c", child).query(UUID.class).single();
		assertThat(mvc.perform(get("/signals/" + id).with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("hoest");
	}

	@Test
	void aVolunteerSeesTheNameOfAndRaisesSignalsAboutOnlyTheChildrenOfTheirSessions() throws Exception {
		var world = programmeFixtures.world();
		var theirs = programmeFixtures.child(world, "Lotte", 8, true);
		var other = programmeFixtures.child(world, "Mirthe", 8, true);
		inTheVolunteersSession(world, theirs);

		var form = mvc.perform(get("/signals/new").param("childId", theirs.toString()).with(as(world.volunteer())))
			.andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("Lotte");

		var refused = mvc.perform(get("/signals/new").param("childId", other.toString()).with(as(world.volunteer())))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).as("a child not in their sessions is not found").isEqualTo(404);
		assertThat(refused.getContentAsString()).doesNotContain("Mirthe");
		var raised = mvc.perform(post("/signals").param("childId", other.toString()).param("observedOn", "2026-11-30")
			.param("category", "HEALTH").param("worry", "MEDIUM").param("facts", "Mirthe hoest.")
			.with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).isNotEqualTo(302);
		assertThat(raised.getContentAsString()).doesNotContain("Mirthe");
		var api = mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + other + "\",\"observedOn\":\"2026-11-30\",\"category\":\"HEALTH\","
					+ "\"worry\":\"MEDIUM\",\"facts\":\"Mirthe hoest.\"}")
			.with(as(world.volunteer())).with(csrf())).andReturn().getResponse();
		assertThat(api.getStatus()).isNotEqualTo(201);
		assertThat(jdbc.sql("select count(*) from signal where child_id = :c").param("c", other).query(Integer.class)
			.single()).isZero();
		assertThat(mvc.perform(get("/signals/new").param("childId", other.toString()).with(as(world.worker())))
			.andReturn().getResponse().getContentAsString()).as("staff raise signals about any child").contains("Mirthe");
	}

	/** Enrols the child in a series with a session next week, at which the world's volunteer works. */
	private UUID inTheVolunteersSession(ActivityFixtures.World world, UUID child) {
		var activity = programmeFixtures.activity(world, nl.samenspel.activities.Mode.SERIES, 10, 4, 12);
		var session = programmeFixtures.session(world, activity, ActivityFixtures.today().plusDays(7));
		programmeFixtures.enrol(world, activity, child, false);
		return session.id();
	}
}
