package nl.samenspel.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Sessions a user can see and end (issue 16): their own on /account/sessions, any user's of the organisation for an
 * ADMIN on the user's page, never another organisation's; a role change, an approved grant and a deactivation end the
 * user's sessions.
 */
class SessionListTests extends IntegrationTest {

	private static final Pattern HANDLE = Pattern.compile("name=\"session\" value=\"([0-9a-f]{32})\"");
	private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
	private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

	UUID organisation;
	CurrentUser admin;
	CurrentUser second;
	CurrentUser worker;

	@BeforeEach
	void people() {
		organisation = fixtures.organisation();
		admin = fixtures.user(organisation, "sessies-beheer", Role.ADMIN);
		second = fixtures.user(organisation, "sessies-beheer2", Role.ADMIN);
		worker = fixtures.user(organisation, "sessies-werker", Role.WORKER);
	}

	@Test
	void aUserSeesTheirSessionsWithTheCurrentOneMarkedAndEndsAnother() {
		var laptop = signIn(worker, FIREFOX);
		var phone = signIn(worker, IPHONE);

		var page = laptop.get("/account/sessions").body();

		assertThat(page).contains("Firefox, Windows").contains("Safari, iOS").contains("(deze sessie)");
		var handles = handles(page);
		assertThat(handles).as("only the other session can be ended here").hasSize(1);
		assertThat(page).doesNotContain(laptop.cookie("SAMENSPEL_SESSION").orElseThrow());

		var end = laptop.post("/account/sessions", "/account/sessions/end", Map.of("session", handles.get(0),
				"currentPassword", OrganisationFixtures.PASSWORD));

		assertThat(location(end)).endsWith("/account/sessions");
		assertThat(location(phone.get("/locations"))).endsWith("/login");
		assertThat(laptop.get("/locations").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(worker)).isEqualTo(1);
		assertThat(audited(worker)).containsExactly("SESSION_ENDED SUCCESS");
	}

	@Test
	void endingAllOtherSessionsKeepsTheCurrentOne() {
		var laptop = signIn(worker, FIREFOX);
		var phone = signIn(worker, IPHONE);
		var tablet = signIn(worker, "curl/8.0");

		laptop.post("/account/sessions", "/account/sessions/end-others", Map.of("currentPassword",
				OrganisationFixtures.PASSWORD));

		assertThat(location(phone.get("/locations"))).endsWith("/login");
		assertThat(location(tablet.get("/locations"))).endsWith("/login");
		assertThat(laptop.get("/locations").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(worker)).isEqualTo(1);
	}

	@Test
	void aUnknownOrAnotherUsersHandleEndsNothing() {
		var workerBrowser = signIn(worker, FIREFOX);
		var adminBrowser = signIn(admin, FIREFOX);
		var adminOther = signIn(admin, IPHONE);
		var adminHandle = handles(adminBrowser.get("/account/sessions").body()).get(0);

		var foreign = workerBrowser.post("/account/sessions", "/account/sessions/end", Map.of("session", adminHandle,
				"currentPassword", OrganisationFixtures.PASSWORD));
		var nonsense = workerBrowser.post("/account/sessions", "/account/sessions/end", Map.of("session", "<x>",
				"currentPassword", OrganisationFixtures.PASSWORD));

		assertThat(location(foreign)).endsWith("/account/sessions");
		assertThat(nonsense.statusCode()).isEqualTo(302);
		assertThat(adminOther.get("/users").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(admin)).isEqualTo(2);
	}

