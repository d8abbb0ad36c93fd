package nl.samenspel.organisation;

import org.junit.jupiter.api.Test;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A new password is refused when it is built from the user's name, address or organisation, in either language. */
class PasswordChoiceTests extends IntegrationTest {

	@Test
	void refusesAPasswordBuiltFromTheUserNameOrTheOrganisationNextToTheField() throws Exception {
		var organisation = fixtures.organisation();
		var user = fixtures.user(organisation, "coord2", Role.COORDINATOR);

		var dutch = change(user, "coord2coord2", "nl");
		var english = change(user, "Testorganisatie is fijn", "en");

		assertThat(dutch.getStatus()).isEqualTo(200);
		assertThat(dutch.getContentAsString())
			.contains("Gebruik in je wachtwoord niet je gebruikersnaam, je e-mailadres of de naam van je organisatie.");
		assertThat(english.getContentAsString())
			.contains("Do not use your user name, your e-mail address or the name of your organisation in your password.");
		assertThat(change(user, "een zin die niemand raadt", "nl").getStatus()).isEqualTo(302);
	}

	private org.springframework.mock.web.MockHttpServletResponse change(nl.samenspel.kernel.CurrentUser user,
			String password, String language) throws Exception {
		// a coordinator has a second factor: a change needs its current code too
		SecondFactorCodes.forgetUsedCodes(jdbc, user.getUsername());
		return mvc.perform(post("/account/password").param("lang", language)
			.param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)).param("password", password)
			.param("confirmation", password).with(as(user)).with(csrf())).andReturn().getResponse();
	}
}
