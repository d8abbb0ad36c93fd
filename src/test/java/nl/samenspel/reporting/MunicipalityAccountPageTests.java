package nl.samenspel.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The platform operator's page for linking MUNICIPALITY users (issue 16): list, link and unlink with messages next to
 * the fields; an organisation's ADMIN is refused.
 */
class MunicipalityAccountPageTests extends IntegrationTest {

	private static final String PAGE = "/platform/municipality-accounts";

	@Test
	void theOperatorLinksAndUnlinksOnThePage() throws Exception {
		var organisation = fixtures.organisation();
		var municipality = fixtures.municipality(organisation);
		var user = fixtures.user(organisation, "gemeente", Role.MUNICIPALITY);
		var operator = load("admin");

		var linked = send(post(PAGE).param("username", user.getUsername()).param("municipalityCode",
				municipality.getCode()), operator);

		assertThat(linked.getStatus()).isEqualTo(302);
		assertThat(linkedCode(user)).isEqualTo(1);
		var page = send(get(PAGE), operator).getContentAsString();
		assertThat(page).contains(user.getUsername()).contains(municipality.getCode())
			.contains("action=\"/platform/municipality-accounts/unlink\"");

		var unlinked = send(post(PAGE + "/unlink").param("username", user.getUsername()), operator);

		assertThat(unlinked.getStatus()).isEqualTo(302);
		assertThat(linkedCode(user)).isZero();
	}

	@Test
	void wrongInputGetsAMessageNextToTheFieldAndChangesNothing() throws Exception {
		var organisation = fixtures.organisation();
		var municipality = fixtures.municipality(organisation);
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var user = fixtures.user(organisation, "gemeente", Role.MUNICIPALITY);
		var operator = load("admin");

		var otherRole = send(post(PAGE).param("username", worker.getUsername()).param("municipalityCode",
				municipality.getCode()), operator);
		var badCode = send(post(PAGE).param("username", user.getUsername()).param("municipalityCode", "Amsterdam"),
				operator);
		var unserved = send(post(PAGE).param("username", user.getUsername()).param("municipalityCode", "GM0001"),
				operator);
		var unknown = send(post(PAGE).param("username", "niemand-" + user.id()).param("municipalityCode",
				municipality.getCode()), operator);

		assertThat(otherRole.getStatus()).isEqualTo(200);
		assertThat(otherRole.getContentAsString()).contains("id=\"username-error\"").contains("de rol Gemeente niet");
		assertThat(badCode.getContentAsString()).contains("id=\"municipalityCode-error\"").contains("GM0363")
			.contains("value=\"Amsterdam\"");
		assertThat(unserved.getContentAsString()).contains("id=\"municipalityCode-error\"")
			.contains("Geen organisatie werkt in deze gemeente");
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(unknown.getContentAsString()).contains("id=\"username-error\"");
		assertThat(linkedCode(worker) + linkedCode(user)).isZero();
	}

	@Test
	void anOrganisationsAdminIsRefused() throws Exception {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "beheer", Role.ADMIN);
		var user = fixtures.user(organisation, "gemeente", Role.MUNICIPALITY);
		var municipality = fixtures.municipality(organisation);

		assertThat(send(get(PAGE), admin).getStatus()).isEqualTo(403);
		assertThat(send(post(PAGE).param("username", user.getUsername()).param("municipalityCode",
				municipality.getCode()), admin).getStatus()).isEqualTo(403);
		assertThat(linkedCode(user)).isZero();
	}

	private int linkedCode(CurrentUser user) {
		return jdbc.sql("select count(*) from municipality_account where app_user_id = :id").param("id", user.id())
			.query(Integer.class).single();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
	}
}
