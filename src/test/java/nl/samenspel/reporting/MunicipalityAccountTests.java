package nl.samenspel.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A MUNICIPALITY user reads figures only once the platform's operator linked them to a municipality (issue 16): an
 * organisation's ADMIN can give the role, never another municipality's figures.
 */
class MunicipalityAccountTests extends IntegrationTest {

	private static final String ACCOUNTS = "/api/v1/platform/municipality-accounts/";

	@Test
	void onlyThePlatformOperatorLinksAMunicipalityUserAndOnlyThenTheyReadItsFigures() throws Exception {
		var organisation = fixtures.organisation();
		var municipality = fixtures.municipality(organisation);
		var user = fixtures.user(organisation, "gemeente", Role.MUNICIPALITY);
		var admin = fixtures.user(organisation, "beheer", Role.ADMIN);
		var operator = load("admin");
		var body = "{\"municipalityCode\":\"" + municipality.getCode() + "\"}";
		var annual = "/api/v1/reports/annual?year=" + (LocalDate.now().getYear() - 1);

		assertThat(status(get(annual), user)).as("not linked: no figures").isEqualTo(404);
		assertThat(status(put(ACCOUNTS + user.getUsername()).contentType(MediaType.APPLICATION_JSON).content(body), admin))
			.as("an organisation's ADMIN").isEqualTo(403);
		assertThat(status(get(annual), user)).isEqualTo(404);

		var linked = mvc.perform(put(ACCOUNTS + user.getUsername()).contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as(operator)).with(csrf())).andReturn().getResponse();

		assertThat(linked.getStatus()).isEqualTo(200);
		assertThat(linked.getContentAsString()).contains(municipality.getCode()).contains(user.getUsername());
		assertThat(status(get(annual), user)).as("linked: the municipality's figures").isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/platform/municipality-accounts").with(as(operator))).andReturn().getResponse().getContentAsString())
			.contains(user.getUsername());
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'municipalityAccount' and object_id = :id")
			.param("id", user.id().toString()).query(Integer.class).single()).isEqualTo(1);

		assertThat(status(delete(ACCOUNTS + user.getUsername()), operator)).isEqualTo(204);
		assertThat(status(get(annual), user)).as("unlinked").isEqualTo(404);
	}

	@Test
	void refusesAnotherRoleAnUnknownMunicipalityOrUserWithAClearProblemAndChangesNothing() throws Exception {
		var organisation = fixtures.organisation();
		var municipality = fixtures.municipality(organisation);
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var user = fixtures.user(organisation, "gemeente", Role.MUNICIPALITY);
		var operator = load("admin");

		var otherRole = link(worker.getUsername(), municipality.getCode(), operator);
		assertThat(otherRole.getStatus()).isEqualTo(400);
		assertThat(otherRole.getContentAsString()).contains("username");
		var unserved = link(user.getUsername(), "GM0001", operator);
		assertThat(unserved.getStatus()).isEqualTo(400);
		assertThat(unserved.getContentAsString()).contains("municipalityCode");
		assertThat(link(user.getUsername(), "Amsterdam", operator).getStatus()).isEqualTo(400);
		assertThat(link("niemand-" + user.id(), municipality.getCode(), operator).getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from municipality_account where app_user_id in (:a, :b)")
			.param("a", worker.id()).param("b", user.id()).query(Integer.class).single()).isZero();
	}

	private org.springframework.mock.web.MockHttpServletResponse link(String username, String code,
			nl.samenspel.kernel.CurrentUser operator) throws Exception {
		return mvc.perform(put(ACCOUNTS + username).contentType(MediaType.APPLICATION_JSON)
			.content("{\"municipalityCode\":\"" + code + "\"}").with(as(operator)).with(csrf())).andReturn().getResponse();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			nl.samenspel.kernel.CurrentUser user) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse().getStatus();
	}
}
