package nl.samenspel.organisation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * No way around the second ADMIN (issue 16): an invitation with need-to-know roles (COORDINATOR, WORKER,
 * SAFEGUARDING_OFFICER) or ADMIN makes the account with the other roles and a pending grant for those, which another
 * ADMIN approves; giving ADMIN to an existing user needs a second ADMIN too.
 */
class InvitationGrantTests extends IntegrationTest {

	record Organisation(UUID id, CurrentUser admin, CurrentUser second) {
	}

	Organisation organisation() {
		var id = fixtures.organisation();
		return new Organisation(id, fixtures.user(id, "uitnodiger", Role.ADMIN), fixtures.user(id, "uitnodiger2", Role.ADMIN));
	}

	@Test
	void anInvitationOnThePageGivesNeedToKnowOnlyThroughAGrant() throws Exception {
		var org = organisation();
		var username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);

		var response = mvc.perform(post("/users/invite").param("username", username).param("displayName", "Nieuwe Collega")
			.param("email", username + "@test.samenspel.example").param("roles", "WORKER").param("roles", "VOLUNTEER")
			.param("preferredLanguage", "nl").with(as(org.admin())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		var user = userId(username);
		assertThat(fixtures.account(user).getRoles()).containsExactly(Role.VOLUNTEER);
		assertThat(pending(user)).containsExactly("WORKER");
		assertThat(requestedBy(user)).isEqualTo(org.admin().id());
	}

	@Test
	void anInvitationThroughTheApiGivesTheOfficerRoleOnlyWhenASecondAdminApproves() throws Exception {
		var org = organisation();
		var username = "api-" + UUID.randomUUID().toString().substring(0, 8);

		var response = mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","displayName":"Api Officer","email":"officer@test.samenspel.example",
				"roles":["SAFEGUARDING_OFFICER"],"preferredLanguage":"nl"}""".formatted(username))
			.with(as(org.admin())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(201);
		var user = userId(username);
		assertThat(fixtures.account(user).getRoles()).isEmpty();
		assertThat(pending(user)).containsExactly("SAFEGUARDING_OFFICER");

		var own = mvc.perform(post("/api/v1/role-grants/" + grantId(user) + "/approve").with(as(org.admin())).with(csrf()))
			.andReturn().getResponse();
		assertThat(own.getStatus()).as("the inviter cannot approve").isEqualTo(400);
		var approved = mvc.perform(post("/api/v1/role-grants/" + grantId(user) + "/approve").with(as(org.second()))
			.with(csrf())).andReturn().getResponse();
		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(fixtures.account(user).getRoles()).containsExactly(Role.SAFEGUARDING_OFFICER);
	}

	@Test
	void anInvitedAdminIsAnAdminOnlyWhenASecondAdminApproves() throws Exception {
		var org = organisation();
		var username = "baas-" + UUID.randomUUID().toString().substring(0, 8);

		mvc.perform(post("/users/invite").param("username", username).param("displayName", "Nieuwe Beheerder")
			.param("email", username + "@test.samenspel.example").param("roles", "ADMIN").param("roles", "COORDINATOR")
			.param("preferredLanguage", "nl").with(as(org.admin())).with(csrf()));

		var user = userId(username);
		assertThat(fixtures.account(user).getRoles()).isEmpty();
		assertThat(pending(user)).containsExactly("ADMIN,COORDINATOR");
	}

	@Test
	void givingAnExistingUserAdminNeedsASecondAdmin() throws Exception {
		var org = organisation();
		var volunteer = fixtures.user(org.id(), "vrijwilliger", Role.VOLUNTEER);

		var response = mvc.perform(put("/api/v1/users/" + volunteer.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"VOLUNTEER\",\"ADMIN\"]}").with(as(org.admin())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(202);
		assertThat(fixtures.account(volunteer.id()).getRoles()).containsExactly(Role.VOLUNTEER);
		assertThat(pending(volunteer.id())).containsExactly("ADMIN");
	}

	@Test
	void aLoneAdminCannotMakeAnotherAdmin() throws Exception {
		var id = fixtures.organisation();
		var admin = fixtures.user(id, "alleen", Role.ADMIN);
		var volunteer = fixtures.user(id, "vrijwilliger", Role.VOLUNTEER);

		var response = mvc.perform(put("/api/v1/users/" + volunteer.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"ADMIN\"]}").with(as(admin)).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(fixtures.account(volunteer.id()).getRoles()).containsExactly(Role.VOLUNTEER);
		assertThat(pending(volunteer.id())).isEmpty();
	}

	private UUID userId(String username) {
		return jdbc.sql("select id from app_user where username = :name").param("name", username).query(UUID.class)
			.single();
	}

	private List<String> pending(UUID user) {
		return jdbc.sql("select roles from role_grant where app_user_id = :user and status = 'PENDING'")
			.param("user", user).query(String.class).list();
	}

	private UUID grantId(UUID user) {
		return jdbc.sql("select id from role_grant where app_user_id = :user").param("user", user).query(UUID.class)
			.single();
	}

	private UUID requestedBy(UUID user) {
		return jdbc.sql("select requested_by from role_grant where app_user_id = :user").param("user", user)
			.query(UUID.class).single();
	}
}
