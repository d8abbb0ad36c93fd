package nl.samenspel.children;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The parent's read log ("Wie heeft de gegevens bekeken?"): grouped per day and reader, shown by display name and
 * role (never a user name), paged; and reads by those working on an open Meldcode case withheld until the case is
 * closed (AVG art. 23: a parent must not be warned before a report to Veilig Thuis).
 */
class ReadLogTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	record Family(ActivityFixtures.World world, UUID child, CurrentUser parent) {
	}

	Family family(String name) {
		var world = programmeFixtures.world();
		var child = programmeFixtures.child(world, name, 8, true);
		// not through ChildManagement.child, which would log a read
		var guardian = jdbc.sql("select guardian_id from child_guardian where child_id = :c").param("c", child)
			.query(UUID.class).single();
		var parent = fixtures.user(world.organisationId(), "lezende-ouder", Role.PARENT);
		jdbc.sql("update guardian set app_user_id = :user where id = :id").param("user", parent.id())
			.param("id", guardian).update();
		return new Family(world, child, parent);
	}

	String portal(Family family, String query) throws Exception {
		var response = mvc.perform(get("/portal/children/" + family.child() + query).with(as(family.parent()))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		var page = response.getContentAsString();
		return page.substring(page.indexOf("id=\"reads-heading\""));
	}

	void read(CurrentUser user, String path) throws Exception {
		assertThat(mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void groupsTheReadsPerDayAndReaderByDisplayNameAndRoleAndPagesThem() throws Exception {
		var family = family("Fenna");
		var coordinator = family.world().coordinator();
		var worker = family.world().worker();
		for (int i = 0; i < 3; i++) {
			read(coordinator, "/children/" + family.child());
		}
		read(worker, "/children/" + family.child());
		read(worker, "/children/" + family.child() + "/safety");
		for (int day = 1; day <= 25; day++) {
			jdbc.sql("""
					insert into audit_event (occurred_at, organisation_id, user_id, username, roles, action, object_type,
					  object_id, result)
					values (:at, :org, :user, :username, 'WORKER', 'READ', 'child', :child, 'SUCCESS')""")
				.param("at", Timestamp.from(Instant.now().minus(day, ChronoUnit.DAYS)))
				.param("org", family.world().organisationId()).param("user", worker.id())
				.param("username", worker.getUsername()).param("child", family.child().toString()).update();
		}

		var first = portal(family, "");
		var second = portal(family, "?page=1");

		assertThat(first).doesNotContain(coordinator.getUsername()).doesNotContain(worker.getUsername())
			.contains(coordinator.displayName() + " (Coördinator)").contains(worker.displayName() + " (Kinderwerker)");
		assertThat(first.split("<tr class=\"read\">", -1)).as("one row per reader and day, 20 on a page").hasSize(21);
		assertThat(first).contains("De gegevens van je kind: 3 keer").contains("De gegevens over veiligheid en gezondheid")
			.contains("De gegevens van je kind: 1 keer");
		assertThat(first).contains("/portal/children/" + family.child() + "?page=1");
		assertThat(second.split("<tr class=\"read\">", -1)).as("27 groups in all").hasSize(8);
	}

	@Test
	void withholdsTheReadsOfThoseWorkingOnAnOpenMeldcodeCaseUntilItIsClosed() throws Exception {
		var family = family("Jesse");
		var officer = fixtures.user(family.world().organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var raised = mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"childId\":\"" + family.child() + "\",\"observedOn\":\"2026-11-30\",\"category\":\"NEGLECT\","
					+ "\"worry\":\"HIGH\",\"facts\":\"Blauwe plekken op de armen.\"}")
			.with(as(family.world().worker())).with(csrf())).andReturn().getResponse();
		assertThat(raised.getStatus()).isEqualTo(201);
		var signal = raised.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
		var opened = mvc.perform(post("/api/v1/signals/" + signal + "/case").with(as(officer)).with(csrf())).andReturn()
			.getResponse();
		assertThat(opened.getStatus()).isEqualTo(201);
		var caseId = UUID.fromString(opened.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1"));

		read(officer, "/children/" + family.child());
		read(family.world().coordinator(), "/children/" + family.child());

		var whileOpen = portal(family, "");
		assertThat(whileOpen).doesNotContain(officer.displayName()).doesNotContain("Aandachtsfunctionaris")
			.as("reads of others go on showing").contains(family.world().coordinator().displayName());
		assertThat(export(family)).as("nor in the access-request export handed to the parents")
			.doesNotContain(officer.getUsername()).contains(family.world().coordinator().getUsername());

		// the steps to closing are MeldcodeTests' business; here only the status matters
		jdbc.sql("update concern_case set status = 'CLOSED', closed_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now())).param("id", caseId).update();

		assertThat(portal(family, "")).contains(officer.displayName() + " (Aandachtsfunctionaris)");
		assertThat(export(family)).contains(officer.getUsername());
	}

	String export(Family family) throws Exception {
		return mvc.perform(get("/api/v1/children/" + family.child() + "/export").with(as(family.world().coordinator())))
			.andReturn().getResponse().getContentAsString();
	}
}
