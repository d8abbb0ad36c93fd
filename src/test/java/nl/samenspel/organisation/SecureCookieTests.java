package nl.samenspel.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.TestDatabase;
import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Production's cookies ({@code samenspel.security.secure-cookies=true}, ASVS 5.0 3.3.1 and 3.3.3): every cookie the
 * application sets is Secure, {@code __Host-} prefixed, with Path=/ and no Domain, even when a request does not look
 * like HTTPS (a proxy that does not say so), and login, CSRF and logout work under those names. A context and a
 * database of their own; the default's plain names are checked in
 * {@link RequestHygieneTests#withoutTheSecureSettingCookiesKeepTheirPlainNames}.
 */
@TestPropertySource(properties = "samenspel.security.secure-cookies=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SecureCookieTests extends IntegrationTest {

	static final String DATABASE = "samenspel_test_cookies";

	@Autowired
	Encryption encryption;

	@Autowired
	Clock clock;

	@Autowired
	Cookies cookies;

	private final List<String> setCookies = new ArrayList<>();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.own(registry, DATABASE);
	}

	@Test
	void everyCookieIsSecureAndHostPrefixedAndLoginCsrfAndLogoutUseThoseNames() throws Exception {
		var user = fixtures.user(fixtures.organisation(), "secure-cookies", Role.WORKER);

		// a page asked for before signing in, over what looks like plain HTTP: the return address is Secure anyway
		var asked = perform(get("/account/sessions"));
		assertThat(asked.getStatus()).isEqualTo(302);
		var returnCookie = header(asked, "__Host-SAMENSPEL_RETURN");
		assertThat(returnCookie).contains("; Path=/;").contains("; Secure").contains("; HttpOnly");
		// MockMvc's Set-Cookie leaves out the attributes of a servlet Cookie; Tomcat writes them
		assertThat(asked.getCookie("__Host-SAMENSPEL_RETURN").getAttribute("SameSite")).isEqualTo("Lax");

		// the login page: the CSRF cookie (readable by htmx, so not HttpOnly) and the language
		var loginPage = perform(get("/login").param("lang", "en").secure(true));
		assertThat(loginPage.getStatus()).isEqualTo(200);
		var csrfCookie = header(loginPage, "__Host-XSRF-TOKEN");
		assertThat(csrfCookie).contains("; Path=/").contains("; Secure").doesNotContain("HttpOnly");
		assertThat(header(loginPage, "__Host-samenspel-lang")).startsWith("__Host-samenspel-lang=en;").contains("; Path=/")
			.contains("; Secure").contains("; HttpOnly");
		var token = value(csrfCookie);

		// the token under the old name, as a neighbouring host could plant it, does not count
		var planted = perform(post("/login").secure(true).param("username", user.getUsername())
			.param("password", OrganisationFixtures.PASSWORD).cookie(new Cookie("XSRF-TOKEN", token))
			.header("X-XSRF-TOKEN", token));
		assertThat(planted.getStatus()).isEqualTo(403);
		assertThat(planted.getHeaders("Set-Cookie")).noneMatch(it -> it.contains("SAMENSPEL_SESSION"));

		// the login with the prefixed CSRF cookie's value in the header: the session cookie, back to the page asked for
		var login = perform(post("/login").secure(true).param("username", user.getUsername())
			.param("password", OrganisationFixtures.PASSWORD)
			.cookie(new Cookie("__Host-XSRF-TOKEN", token), new Cookie("__Host-SAMENSPEL_RETURN", value(returnCookie)))
			.header("X-XSRF-TOKEN", token));
		assertThat(login.getRedirectedUrl()).isEqualTo("/account/sessions");
		var sessionCookie = header(login, "__Host-SAMENSPEL_SESSION");
		assertThat(sessionCookie).contains("; Path=/;").contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");
		var session = new Cookie("__Host-SAMENSPEL_SESSION", value(sessionCookie));

		// signed in, at the page asked for: the return address is forgotten, and a fresh CSRF cookie under the prefixed
		// name, which is then recognised (not set again)
		var page = perform(get("/account/sessions").secure(true).cookie(session,
				new Cookie("__Host-SAMENSPEL_RETURN", value(returnCookie))));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(header(page, "__Host-SAMENSPEL_RETURN")).contains("Max-Age=0");
		var fresh = value(header(page, "__Host-XSRF-TOKEN"));
		var again = perform(get("/account/sessions").secure(true).cookie(session, new Cookie("__Host-XSRF-TOKEN", fresh)));
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeaders("Set-Cookie")).noneMatch(it -> it.contains("XSRF-TOKEN"));

		// a CSRF-protected POST: refused without the header, done with the prefixed cookie's value; the cookie is gone
		var xsrf = new Cookie("__Host-XSRF-TOKEN", fresh);
		assertThat(perform(post("/logout").secure(true).cookie(session, xsrf)).getStatus()).isEqualTo(403);
		var logout = perform(post("/logout").secure(true).cookie(session, xsrf).header("X-XSRF-TOKEN", fresh));
		assertThat(logout.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(logout.getHeaders("Set-Cookie")).filteredOn(it -> it.startsWith("__Host-SAMENSPEL_SESSION=;"))
			.isNotEmpty()
			.allSatisfy(it -> assertThat(it).contains("Max-Age=0").contains("; Path=/").contains("; Secure"));
		assertThat(perform(get("/account/sessions").secure(true).cookie(session)).getStatus()).isEqualTo(302);

		assertThat(setCookies).isNotEmpty().allSatisfy(it -> assertThat(it).startsWith(Cookies.HOST_PREFIX)
			.contains("; Path=/").contains("; Secure").doesNotContainIgnoringCase("domain="));
	}

	@Test
	void theProviderSignInCookieIsHostPrefixedWithPathSlashAndReadOnlyUnderThatName() {
		var signIn = new ProviderSignInCookie(encryption, clock, cookies);
		var started = OAuth2AuthorizationRequest.authorizationCode().authorizationUri("https://idp.example/authorize")
			.clientId("samenspel").redirectUri("https://samenspel.example/login/oauth2/code/x").state("de-state")
			.build();
		var request = new MockHttpServletRequest("GET", "/oauth2/authorization/x");
		var response = new MockHttpServletResponse();
		signIn.saveAuthorizationRequest(started, request, response);

		var header = response.getHeader("Set-Cookie");
		assertThat(header).startsWith("__Host-SAMENSPEL_SIGNIN=").contains("; Path=/;").contains("; Secure")
			.contains("; HttpOnly").doesNotContainIgnoringCase("domain=");
		assertThat(response.getCookie("__Host-SAMENSPEL_SIGNIN").getAttribute("SameSite")).isEqualTo("Lax");
		var back = new MockHttpServletRequest("GET", "/login/oauth2/code/x");
		back.setParameter("state", "de-state");
		back.setCookies(new Cookie("SAMENSPEL_SIGNIN", value(header)));
		assertThat(signIn.loadAuthorizationRequest(back)).as("the plain name is not read").isNull();
		back.setCookies(new Cookie("__Host-SAMENSPEL_SIGNIN", value(header)));
		assertThat(signIn.loadAuthorizationRequest(back).getState()).isEqualTo("de-state");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		setCookies.addAll(response.getHeaders("Set-Cookie"));
		return response;
	}

	private static String header(MockHttpServletResponse response, String name) {
		return response.getHeaders("Set-Cookie").stream().filter(it -> it.startsWith(name + "=")).findFirst()
			.orElseThrow(() -> new AssertionError(name + " not set: " + response.getHeaders("Set-Cookie")));
	}

	private static String value(String header) {
		var end = header.indexOf(';');
		return header.substring(header.indexOf('=') + 1, end < 0 ? header.length() : end);
	}
}
