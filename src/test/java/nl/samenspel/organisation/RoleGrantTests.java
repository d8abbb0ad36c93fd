package nl.samenspel.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Need to know is never granted by one ADMIN alone: a role that opens signals or health data becomes a pending grant
 * that another ADMIN of the organisation approves; the other ADMINs and the SAFEGUARDING_OFFICERs hear of it by mail.
 */
class RoleGrantTests extends IntegrationTest {

	record Organisation(UUID id, CurrentUser admin, CurrentUser second, CurrentUser officer, CurrentUser worker) {
	}

	Organisation organisation() {
		var id = fixtures.organisation();
		return new Organisation(id, fixtures.user(id, "beheer", Role.ADMIN), fixtures.user(id, "beheer2", Role.ADMIN),
				fixtures.user(id, "af", Role.SAFEGUARDING_OFFICER), fixtures.user(id, "werker", Role.WORKER));
	}

	@Test
	void anAdminCannotGiveItselfNeedToKnowThroughTheApi() throws Exception {
		var org = organisation();

		var response = putRoles(org.admin(), org.admin().id(), "ADMIN", "SAFEGUARDING_OFFICER");

		assertThat(response.getStatus()).isEqualTo(202);
		assertThat(response.getContentAsString()).contains("\"status\":\"PENDING\"").contains("SAFEGUARDING_OFFICER");
		assertThat(fixtures.account(org.admin().id()).getRoles()).containsExactly(Role.ADMIN);
	}

