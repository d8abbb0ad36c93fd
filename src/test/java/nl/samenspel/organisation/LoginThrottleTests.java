package nl.samenspel.organisation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.organisation.LoginTests.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The throttle under attack: parallel guesses, lock-outs by strangers, and what the organisation's ADMINs see.
 */
class LoginThrottleTests extends IntegrationTest {

	@Autowired
	OneTimeLinks links;

	@Autowired
	PasswordManagement passwords;

	UUID organisation;
	CurrentUser user;

	@BeforeEach
	void someone() {
		organisation = fixtures.organisation();
		user = fixtures.user(organisation, "throttle", Role.WORKER);
	}

	/** The parallel test comes from the loopback address, which other tests use too: leave it as found. */
	@AfterEach
	void forgetLoopbackFailures() {
		jdbc.sql("delete from login_failure where subject like '%127.0.0.1' or subject like '%:1'").update();
	}

	@Test
	void aHundredParallelGuessesGetNoMoreThanTheAllowedPasswordsChecked() throws Exception {
		var passwords = new ArrayList<String>();
		for (int i = 0; i < 99; i++) {
			passwords.add("geraden wachtwoord " + i);
		}
		passwords.add(50, OrganisationFixtures.PASSWORD);
		var start = new CountDownLatch(1);
		var outcomes = new ArrayList<Future<String>>();
		var pool = Executors.newFixedThreadPool(100);
		for (var password : passwords) {
			var session = new HttpSession(baseUrl());
			var csrf = session.csrf("/login");
			outcomes.add(pool.submit(() -> {
				start.await();
				HttpResponse<String> answer = session.post(csrf, "/login",
						java.util.Map.of("username", user.getUsername(), "password", password));
				return HttpSession.location(answer);
			}));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		var wrong = 0;
		var in = 0;
		var seen = new java.util.TreeMap<String, Integer>();
		for (var outcome : outcomes) {
			var location = outcome.get();
			seen.merge(location, 1, Integer::sum);
			if (location.endsWith("/login?error")) {
				wrong++;
			}
			else if (!location.endsWith("/login?blocked")) {
				in++;
			}
		}

		assertThat(wrong + in).as("passwords checked, of " + seen).isLessThanOrEqualTo(5);
		assertThat(jdbc.sql("select count(*) from login_failure where subject = :subject")
			.param("subject", LoginThrottle.accountKey(user.getUsername())).query(Integer.class).single())
			.as("failures recorded for the account").isLessThanOrEqualTo(5);
		if (in == 0) {
			assertThat(location(new HttpSession(baseUrl()).login(user.getUsername(), OrganisationFixtures.PASSWORD)))
				.as("the right password after the limit was reached").endsWith("/login?blocked");
		}
	}

	@Test
	void failuresFromOneAddressDoNotLockTheAccountOutElsewhere() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login(user.getUsername(), "verkeerd wachtwoord " + i, "10.2.1.1").andExpect(redirectedUrl("/login?error"));
		}

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.1.1").andExpect(redirectedUrl("/login?blocked"));
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.1.2").andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownNamesFromOneAddressDoNotBlockARealUserThere() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login("onbekend-" + i + "-" + UUID.randomUUID(), "verkeerd", "10.2.2.1").andExpect(redirectedUrl("/login?error"));
		}

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.2.1").andExpect(redirectedUrl("/"));
	}

	@Test
	void anAccountIsRefusedEverywhereOnlyAfterManyMoreFailures() throws Exception {
		var allowed = 30;
		for (int i = 1; i <= allowed; i++) {
			login(user.getUsername(), "verkeerd wachtwoord", "10.2.3." + i).andExpect(redirectedUrl("/login?error"));
		}

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.3.200").andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void aCompletedPasswordResetLetsItsOwnerInDespiteStrangersFailures() throws Exception {
		for (int i = 1; i <= 30; i++) {
			login(user.getUsername(), "verkeerd wachtwoord", "10.2.7." + i).andExpect(redirectedUrl("/login?error"));
		}
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.7.200").andExpect(redirectedUrl("/login?blocked"));

		var link = links.issue(user.id(), OneTimeLinks.Purpose.PASSWORD_RESET, Duration.ofHours(2));
		assertThat(passwords.resetPassword(link, new PasswordChoice(null, "een nieuw lang wachtwoord",
				"een nieuw lang wachtwoord"))).isTrue();

		login(user.getUsername(), "een nieuw lang wachtwoord", "10.2.7.200").andExpect(redirectedUrl("/"));
		// the stranger's failures from their own addresses are forgotten for this account only
		login(user.getUsername(), "verkeerd wachtwoord", "10.2.7.1").andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anAddressIsRefusedOnlyAfterManyMoreFailures() throws Exception {
		var allowed = 100;
		for (int i = 1; i <= allowed; i++) {
			login("spray-" + i + "-" + UUID.randomUUID(), "verkeerd", "10.2.4.1").andExpect(redirectedUrl("/login?error"));
		}

		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.4.1").andExpect(redirectedUrl("/login?blocked"));
		login(user.getUsername(), OrganisationFixtures.PASSWORD, "10.2.4.2").andExpect(redirectedUrl("/"));
	}

	@Test
	void failedAndThrottledLoginsOfAnAccountAreSeenByItsOrganisation() throws Exception {
		for (int i = 1; i <= 5; i++) {
			login(" " + user.getUsername().toUpperCase() + " ", "verkeerd wachtwoord", "10.2.5.1");
		}
		login(user.getUsername(), "verkeerd wachtwoord", "10.2.5.1").andExpect(redirectedUrl("/login?blocked"));

		assertThat(audited("LOGIN_FAILED", "10.2.5.1")).hasSize(5)
			.allSatisfy(row -> assertThat(row).containsExactly(organisation, user.id(), user.getUsername()));
		assertThat(audited("LOGIN_THROTTLED", "10.2.5.1")).hasSize(1)
			.allSatisfy(row -> assertThat(row).containsExactly(organisation, user.id(), user.getUsername()));
	}

	@Test
	void failedLoginsOfAnUnknownNameBelongToNoOrganisation() throws Exception {
		login("niemand-" + UUID.randomUUID(), "verkeerd wachtwoord", "10.2.6.1").andExpect(redirectedUrl("/login?error"));

		assertThat(audited("LOGIN_FAILED", "10.2.6.1")).singleElement()
			.satisfies(row -> assertThat(row).containsOnlyNulls());
	}

	private List<List<Object>> audited(String action, String address) {
		return jdbc.sql("select organisation_id, user_id, username from audit_event where action = :action and origin_address = :address")
			.param("action", action)
			.param("address", address)
			.query((rs, n) -> java.util.Arrays.<Object>asList(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3)))
			.list();
	}

	private ResultActions login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	private static String location(HttpResponse<?> response) {
		return HttpSession.location(response);
	}
}
