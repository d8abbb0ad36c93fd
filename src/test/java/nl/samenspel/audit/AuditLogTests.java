package nl.samenspel.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit log: who did what, from where, when; no personal data in it; an ADMIN searches only their own
 * organisation's entries.
 */
class AuditLogTests extends IntegrationTest {

	@Test
	void recordsLoginsAndChangesWithActorRolesAndOrigin() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "audit-admin", Role.ADMIN);
		new HttpSession(baseUrl()).login(admin.getUsername(), OrganisationFixtures.PASSWORD);
		mvc.perform(post("/locations").param("name", "Buurthuis Zoë Geheim").param("type", "OTHER")
			.with(as(admin)).with(csrf()));

		var entries = jdbc.sql("select action, username, roles, object_type, result, origin_address, organisation_id "
				+ "from audit_event where user_id = :user order by id")
			.param("user", admin.id())
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
					String.valueOf(rs.getString(4)), rs.getString(5), String.valueOf(rs.getString(6)), rs.getString(7)))
			.list();

		assertThat(entries).containsExactly(
				"LOGIN_SUCCEEDED|" + admin.getUsername() + "|ADMIN|user|SUCCESS|127.0.0.1|" + organisation,
				"CREATED|" + admin.getUsername() + "|ADMIN|location|SUCCESS|127.0.0.1|" + organisation);
	}

	@Test
	void holdsNoPersonalData() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "audit-privacy", Role.ADMIN);
		mvc.perform(post("/users/invite").param("username", "privacy-" + UUID.randomUUID().toString().substring(0, 6))
			.param("displayName", "Fatima El Amrani").param("email", "fatima.el.amrani@example.org")
			.param("roles", "PARENT").param("preferredLanguage", "nl").with(as(admin)).with(csrf()));

		var everything = String.join("\n", jdbc.sql("select * from audit_event where organisation_id = :org")
			.param("org", organisation)
			.query((rs, n) -> {
				var row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				return row.toString();
			}).list());

		assertThat(everything).contains("USER_INVITED").doesNotContain("Fatima").doesNotContain("fatima.el.amrani");
	}

	@Test
	void anAdminSearchesOnlyTheirOwnOrganisation() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "audit-search", Role.ADMIN);
		mvc.perform(post("/locations").param("name", "Gezocht").param("type", "OTHER").with(as(admin)).with(csrf()));

		var own = mvc.perform(get("/audit").param("username", admin.getUsername()).with(as(admin))).andReturn()
			.getResponse().getContentAsString();
		var other = mvc.perform(get("/audit").param("username", admin.getUsername()).with(as("admin2"))).andReturn()
			.getResponse().getContentAsString();

		assertThat(own).contains("Aangemaakt").contains("location").contains("1 regel gevonden");
		assertThat(other).contains("0 regels gevonden").doesNotContain(admin.getUsername() + "</td>");
	}

	@Test
	void filtersByActionObjectAndPeriod() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "audit-filter", Role.ADMIN);
		mvc.perform(post("/locations").param("name", "Eerste").param("type", "OTHER").with(as(admin)).with(csrf()));
		var id = jdbc.sql("select id from location where organisation_id = :org").param("org", organisation)
			.query(UUID.class).single();
		mvc.perform(post("/locations/" + id + "/deactivate").with(as(admin)).with(csrf()));

		var deactivations = mvc.perform(get("/audit").param("action", "DEACTIVATED").param("objectId", id.toString())
			.with(as(admin))).andReturn().getResponse().getContentAsString();
		var future = mvc.perform(get("/audit").param("from", "2099-01-01").with(as(admin))).andReturn().getResponse()
			.getContentAsString();
		var badDate = mvc.perform(get("/audit").param("from", "gisteren").with(as(admin))).andReturn().getResponse();

		assertThat(deactivations).contains("1 regel gevonden");
		assertThat(future).contains("0 regels gevonden");
		assertThat(badDate.getStatus()).isEqualTo(400);
		for (var farAway : java.util.List.of("+999999999-12-31", "3000-01-01", "0001-01-01")) {
			var response = mvc.perform(get("/audit").param("from", farAway).param("to", farAway).with(as(admin)))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(farAway).isEqualTo(400);
		}
	}
}
