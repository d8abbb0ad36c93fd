package nl.samenspel.organisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static nl.samenspel.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the security chain does with requests before any module sees them (issue 16): no session for anonymous or
 * API requests, a 400 without a stack trace for broken percent-encoding, the CSRF cookie for API clients, metrics
 * for the platform's operator only, and a DENIED entry in the audit log for each refusal of a signed-in user.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestHygieneTests extends IntegrationTest {

	@Autowired
	TokenManagement tokens;

	UUID organisation;
	CurrentUser coordinator;

	@Autowired
	org.springframework.web.context.WebApplicationContext context;

	/**
	 * MockMvc's {@code csrf()} in other test classes swaps the shared CsrfFilter's repository for a session-based test
	 * one, which the real HTTP port then uses too (a session for every page with a form, no XSRF-TOKEN cookie): put
	 * the application's cookie repository back, so these tests see what a real client sees.
	 */
	@BeforeEach
	void realCsrfRepository() {
		var request = new org.springframework.mock.web.MockHttpServletRequest(context.getServletContext(), "GET", "/login");
		org.springframework.security.test.web.support.WebTestUtils.setCsrfTokenRepository(request,
				org.springframework.security.web.csrf.CookieCsrfTokenRepository.withHttpOnlyFalse());
	}

	@BeforeEach
	void people() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "hygiene-coordinator", Role.COORDINATOR);
	}

	/**
	 * Without {@code samenspel.security.secure-cookies} (the demo over http://localhost, these tests) the cookies keep
	 * their plain names and are Secure only over HTTPS; {@link SecureCookieTests} has production's.
	 */
	@Test
	void withoutTheSecureSettingCookiesKeepTheirPlainNames() throws Exception {
		var asked = mvc.perform(get("/account/sessions")).andReturn().getResponse();
		var login = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse();
		var visitor = new HttpSession(baseUrl());
		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD))).endsWith("/");

		assertThat(asked.getHeaders("Set-Cookie")).anySatisfy(it -> assertThat(it).startsWith("SAMENSPEL_RETURN=")
			.contains("; Path=/").doesNotContain("Secure"));
		assertThat(login.getHeaders("Set-Cookie")).anySatisfy(it -> assertThat(it).startsWith("samenspel-lang=en;")
			.doesNotContain("Secure"));
		assertThat(browser.cookie("SAMENSPEL_SESSION")).isPresent();
		assertThat(visitor.cookie("XSRF-TOKEN")).isPresent();
		assertThat(asked.getHeaders("Set-Cookie")).noneMatch(it -> it.startsWith("__Host-"));
		assertThat(login.getHeaders("Set-Cookie")).noneMatch(it -> it.startsWith("__Host-"));
	}

	@Test
	void anonymousAndApiRequestsWriteNoSession() {
		var before = sessions();
		var visitor = new HttpSession(baseUrl());

		assertThat(location(visitor.get("/locations"))).endsWith("/login");
		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/api/v1/children").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/api/v1/children/" + UUID.randomUUID()).statusCode()).isEqualTo(401);
		assertThat(visitor.get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(visitor.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		var secret = tokens.create(coordinator, new TokenRequest("hygiene", 30, nl.samenspel.organisation.TokenScope.READ_WRITE)).secret();
		assertThat(bearer("/api/v1/locations", secret).statusCode()).isEqualTo(200);
		assertThat(bearer("/actuator/prometheus", secret).statusCode()).isEqualTo(403);

		assertThat(sessions()).as("no spring_session row for anonymous or token requests").isEqualTo(before);
		assertThat(visitor.cookie("SAMENSPEL_SESSION")).isEmpty();
	}

	@Test
	void afterLoginTheUserLandsOnThePageTheyAskedFor() {
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.get("/locations"))).endsWith("/login");
		browser.get("/api/v1/children");

		var login = browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);

		assertThat(location(login)).endsWith("/locations");
		assertThat(browser.get("/locations").statusCode()).isEqualTo(200);
		var again = new HttpSession(baseUrl());
		assertThat(location(again.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD)))
			.as("nothing remembered without a page asked for").endsWith("/");
	}

	@Test
	void theReturnPageIsOnlyEverALocalPath() {
		for (var hostile : new String[] { "//evil.example/x", "/\\evil.example", "https://evil.example/",
				"/\u0000x", "", "javascript:alert(1)", "/a\r\nSet-Cookie: x=y" }) {
			assertThat(ReturnAddress.local(hostile)).as(hostile).isNull();
		}
		assertThat(ReturnAddress.local("/children/12?page=2")).isEqualTo("/children/12?page=2");
	}

	@Test
	void brokenPercentEncodingIsABadRequestWithoutAStackTrace(CapturedOutput output) throws Exception {
		var browser = new HttpSession(baseUrl());
		browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		var cookie = "SAMENSPEL_SESSION=" + browser.cookie("SAMENSPEL_SESSION").orElseThrow();
		var start = output.length();

		for (var query : new String[] { "%C0%AF", "%", "%zz", "%E0%80%AF" }) {
			for (var session : new String[] { null, cookie }) {
				assertThat(raw("/login?x=" + query, session)).as("/login?x=" + query).startsWith("HTTP/1.1 400");
				var api = raw("/api/v1/children?q=" + query, session);
				assertThat(api).as("/api/v1/children?q=" + query).startsWith("HTTP/1.1 400");
				if (session != null) {
					assertThat(api).contains("application/problem+json");
					assertThat(raw("/children?q=" + query, session)).startsWith("HTTP/1.1 400").contains("text/html");
				}
			}
		}
		for (var path : new String[] { "/children/%C0%AF", "/api/v1/children/%C0%AF", "/children/%zz",
				"/children/%E0%80%AF" }) {
			assertThat(raw(path, cookie)).as(path).startsWith("HTTP/1.1 400");
		}

		var logged = output.toString().substring(start);
		assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	/** The same for a form body: Tomcat parses it on the first read of a parameter, which used to end in a 500. */
	@Test
	void brokenPercentEncodingInAFormBodyIsABadRequestWithoutAStackTrace(CapturedOutput output) {
		var visitor = new HttpSession(baseUrl());
		var browser = new HttpSession(baseUrl());
		browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		var children = jdbc.sql("select count(*) from child where organisation_id = :org").param("org", organisation)
			.query(Integer.class).single();
		var start = output.length();

		for (var broken : new String[] { "%C0%AF", "%ZZ", "%", "%E0%80%AF", "%ED%A0%80" }) {
			var login = visitor.postRaw(visitor.csrf("/login"), "/login", "username=" + broken + "&password=x");
			assertThat(login.statusCode()).as("/login with " + broken).isEqualTo(400);
			assertThat(login.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");

			var form = browser.postRaw(browser.csrf("/children/new"), "/children",
					"firstName=" + broken + "&lastName=Test&dateOfBirth=2018-05-01");
			assertThat(form.statusCode()).as("/children with " + broken).isEqualTo(400);
			assertThat(form.body()).doesNotContain(broken);

			var api = browser.postRaw(browser.csrf("/children/new"), "/api/v1/children", "firstName=" + broken);
			assertThat(api.statusCode()).as("/api/v1/children with " + broken).isEqualTo(400);
			assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		}

		var logged = output.toString().substring(start);
		assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
		assertThat(logged.lines().filter(line -> line.contains("broken percent-encoding")).count())
			.as("one line per refused request").isEqualTo(15);
		assertThat(jdbc.sql("select count(*) from child where organisation_id = :org").param("org", organisation)
			.query(Integer.class).single()).as("nothing saved").isEqualTo(children);
	}

	@Test
	void anApiClientThatLoggedInGetsTheCsrfCookieFromItsFirstGet() throws Exception {
		var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		var client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		var browser = new HttpSession(baseUrl());
		browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		var session = browser.cookie("SAMENSPEL_SESSION").orElseThrow();

		var list = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/locations"))
			.header("Cookie", "SAMENSPEL_SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(list.statusCode()).isEqualTo(200);
		var xsrf = cookies.getCookieStore().getCookies().stream().filter(it -> it.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue).findFirst();
		assertThat(xsrf).as("XSRF-TOKEN set on an API GET").isPresent();
		var created = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/locations"))
			.header("Cookie", "SAMENSPEL_SESSION=" + session + "; XSRF-TOKEN=" + xsrf.get())
			.header("X-XSRF-TOKEN", xsrf.get()).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Speeltuin Hygiëne\",\"type\":\"PLAYGROUND\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
	}

	@Test
	void metricsAreForThePlatformsOperatorOnly() throws Exception {
		var admin = fixtures.user(organisation, "hygiene-admin", Role.ADMIN);

		assertThat(mvc.perform(get("/actuator/prometheus").with(as(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		var operator = mvc.perform(get("/actuator/prometheus").with(as("admin"))).andReturn().getResponse();
		assertThat(operator.getStatus()).isEqualTo(200);
		assertThat(operator.getContentAsString()).contains("jvm_memory");
	}

	@Test
	void aRefusalOfASignedInUserIsAudited() throws Exception {
		var parent = fixtures.user(organisation, "hygiene-parent", Role.PARENT);
		var id = UUID.randomUUID();

		var api = mvc.perform(get("/api/v1/signals/" + id).with(as(parent))).andReturn().getResponse();
		var page = mvc.perform(get("/locations").with(as(parent))).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(403);
		assertThat(page.getStatus()).isEqualTo(403);
		var entries = jdbc.sql("""
				select organisation_id, username, object_id from audit_event
				where user_id = :user and result = 'DENIED' order by id""")
			.param("user", parent.id())
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getString(2) + " " + rs.getString(3)).list();
		assertThat(entries).containsExactly(
				organisation + " " + parent.getUsername() + " GET /api/v1/signals/{id}",
				organisation + " " + parent.getUsername() + " GET /locations");
	}

	private int sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}

	private HttpResponse<String> bearer(String path, String secret) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A request as written, byte for byte: java.net.URI refuses the broken encodings a hostile client sends. */
	private String raw(String target, String cookie) throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			var request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/html\r\n"
					+ (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