	@Test
	void anAdminCannotGiveItselfNeedToKnowThroughThePage() throws Exception {
		var org = organisation();

		var response = mvc.perform(post("/users/" + org.admin().id() + "/roles").param("roles", "ADMIN")
			.param("roles", "SAFEGUARDING_OFFICER").with(as(org.admin())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(fixtures.account(org.admin().id()).getRoles()).containsExactly(Role.ADMIN);
		var page = mvc.perform(get("/users/" + org.admin().id()).with(as(org.second()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("/users/grants/" + pendingGrant(org.admin().id()) + "/approve");
	}

	@Test
	void aSecondAdminApprovesAndTheGrantTakesEffect() throws Exception {
		var org = organisation();
		putRoles(org.admin(), org.admin().id(), "ADMIN", "SAFEGUARDING_OFFICER");
		var grant = pendingGrant(org.admin().id());

		var approved = mvc.perform(post("/api/v1/role-grants/" + grant + "/approve").with(as(org.second())).with(csrf()))
			.andReturn().getResponse();

		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(approved.getContentAsString()).contains("\"status\":\"APPROVED\"");
		assertThat(fixtures.account(org.admin().id()).getRoles()).containsExactlyInAnyOrder(Role.ADMIN,
				Role.SAFEGUARDING_OFFICER);
		assertThat(audited(grant)).contains("ROLE_GRANT_REQUESTED SUCCESS", "ROLE_GRANT_APPROVED SUCCESS");
	}

	@Test
	void aSecondAdminApprovesOnThePageOrRejects() throws Exception {
		var org = organisation();
		putRoles(org.admin(), org.worker().id(), "WORKER", "COORDINATOR");
		var first = pendingGrant(org.worker().id());

		var rejected = mvc.perform(post("/users/grants/" + first + "/reject").with(as(org.second())).with(csrf()))
			.andReturn().getResponse();
		assertThat(rejected.getStatus()).isEqualTo(302);
		assertThat(fixtures.account(org.worker().id()).getRoles()).containsExactly(Role.WORKER);

		putRoles(org.admin(), org.worker().id(), "WORKER", "COORDINATOR");
		var second = pendingGrant(org.worker().id());
		var approved = mvc.perform(post("/users/grants/" + second + "/approve").with(as(org.second())).with(csrf()))
			.andReturn().getResponse();

		assertThat(approved.getStatus()).isEqualTo(302);
		assertThat(fixtures.account(org.worker().id()).getRoles()).containsExactlyInAnyOrder(Role.WORKER,
				Role.COORDINATOR);
		assertThat(audited(first)).contains("ROLE_GRANT_REJECTED SUCCESS");
	}

	@Test
	void theRequesterCannotApproveNeitherForItselfNorForAnother() throws Exception {
		var org = organisation();
		putRoles(org.admin(), org.admin().id(), "ADMIN", "SAFEGUARDING_OFFICER");
		putRoles(org.admin(), org.worker().id(), "WORKER", "SAFEGUARDING_OFFICER");

		var own = mvc.perform(post("/api/v1/role-grants/" + pendingGrant(org.admin().id()) + "/approve")
			.with(as(org.admin())).with(csrf())).andReturn().getResponse();
		var other = mvc.perform(post("/users/grants/" + pendingGrant(org.worker().id()) + "/approve")
			.with(as(org.admin())).with(csrf())).andReturn().getResponse();

		assertThat(own.getStatus()).isEqualTo(400);
		assertThat(own.getContentType()).startsWith("application/problem+json");
		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(other.getContentAsString()).contains("Een andere beheerder");
		assertThat(fixtures.account(org.admin().id()).getRoles()).containsExactly(Role.ADMIN);
		assertThat(fixtures.account(org.worker().id()).getRoles()).containsExactly(Role.WORKER);
		assertThat(audited(pendingGrant(org.admin().id()))).contains("ROLE_GRANT_APPROVED DENIED");
	}

	@Test
	void anotherOrganisationsAdminCannotSeeOrApproveIt() throws Exception {
		var org = organisation();
		var stranger = fixtures.user(fixtures.organisation(), "vreemd", Role.ADMIN);
		putRoles(org.admin(), org.admin().id(), "ADMIN", "SAFEGUARDING_OFFICER");
		var grant = pendingGrant(org.admin().id());

		for (var action : List.of("approve", "reject")) {
			assertThat(mvc.perform(post("/api/v1/role-grants/" + grant + "/" + action).with(as(stranger)).with(csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
			assertThat(mvc.perform(post("/users/grants/" + grant + "/" + action).with(as(stranger)).with(csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		}
		var list = mvc.perform(get("/api/v1/role-grants").with(as(stranger))).andReturn().getResponse();
		assertThat(list.getContentAsString()).doesNotContain(grant.toString());
		assertThat(fixtures.account(org.admin().id()).getRoles()).containsExactly(Role.ADMIN);
	}

	@Test
	void theOtherAdminsAndTheOfficersHearOfTheRequestAndTheApproval() throws Exception {
		var org = organisation();

		putRoles(org.admin(), org.worker().id(), "WORKER", "SAFEGUARDING_OFFICER");
		delivered();

		assertThat(mailsTo(org.second())).hasSize(1);
		assertThat(mailsTo(org.officer())).hasSize(1);
		assertThat(mailsTo(org.admin())).as("not the requester").isEmpty();
		var mail = mailsTo(org.second()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Een beheerder vraagt toegang tot gevoelige gegevens");
		assertThat(mail.getContent().toString()).contains("/users/" + org.worker().id())
			.doesNotContain(org.worker().getUsername()).doesNotContain("Test werker");

		mvc.perform(post("/api/v1/role-grants/" + pendingGrant(org.worker().id()) + "/approve").with(as(org.second()))
			.with(csrf())).andReturn();
		delivered();

		assertThat(mailsTo(org.admin())).hasSize(1);
		assertThat(mailsTo(org.officer())).hasSize(2);
		assertThat(mailsTo(org.second())).as("not the approver again").hasSize(1);
	}

	@Test
	void anOrganisationWithOneAdminCannotGrantNeedToKnow() throws Exception {
		var id = fixtures.organisation();
		var admin = fixtures.user(id, "alleen", Role.ADMIN);
		var worker = fixtures.user(id, "werker", Role.WORKER);

		var api = putRoles(admin, worker.id(), "WORKER", "SAFEGUARDING_OFFICER");
		var page = mvc.perform(post("/users/" + worker.id() + "/roles").param("roles", "WORKER")
			.param("roles", "SAFEGUARDING_OFFICER").with(as(admin)).with(csrf())).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("roles");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"roles-error\"").contains("tweede beheerder");
		assertThat(fixtures.account(worker.id()).getRoles()).containsExactly(Role.WORKER);
	}

	@Test
	void otherRolesAndRemovalsStayImmediate() throws Exception {
		var org = organisation();

		var added = putRoles(org.admin(), org.worker().id(), "WORKER", "VOLUNTEER");
		var removed = putRoles(org.admin(), org.officer().id(), "VOLUNTEER");

		assertThat(added.getStatus()).isEqualTo(200);
		assertThat(removed.getStatus()).isEqualTo(200);
		assertThat(fixtures.account(org.worker().id()).getRoles()).containsExactlyInAnyOrder(Role.WORKER, Role.VOLUNTEER);
		assertThat(fixtures.account(org.officer().id()).getRoles()).containsExactly(Role.VOLUNTEER);
	}

	private MockHttpServletResponse putRoles(CurrentUser admin, UUID user, String... roles) throws Exception {
		var json = "{\"roles\":[" + String.join(",", Arrays.stream(roles).map(role -> "\"" + role + "\"").toList()) + "]}";
		return mvc.perform(put("/api/v1/users/" + user + "/roles").contentType(MediaType.APPLICATION_JSON).content(json)
			.with(as(admin)).with(csrf())).andReturn().getResponse();
	}

	private UUID pendingGrant(UUID user) {
		return jdbc.sql("select id from role_grant where app_user_id = :user order by requested_at desc limit 1")
			.param("user", user).query(UUID.class).single();
	}

	private List<String> audited(UUID grant) {
		return jdbc.sql("select action || ' ' || result from audit_event where object_id = :id")
			.param("id", grant.toString()).query(String.class).list();
	}

	private List<MimeMessage> mailsTo(CurrentUser user) {
		var address = user.getUsername().replace("-", "") + "@test.samenspel.example";
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException e) {
				return false;
			}
		}).toList();
	}
}
