package nl.samenspel.organisation;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Login throttling: five failures in fifteen minutes for an account from one address block further attempts of
 * that pair for fifteen minutes, and the answers never tell whether an account exists. The higher limits per
 * account and per address, and parallel attempts, are in {@link LoginThrottleTests}.
 */
class LoginTests extends IntegrationTest {

	UUID organisation;
	CurrentUser user;

	@BeforeEach
	void someone() {
		organisation = fixtures.organisation();
		user = fixtures.user(organisation, "login", Role.WORKER);
	}

	@Test
	void signsInWithTheRightPassword() throws Exception {
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.0.1").andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and user_id = :id")
			.param("id", user.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void blocksAnAccountFromAnAddressAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login(user.getUsername(), "verkeerd wachtwoord " + i, "10.1.1.1").andExpect(redirectedUrl("/login?error"));
		}

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.1.1").andExpect(redirectedUrl("/login?blocked"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN_THROTTLED'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void fourFailuresDoNotBlock() throws Exception {
		for (int i = 1; i <= 4; i++) {
			login(user.getUsername(), "verkeerd wachtwoord " + i, "10.1.2.1").andExpect(redirectedUrl("/login?error"));
		}
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.2.1").andExpect(redirectedUrl("/"));
	}

	@Test
	void anUnknownAccountIsAnsweredExactlyLikeAKnownOne() throws Exception {
		var unknown = "niemand-" + UUID.randomUUID();
		for (int i = 1; i <= 5; i++) {
			login(unknown, "verkeerd wachtwoord", "10.1.3.1").andExpect(redirectedUrl("/login?error"));
		}
		login(unknown, "verkeerd wachtwoord", "10.1.3.1").andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void theBlockEndsFifteenMinutesAfterTheLastFailure() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login(user.getUsername(), "verkeerd wachtwoord", "10.1.5.1");
		}
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.5.1").andExpect(redirectedUrl("/login?blocked"));

		jdbc.sql("update login_failure set occurred_at = occurred_at - interval '16' minute where subject = :subject")
			.param("subject", LoginThrottle.pairKey(user.getUsername(), "10.1.5.1"))
			.update();

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.5.1").andExpect(redirectedUrl("/"));
	}

	@Test
	void refusedAttemptsDoNotExtendTheBlock() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login(user.getUsername(), "verkeerd wachtwoord", "10.1.6.1");
		}
		var before = failures();
		login(user.getUsername(), "nog steeds verkeerd", "10.1.6.1").andExpect(redirectedUrl("/login?blocked"));
		assertThat(failures()).isEqualTo(before);
	}

	@Test
	void controlCharactersInTheNameBuyNoExtraAttempts() throws Exception {
		var name = user.getUsername();
		var variants = java.util.List.of(name + "\u0001", "\u0002" + name, name.substring(0, 2) + "\u007f" + name.substring(2),
				name.toUpperCase(), " " + name + " ");
		for (var variant : variants) {
			login(variant, "verkeerd wachtwoord", "10.1.8.1").andExpect(redirectedUrl("/login?error"));
		}

		login(name, OrganisationFixtures.PASSWORD, "10.1.8.1").andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedLogins() throws Exception {
		for (int i = 1; i <= 5; i++) {
			mvc.perform(post("/account/password").param("currentPassword", "geraden " + i).param("password", "een nieuw lang wachtwoord")
				.param("confirmation", "een nieuw lang wachtwoord").with(as(user)).with(csrf()).with(from("10.1.9.1")));
		}

		var refused = mvc.perform(post("/account/password").param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("password", "een nieuw lang wachtwoord").param("confirmation", "een nieuw lang wachtwoord")
			.with(as(user)).with(csrf()).with(from("10.1.9.1"))).andReturn().getResponse();

		assertThat(refused.getContentAsString()).contains("Te vaak een verkeerd wachtwoord");
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.9.1").andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void aDeactivatedUserCannotSignIn() throws Exception {
		var admin = fixtures.user(organisation, "login-admin", Role.ADMIN);
		mvc.perform(post("/users/" + user.id() + "/deactivate").with(as(admin)).with(csrf()));

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.1.7.1").andExpect(redirectedUrl("/login?error"));
	}

	private int failures() {
		return jdbc.sql("select count(*) from login_failure where subject = :subject")
			.param("subject", LoginThrottle.accountKey(user.getUsername()))
			.query(Integer.class)
			.single();
	}

	private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
			throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
