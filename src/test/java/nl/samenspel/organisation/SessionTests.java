package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import com.icegreen.greenmail.util.GreenMailUtil;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions over real HTTP: a new session id at login, logout and deactivation end the session at once, and the
 * one-time links from invitations and password resets work once and expire.
 */
class SessionTests extends IntegrationTest {

	private static final Pattern LINK = Pattern.compile("(http://\\S+token=[A-Za-z0-9_-]+)");

	UUID organisation;
	CurrentUser admin;
	CurrentUser worker;

	@BeforeEach
	void people() {
		organisation = fixtures.organisation();
		admin = fixtures.user(organisation, "session-admin", Role.ADMIN);
		worker = fixtures.user(organisation, "session-worker", Role.WORKER);
	}

	@Test
	void givesANewSessionIdAtLogin() {
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.get("/locations"))).endsWith("/login");
		// an anonymous visit has no session at all (issue 16): the session starts, with a new id, at login
		assertThat(browser.cookie("SAMENSPEL_SESSION")).isEmpty();

		var login = browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);

		assertThat(location(login)).contains("/locations");
		assertThat(browser.cookie("SAMENSPEL_SESSION")).isPresent();
		assertThat(browser.get("/locations").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
			.param("name", worker.getUsername()).query(Integer.class).single()).as("30 minutes idle").isEqualTo(1800);
	}

	@Test
	void aSessionIdHas256RandomBits() {
		var browser = new HttpSession(baseUrl());
		browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		var again = new HttpSession(baseUrl());
		again.login(worker.getUsername(), OrganisationFixtures.PASSWORD);

		var ids = jdbc.sql("select session_id from spring_session where principal_name = :name")
			.param("name", worker.getUsername()).query(String.class).list();
		// ASVS 7.2.3: at least 128 bits of entropy; a random UUID has only 122
		assertThat(ids).hasSize(2).doesNotHaveDuplicates().allSatisfy(id -> {
			assertThat(id.strip()).matches("[A-Za-z0-9_-]{43}");
			assertThat(java.util.Base64.getUrlDecoder().decode(id.strip())).hasSize(32);
		});
	}

	@Test
	void logoutEndsTheSession() {
		var browser = new HttpSession(baseUrl());
		browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		var stolen = browser.copy();
		assertThat(stolen.get("/").statusCode()).isEqualTo(200);

		var logout = browser.post("/", "/logout", Map.of());

		assertThat(location(logout)).endsWith("/login?logout");
		assertThat(location(stolen.get("/"))).endsWith("/login");
		assertThat(sessionsOf(worker.getUsername())).isZero();
	}

	@Test
	void aDeactivatedUsersSessionDiesAtOnce() {
		var workerBrowser = new HttpSession(baseUrl());
		workerBrowser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(workerBrowser.get("/locations").statusCode()).isEqualTo(200);
		var adminBrowser = new HttpSession(baseUrl());
		adminBrowser.login(admin.getUsername(), OrganisationFixtures.PASSWORD);

		var deactivate = adminBrowser.post("/users/" + worker.id(), "/users/" + worker.id() + "/deactivate", Map.of());

		assertThat(deactivate.statusCode()).isEqualTo(302);
		assertThat(location(workerBrowser.get("/locations"))).endsWith("/login");
		assertThat(sessionsOf(worker.getUsername())).isZero();
	}

	@Test
	void aRoleChangeEndsTheSessionSoTheNewRolesApply() {
		var workerBrowser = new HttpSession(baseUrl());
		workerBrowser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		var adminBrowser = new HttpSession(baseUrl());
		adminBrowser.login(admin.getUsername(), OrganisationFixtures.PASSWORD);

		adminBrowser.post("/users/" + worker.id(), "/users/" + worker.id() + "/roles", Map.of("roles", "VOLUNTEER"));

		assertThat(location(workerBrowser.get("/locations"))).endsWith("/login");
		workerBrowser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(workerBrowser.get("/locations").statusCode()).as("a volunteer has no locations page").isEqualTo(403);
	}

	@Test
	void anActivationLinkWorksOnceAndTheInviteeCanSignIn() throws Exception {
		var adminBrowser = new HttpSession(baseUrl());
		adminBrowser.login(admin.getUsername(), OrganisationFixtures.PASSWORD);
		var username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
		var email = username + "@test.samenspel.example";

		var invite = adminBrowser.post("/users/invite", "/users/invite", Map.of("username", username, "displayName",
				"Zoë Nieuw", "email", email, "roles", "WORKER", "preferredLanguage", "nl"));

		assertThat(invite.statusCode()).isEqualTo(302);
		var link = linkIn(mailTo(email));
		var path = link.substring(link.indexOf("/activate"));
		var visitor = new HttpSession(baseUrl());
		assertThat(visitor.get(path).body()).contains("Welkom, Zoë Nieuw");

		var activate = visitor.post(path, "/activate", Map.of("token", token(link), "password", "mijn zelfgekozen lange wachtwoord",
				"confirmation", "mijn zelfgekozen lange wachtwoord"));

		assertThat(location(activate)).endsWith("/login");
		assertThat(visitor.get(path).body()).contains("Deze link werkt niet meer");
		var again = visitor.post("/login", "/activate", Map.of("token", token(link), "password", "een ander lang wachtwoord",
				"confirmation", "een ander lang wachtwoord"));
		assertThat(again.body()).contains("Deze link werkt niet meer");
		assertThat(location(visitor.login(username, "mijn zelfgekozen lange wachtwoord"))).endsWith("/");
	}

	@Test
	void anActivationLinkExpiresAfter72Hours() throws Exception {
		var adminBrowser = new HttpSession(baseUrl());
		adminBrowser.login(admin.getUsername(), OrganisationFixtures.PASSWORD);
		var username = "laat-" + UUID.randomUUID().toString().substring(0, 8);
		var email = username + "@test.samenspel.example";
		adminBrowser.post("/users/invite", "/users/invite", Map.of("username", username, "displayName", "Te Laat",
				"email", email, "roles", "WORKER", "preferredLanguage", "en"));
		var link = linkIn(mailTo(email));
		var validity = jdbc.sql("select created_at, expires_at from one_time_link where token_hash = :hash")
			.param("hash", Secrets.hash(token(link)))
			.query((rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.single();
		assertThat(validity).isEqualTo(Duration.ofHours(72));

		jdbc.sql("update one_time_link set expires_at = created_at - interval '1' minute where token_hash = :hash")
			.param("hash", Secrets.hash(token(link))).update();

		var visitor = new HttpSession(baseUrl());
		assertThat(visitor.get(link.substring(link.indexOf("/activate"))).body()).contains("Deze link werkt niet meer");
		visitor.post("/login", "/activate", Map.of("token", token(link), "password", "mijn zelfgekozen lange wachtwoord",
				"confirmation", "mijn zelfgekozen lange wachtwoord"));
		assertThat(jdbc.sql("select status from app_user where username = :u").param("u", username)
			.query(String.class).single()).isEqualTo("INVITED");
	}

	@Test
	void aForgottenPasswordIsResetByMailAndEndsOtherSessions() throws Exception {
		var workerBrowser = new HttpSession(baseUrl());
		workerBrowser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		var email = fixtures.account(worker.id()).getEmail();
		var visitor = new HttpSession(baseUrl());

		var request = visitor.post("/password-reset", "/password-reset", Map.of("identifier", email.toUpperCase()));
		var unknown = visitor.post("/password-reset", "/password-reset", Map.of("identifier", "niemand@nergens.example"));

		assertThat(request.body()).contains("Als we je account kennen");
		assertThat(unknown.body()).as("the same answer for an unknown address").isEqualTo(request.body());
		var link = linkIn(mailTo(email));
		var path = link.substring(link.indexOf("/password-reset"));
		var weak = visitor.post(path, "/password-reset/confirm", Map.of("token", token(link), "password", "kort",
				"confirmation", "kort"));
		assertThat(weak.body()).contains("Gebruik minstens 12 tekens.");
		var reset = visitor.post(path, "/password-reset/confirm", Map.of("token", token(link), "password",
				"een gloednieuw wachtwoord", "confirmation", "een gloednieuw wachtwoord"));

		assertThat(location(reset)).endsWith("/login");
		assertThat(location(workerBrowser.get("/locations"))).endsWith("/login");
		assertThat(location(new HttpSession(baseUrl()).login(worker.getUsername(), "een gloednieuw wachtwoord"))).endsWith("/");
	}

	@Test
	void loginStartsTheEightHourClockAndTheFilterEndsAnOlderSession() throws Exception {
		var browser = new HttpSession(baseUrl());
		browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(browser.get("/locations").statusCode()).isEqualTo(200);
		var nineHoursAgo = new java.io.ByteArrayOutputStream();
		try (var out = new java.io.ObjectOutputStream(nineHoursAgo)) {
			out.writeObject(Instant.now().minus(Duration.ofHours(9)).toEpochMilli());
		}

		var changed = jdbc.sql("""
				update spring_session_attributes set attribute_bytes = :bytes
				where attribute_name = :name and session_primary_id in
				    (select primary_id from spring_session where principal_name = :user)""")
			.param("bytes", nineHoursAgo.toByteArray())
			.param("name", AbsoluteSessionTimeout.LOGIN_AT)
			.param("user", worker.getUsername())
			.update();

		assertThat(changed).as("login recorded when the session began").isEqualTo(1);
		assertThat(location(browser.get("/locations"))).endsWith("/login");
	}

	@Test
	void endsASessionAfterEightHoursHoweverActive() throws Exception {
		var settings = new SecuritySettings(Duration.ofHours(8), Duration.ofHours(72), Duration.ofHours(2), 5,
				Duration.ofMinutes(15), 30, 100);
		var loginAt = Instant.parse("2026-12-01T08:00:00Z");
		var filter = new AbsoluteSessionTimeout(settings,
				Clock.fixed(loginAt.plus(Duration.ofHours(8)).plusSeconds(1), ZoneOffset.UTC));
		var session = new MockHttpSession();
		session.setAttribute(AbsoluteSessionTimeout.LOGIN_AT, loginAt.toEpochMilli());
		var request = new MockHttpServletRequest();
		request.setSession(session);

		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

		assertThat(session.isInvalid()).isTrue();

		var fresh = new MockHttpSession();
		fresh.setAttribute(AbsoluteSessionTimeout.LOGIN_AT, loginAt.toEpochMilli());
		var early = new AbsoluteSessionTimeout(settings,
				Clock.fixed(loginAt.plus(Duration.ofHours(7)), ZoneOffset.UTC));
		var second = new MockHttpServletRequest();
		second.setSession(fresh);
		early.doFilter(second, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(fresh.isInvalid()).isFalse();
	}

	private int sessionsOf(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", username)
			.query(Integer.class).single();
	}

	private static String mailTo(String address) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			for (var message : MAIL.getReceivedMessages()) {
				try {
					if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
						return GreenMailUtil.getBody(message);
					}
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + address);
	}

	private static String linkIn(String body) {
		var decoded = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
		var matcher = LINK.matcher(decoded);
		assertThat(matcher.find()).as("a link in: " + decoded).isTrue();
		return matcher.group(1);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + 6);
	}
}