	@Test
	void endingOwnSessionsNeedsThePasswordAgain() {
		var laptop = signIn(worker, FIREFOX);
		var phone = signIn(worker, IPHONE);
		var handle = handles(laptop.get("/account/sessions").body()).get(0);

		var wrong = laptop.post("/account/sessions", "/account/sessions/end", Map.of("session", handle,
				"currentPassword", "niet mijn wachtwoord"));
		var missing = laptop.post("/account/sessions", "/account/sessions/end-others", Map.of());
		var noneChosen = laptop.post("/account/sessions", "/account/sessions/end", Map.of("currentPassword",
				OrganisationFixtures.PASSWORD));

		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"currentPassword-error\"");
		assertThat(missing.body()).contains("id=\"currentPassword-error\"");
		assertThat(noneChosen.body()).contains("id=\"session-error\"");
		assertThat(phone.get("/locations").statusCode()).as("nothing ended").isEqualTo(200);
		assertThat(sessionsOf(worker)).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where object_id = :id and action = 'SESSION_ENDED' and result = 'FAILURE'""")
			.param("id", worker.id().toString()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theDeviceIsShortenedAndEscaped() {
		var hostile = "<script>alert(1)</script>" + "x".repeat(300);
		signIn(worker, hostile);
		var viewer = signIn(worker, FIREFOX);

		var page = viewer.get("/account/sessions").body();

		assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("x".repeat(Devices.MAX));
	}

	@Test
	void anAdminSeesAndEndsTheSessionsOfAUserOfTheOrganisation() {
		var workerBrowser = signIn(worker, IPHONE);
		var adminBrowser = signIn(admin, FIREFOX);
		var userPage = "/users/" + worker.id();

		var page = adminBrowser.get(userPage).body();
		assertThat(page).contains("Safari, iOS");
		var handle = handles(page).get(0);

		var end = adminBrowser.post(userPage, userPage + "/sessions/end", Map.of("session", handle));

		assertThat(location(end)).contains(userPage);
		assertThat(location(workerBrowser.get("/locations"))).endsWith("/login");
		assertThat(audited(worker)).containsExactly("SESSION_ENDED SUCCESS");

		var again = signIn(worker, IPHONE);
		adminBrowser.post(userPage, userPage + "/sessions/end-all", Map.of());
		assertThat(location(again.get("/locations"))).endsWith("/login");
		assertThat(adminBrowser.get("/users").statusCode()).isEqualTo(200);
	}

	@Test
	void anotherOrganisationsAdminCannotSeeOrEndThem() throws Exception {
		var workerBrowser = signIn(worker, IPHONE);
		var handle = handles(signIn(admin, FIREFOX).get("/users/" + worker.id()).body()).get(0);
		var stranger = fixtures.user(fixtures.organisation(), "sessies-vreemd", Role.ADMIN);

		var end = mvc.perform(post("/users/" + worker.id() + "/sessions/end").param("session", handle)
			.with(as(stranger)).with(csrf())).andReturn().getResponse();
		var endAll = mvc.perform(post("/users/" + worker.id() + "/sessions/end-all").with(as(stranger)).with(csrf()))
			.andReturn().getResponse();

		assertThat(end.getStatus()).isEqualTo(404);
		assertThat(endAll.getStatus()).isEqualTo(404);
		assertThat(workerBrowser.get("/locations").statusCode()).isEqualTo(200);
		assertThat(audited(worker)).isEmpty();
	}

	@Test
	void anApprovedGrantEndsTheUsersSessions() throws Exception {
		var workerBrowser = signIn(worker, IPHONE);
		mvc.perform(put("/api/v1/users/" + worker.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"WORKER\",\"COORDINATOR\"]}").with(as(admin)).with(csrf()));
		assertThat(workerBrowser.get("/locations").statusCode()).as("a request alone changes nothing").isEqualTo(200);
		var grant = jdbc.sql("select id from role_grant where app_user_id = :user").param("user", worker.id())
			.query(UUID.class).single();

		mvc.perform(post("/api/v1/role-grants/" + grant + "/approve").with(as(second)).with(csrf()));

		assertThat(location(workerBrowser.get("/locations"))).endsWith("/login");
		assertThat(sessionsOf(worker)).isZero();
	}

	@Test
	void aRoleChangeAndADeactivationEndTheUsersSessions() throws Exception {
		var phone = signIn(worker, IPHONE);
		var laptop = signIn(worker, FIREFOX);

		mvc.perform(put("/api/v1/users/" + worker.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"VOLUNTEER\"]}").with(as(admin)).with(csrf()));

		assertThat(location(phone.get("/"))).endsWith("/login");
		assertThat(location(laptop.get("/"))).endsWith("/login");
		var again = signIn(worker, FIREFOX);
		assertThat(again.get("/").statusCode()).isEqualTo(200);

		mvc.perform(post("/users/" + worker.id() + "/deactivate").with(as(admin)).with(csrf()));

		assertThat(location(again.get("/"))).endsWith("/login");
		assertThat(sessionsOf(worker)).isZero();
	}

	private HttpSession signIn(CurrentUser user, String userAgent) {
		var browser = new HttpSession(baseUrl()).userAgent(userAgent);
		assertThat(browser.login(user.getUsername(), OrganisationFixtures.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	private static List<String> handles(String page) {
		return HANDLE.matcher(page).results().map(match -> match.group(1)).toList();
	}

	private int sessionsOf(CurrentUser user) {
		return jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", user.getUsername()).query(Integer.class).single();
	}

	private List<String> audited(CurrentUser user) {
		return jdbc.sql("""
				select action || ' ' || result from audit_event where object_id = :id and action = 'SESSION_ENDED'""")
			.param("id", user.id().toString()).query(String.class).list();
	}
}
