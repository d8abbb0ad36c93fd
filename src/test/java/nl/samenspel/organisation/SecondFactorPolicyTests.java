package nl.samenspel.organisation;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation's setting "second factor required for every staff member" (ASVS 6.3.3): with it on, a WORKER or
 * VOLUNTEER without a second factor enrols after the password before anything opens; with it off (the default), a
 * password is enough for them; another organisation's setting changes nothing here. The ADMIN sets it on the
 * organisation's page or over the API, audited.
 */
class SecondFactorPolicyTests extends IntegrationTest {

	UUID organisation;
	CurrentUser admin;
	CurrentUser worker;

	@BeforeEach
	void anOrganisation() {
		organisation = fixtures.organisation();
		admin = fixtures.user(organisation, "beleid-admin", Role.ADMIN);
		worker = fixtures.userWithoutSecondFactor(organisation, "beleid-werker", Role.WORKER);
	}

	@Test
	void withTheSettingOnAWorkerWithoutSecondFactorMustEnrolBeforeOpeningChildren() {
		requireForAllStaff(organisation, true);

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD)))
			.endsWith("/account/second-factor");
		assertThat(location(browser.get("/children"))).endsWith("/account/second-factor");
		assertThat(browser.get("/api/v1/organisation").statusCode()).isEqualTo(401);
		assertThat(browser.get("/account/second-factor").statusCode()).isEqualTo(200);
	}

	@Test
	void withTheSettingOnAVolunteerMustEnrolToo() {
		requireForAllStaff(organisation, true);
		var volunteer = fixtures.userWithoutSecondFactor(organisation, "beleid-vrijwilliger", Role.VOLUNTEER);

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(volunteer.getUsername(), OrganisationFixtures.PASSWORD)))
			.endsWith("/account/second-factor");
		assertThat(location(browser.get("/"))).endsWith("/account/second-factor");
	}

	@Test
	void withTheSettingOffAWorkerGetsInWithThePassword() {
		assertThat(setting(organisation)).as("off by default").isFalse();

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD))).endsWith("/");
		assertThat(browser.get("/children").statusCode()).isEqualTo(200);
	}

	@Test
	void anotherOrganisationsSettingHasNoEffect() {
		var other = fixtures.organisation();
		requireForAllStaff(other, true);

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD))).endsWith("/");
		assertThat(browser.get("/children").statusCode()).isEqualTo(200);
	}

	@Test
	void aWorkerWithASecondFactorEntersTheirCodeWhenTheSettingIsOn() {
		requireForAllStaff(organisation, true);
		fixtures.enrol(worker.id(), SecondFactorCodes.SECRET);

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.passwordOnly(worker.getUsername(), OrganisationFixtures.PASSWORD)))
			.endsWith("/login/second-factor");
		assertThat(location(browser.secondStep(worker.getUsername()))).endsWith("/");
		assertThat(browser.get("/children").statusCode()).isEqualTo(200);
	}

	@Test
	void theSettingsPageShowsAndSavesTheSettingAudited() throws Exception {
		mvc.perform(get("/organisation").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"secondFactorForAllStaff\"")))
			.andExpect(content().string(not(containsString("value=\"true\" checked"))));

		mvc.perform(post("/organisation").with(as(admin)).with(csrf()).param("name", "Stichting Beleid")
				.param("region", "NORTH").param("secondFactorForAllStaff", "true"))
			.andExpect(redirectedUrl("/organisation"));
		assertThat(setting(organisation)).isTrue();
		assertThat(policyChanges()).isEqualTo(1);
		mvc.perform(get("/organisation").with(as(admin)))
			.andExpect(content().string(containsString("name=\"secondFactorForAllStaff\" value=\"true\" checked")));

		// saving the name again changes nothing else and writes no policy change
		mvc.perform(post("/organisation").with(as(admin)).with(csrf()).param("name", "Stichting Beleid 2")
				.param("region", "NORTH").param("secondFactorForAllStaff", "true"))
			.andExpect(redirectedUrl("/organisation"));
		assertThat(policyChanges()).isEqualTo(1);

		// an unticked box is sent as nothing: off
		mvc.perform(post("/organisation").with(as(admin)).with(csrf()).param("name", "Stichting Beleid")
				.param("region", "NORTH"))
			.andExpect(redirectedUrl("/organisation"));
		assertThat(setting(organisation)).isFalse();
		assertThat(policyChanges()).isEqualTo(2);
	}

	@Test
	void theApiShowsTheSettingAndAPutWithoutItLeavesItAlone() throws Exception {
		requireForAllStaff(organisation, true);
		mvc.perform(get("/api/v1/organisation").with(as(worker)))
			.andExpect(jsonPath("$.secondFactorForAllStaff").value(true));

		mvc.perform(put("/api/v1/organisation").with(as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Stichting Beleid\",\"region\":\"NORTH\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secondFactorForAllStaff").value(true));
		assertThat(setting(organisation)).isTrue();

		mvc.perform(put("/api/v1/organisation").with(as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Stichting Beleid\",\"region\":\"NORTH\",\"secondFactorForAllStaff\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secondFactorForAllStaff").value(false));
		assertThat(setting(organisation)).isFalse();
		assertThat(policyChanges()).isEqualTo(1);
	}

	@Test
	void aWorkerCannotChangeTheSetting() throws Exception {
		mvc.perform(post("/organisation").with(as(worker)).with(csrf()).param("name", "Stichting Beleid")
				.param("region", "NORTH").param("secondFactorForAllStaff", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organisation").with(as(worker)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Stichting Beleid\",\"region\":\"NORTH\",\"secondFactorForAllStaff\":true}"))
			.andExpect(status().isForbidden());
		assertThat(setting(organisation)).isFalse();
	}

	private void requireForAllStaff(UUID organisationId, boolean required) {
		jdbc.sql("update organisation set second_factor_for_all_staff = :required where id = :id")
			.param("required", required).param("id", organisationId).update();
	}

	private boolean setting(UUID organisationId) {
		return jdbc.sql("select second_factor_for_all_staff from organisation where id = :id").param("id", organisationId)
			.query(Boolean.class).single();
	}

	private long policyChanges() {
		return jdbc.sql("select count(*) from audit_event where action = 'SECOND_FACTOR_POLICY_CHANGED' and object_id = :id")
			.param("id", organisation.toString()).query(Long.class).single();
	}
}
