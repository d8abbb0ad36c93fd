package nl.samenspel.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in through an organisation's own OpenID Connect provider, against a real one: mock-oauth2-server on a
 * random port, through the whole authorization-code flow (the browser's part with a real HTTP client, the
 * application's with MockMvc). The provider's user becomes an account of that organisation only, with the roles
 * its groups map to; everything else is refused with a reason on the login page, and audited.
 */
class OidcLoginTests extends IntegrationTest {

	private static final MockOAuth2Server PROVIDER = start();
	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final String CLIENT_ID = "samenspel";
	private static final String SECRET = "geheim-client-secret-" + UUID.randomUUID();
	private static final String MAPPING = "sp-coordinatoren=COORDINATOR\nsp-veilig=SAFEGUARDING_OFFICER\nsp-team=WORKER";

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.web.context.WebApplicationContext context;

	private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	UUID organisation;
	CurrentUser admin;
	CurrentUser second;
	String issuerId;
	String shortName;
	UserAccount worker;

	private static MockOAuth2Server start() {
		var server = new MockOAuth2Server();
		server.start(0);
		return server;
	}

	@AfterAll
	static void stop() {
		PROVIDER.shutdown();
	}

	@BeforeEach
	void anOrganisationWithItsProvider() throws Exception {
		var n = SEQUENCE.incrementAndGet();
		organisation = fixtures.organisation();
		admin = fixtures.user(organisation, "oidc-admin", Role.ADMIN);
		second = fixtures.user(organisation, "oidc-admin2", Role.ADMIN);
		worker = fixtures.account(fixtures.user(organisation, "oidc-worker", Role.WORKER).id());
		issuerId = "org-" + n + "-" + UUID.randomUUID().toString().substring(0, 8);
		shortName = "buurtwerk-" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
		saveProvider(admin, shortName, issuerId, MAPPING)
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
	}

	// --- four eyes: one ADMIN alone neither maps groups to need-to-know roles nor points the issuer elsewhere

	@Test
	void aNewProviderSignsNobodyInUntilAnotherAdminApprovesAndALoneAdminIsToldWhy() throws Exception {
		var id = fixtures.organisation();
		var alone = fixtures.user(id, "oidc-alleen", Role.ADMIN);
		var name = "alleen-" + UUID.randomUUID().toString().substring(0, 8);
		saveProvider(alone, name, issuerId, "sp-team=WORKER").andExpect(redirectedUrl("/organisation/identity-provider"));
		var registration = jdbc.sql("select id from identity_provider where organisation_id = :organisation")
			.param("organisation", id).query(UUID.class).single();

		mvc.perform(get("/login/organisation").param("name", name)).andExpect(redirectedUrl("/login?provider=unknownOrganisation"));
		mvc.perform(get("/oauth2/authorization/" + registration)).andExpect(redirectedUrl("/login?provider=unavailable"));
		var page = mvc.perform(get("/organisation/identity-provider").with(as(alone))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("wacht op goedkeuring").contains("jouw organisatie heeft er geen")
			.doesNotContain("/organisation/identity-provider/approve").doesNotContain(SECRET);

		// their own approval is refused, audited, and changes nothing
		var change = changeId(id);
		var refused = mvc.perform(post("/organisation/identity-provider/approve").param("change", change.toString())
			.with(as(alone)).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("eigen wijziging niet goedkeuren");
		mvc.perform(get("/oauth2/authorization/" + registration)).andExpect(redirectedUrl("/login?provider=unavailable"));
		assertThat(count("select count(*) from audit_event where action = 'ROLE_GRANT_APPROVED' and result = 'DENIED'"
				+ " and object_id = '" + registration + "'")).isEqualTo(1);
		assertThat(count("select count(*) from identity_provider where approved_by is not null and organisation_id = '"
				+ id + "'")).isZero();
	}

	@Test
	void pointingTheIssuerElsewhereTakesNobodyInUntilAnotherAdminApprovesIt() throws Exception {
		var officer = fixtures.account(fixtures.user(organisation, "oidc-veilig", Role.SAFEGUARDING_OFFICER).id());
		var registration = registrationId();
		// a sign-in started before the change does not finish after it
		var started = mvc.perform(get("/oauth2/authorization/" + registration)).andReturn();
		var ownIssuer = issuerId + "-eigen";

		saveProvider(admin, shortName, ownIssuer, "sp-veilig=SAFEGUARDING_OFFICER")
			.andExpect(redirectedUrl("/organisation/identity-provider"));

		mvc.perform(get("/oauth2/authorization/" + registration)).andExpect(redirectedUrl("/login?provider=unavailable"));
		mvc.perform(get("/login/organisation").param("name", shortName))
			.andExpect(redirectedUrl("/login?provider=unknownOrganisation"));
		var finished = backFromProvider(started);
		assertThat(finished.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=failed");
		assertThat(finished.getResponse().getCookie("SAMENSPEL_SESSION")).isNull();
		// the one who changed it cannot approve it
		approve(admin).andExpect(status().isBadRequest());
		mvc.perform(get("/oauth2/authorization/" + registration)).andExpect(redirectedUrl("/login?provider=unavailable"));

		// the second ADMIN sees what changed (never the secret), and approves
		var page = mvc.perform(get("/organisation/identity-provider").with(as(second))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("action=\"/organisation/identity-provider/approve\"")
			.contains(PROVIDER.issuerUrl(ownIssuer).toString()).contains("was: " + PROVIDER.issuerUrl(issuerId))
			.contains("sp-veilig=SAFEGUARDING_OFFICER").contains("sp-team=WORKER").doesNotContain(SECRET);
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		assertThat(count("select count(*) from audit_event where action = 'ROLE_GRANT_APPROVED' and result = 'SUCCESS'"
				+ " and object_id = '" + registration + "' and user_id = '" + second.id() + "'")).isEqualTo(2);

		var result = signIn(ownIssuer, "sub-" + UUID.randomUUID(), officer.getEmail(), true, List.of("sp-veilig"));
		mvcAuthenticated(result, officer.getId(), Set.of(Role.SAFEGUARDING_OFFICER));
	}

	@Test
	void aMappingToSafeguardingOfficerIsNotInForceUntilApprovedAndTheOthersAreTold() throws Exception {
		var officer = fixtures.user(organisation, "oidc-officer", Role.SAFEGUARDING_OFFICER);
		var subject = "sub-" + UUID.randomUUID();
		mvcAuthenticated(signIn(subject, worker.getEmail(), true, List.of("sp-team")), worker.getId(), Set.of(Role.WORKER));
		delivered();
		var before = mailsTo(officer).size();

		saveProvider(admin, shortName, issuerId, "sp-team=SAFEGUARDING_OFFICER", "")
			.andExpect(redirectedUrl("/organisation/identity-provider"));

		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));
		assertThat(roles(worker.getId())).containsExactly("WORKER");
		assertThat(count("select count(*) from audit_event where action = 'ROLE_GRANT_REQUESTED' and object_id = '"
				+ registrationId() + "' and user_id = '" + admin.id() + "'")).isEqualTo(2);
		delivered();
		assertThat(mailsTo(officer)).hasSize(before + 1);
		var told = mailsTo(second).get(mailsTo(second).size() - 1);
		assertThat(told.getSubject()).isEqualTo("Een beheerder heeft het inloggen via de eigen organisatie gewijzigd");
		assertThat(told.getContent().toString()).contains("/organisation/identity-provider");
		assertThat(mailsTo(admin)).as("not the one who changed it").noneMatch(mail -> subject(mail).contains("gewijzigd"));

		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		delivered();
		assertThat(mailsTo(officer)).hasSize(before + 2);
		mvcAuthenticated(signIn(subject, worker.getEmail(), false, List.of("sp-team")), worker.getId(),
				Set.of(Role.SAFEGUARDING_OFFICER));
	}

	@Test
	void switchingOffTakesEffectAtOnceAndSwitchingOnAgainWaitsForApproval() throws Exception {
		mvc.perform(post("/organisation/identity-provider/disable").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));

		// saved again unchanged: switching on is a change like any other
		saveProvider(admin, shortName, issuerId, "sp-coordinatoren=COORDINATOR\nsp-veilig=SAFEGUARDING_OFFICER\nsp-team=WORKER", "")
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		mvcAuthenticated(signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team")), worker.getId(),
				Set.of(Role.WORKER));

		// a new short name alone keeps it in force
		var renamed = shortName + "-nieuw";
		saveProvider(admin, renamed, issuerId, "sp-coordinatoren=COORDINATOR\nsp-veilig=SAFEGUARDING_OFFICER\nsp-team=WORKER", "")
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		assertThat(mvc.perform(get("/login/organisation").param("name", renamed)).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/oauth2/authorization/" + registrationId());
	}

	@Test
	void anApprovalNamesTheChangeItApprovesSoALaterChangeIsNeverApprovedUnseen() throws Exception {
		saveProvider(admin, shortName, issuerId, "sp-team=WORKER", "").andExpect(redirectedUrl("/organisation/identity-provider"));
		var seen = changeId(organisation);
		saveProvider(admin, shortName, issuerId, "sp-team=ADMIN", "").andExpect(redirectedUrl("/organisation/identity-provider"));

		mvc.perform(post("/organisation/identity-provider/approve").param("change", seen.toString()).with(as(second))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));
	}

	@Test
	void aChangedIssuerCarriesNoLinkOfTheOldOne() throws Exception {
		var subject = "sub-" + UUID.randomUUID();
		mvcAuthenticated(signIn(subject, worker.getEmail(), true, List.of("sp-team")), worker.getId(), Set.of(Role.WORKER));
		var other = issuerId + "-nieuw";
		saveProvider(admin, shortName, other, "sp-team=WORKER", "").andExpect(redirectedUrl("/organisation/identity-provider"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));

		// the same subject at the new issuer, without an e-mail it vouches for, is nobody
		var result = signIn(other, subject, worker.getEmail(), false, List.of("sp-team"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=unknown");
	}

	@Test
	void aMappedUserSignsInAsTheirAccountWithTheMappedRolesAndTheCodeFlowAsFactor() throws Exception {
		var subject = "sub-" + UUID.randomUUID();
		var result = signIn(subject, worker.getEmail(), true, List.of("sp-coordinatoren", "sp-veilig", "onbekende-groep"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		mvcAuthenticated(result, worker.getId(), Set.of(Role.COORDINATOR, Role.SAFEGUARDING_OFFICER));
		assertThat(roles(worker.getId())).containsExactlyInAnyOrder("COORDINATOR", "SAFEGUARDING_OFFICER");
		assertThat(count("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and user_id = '"
				+ worker.getId() + "' and organisation_id = '" + organisation + "'")).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'ROLES_CHANGED' and object_id = '"
				+ worker.getId() + "'")).isEqualTo(1);

		// the session is the normal one, in the database, and opens the pages of the mapped roles
		var session = result.getResponse().getCookie("SAMENSPEL_SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		// linked now: a later sign-in is found by issuer and subject, whatever e-mail the provider sends
		var again = signIn(subject, "ander-adres@elders.example", false, List.of("sp-team"));
		mvcAuthenticated(again, worker.getId(), Set.of(Role.WORKER));
		assertThat(roles(worker.getId())).containsExactly("WORKER");
	}

	@Test
	void theLoginPageOffersTheOrganisationsProviderByShortNameAndListsNoOrganisation() throws Exception {
		var page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("action=\"/login/organisation\"").contains("Inloggen via je organisatie")
			.doesNotContain(shortName).doesNotContain(registrationId());
		mvc.perform(get("/login/organisation").param("name", "bestaat-niet"))
			.andExpect(redirectedUrl("/login?provider=unknownOrganisation"));
		mvc.perform(get("/oauth2/authorization/" + UUID.randomUUID())).andExpect(redirectedUrl("/login?provider=unavailable"));
		mvc.perform(get("/oauth2/authorization/geen-id")).andExpect(redirectedUrl("/login?provider=unavailable"));
	}

	@Test
	void anAccountWithTheSameEmailInAnotherOrganisationIsNeverMatched() throws Exception {
		var other = fixtures.organisation();
		var elsewhere = fixtures.user(other, "oidc-elders", Role.ADMIN);
		var email = fixtures.account(elsewhere.id()).getEmail();

		var result = signIn("sub-" + UUID.randomUUID(), email, true, List.of("sp-coordinatoren"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=unknown");
		assertThat(count("select count(*) from identity_provider_link where app_user_id = '" + elsewhere.id() + "'"))
			.isZero();
		assertThat(roles(elsewhere.id())).containsExactly("ADMIN");
		assertThat(count("select count(*) from audit_event where action = 'LOGIN_FAILED' and result = 'DENIED'"
				+ " and organisation_id = '" + organisation + "'")).isEqualTo(1);
		mvc.perform(get("/login?provider=unknown"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("geen actief account")));
	}

	@Test
	void theSameEmailInBothOrganisationsMatchesOnlyTheProvidersOwnOrganisation() throws Exception {
		var other = fixtures.organisation();
		var elsewhere = fixtures.user(other, "oidc-twee", Role.ADMIN);
		jdbc.sql("update app_user set email = :email where id = :id").param("email", worker.getEmail())
			.param("id", elsewhere.id()).update();

		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));

		mvcAuthenticated(result, worker.getId(), Set.of(Role.WORKER));
	}

	@Test
	void anEmailTheProviderDoesNotVouchForIsNotMatched() throws Exception {
		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), false, List.of("sp-team"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=unknown");
	}

	@Test
	void aUserInNoMappedGroupIsRefusedAndKeepsTheirRoles() throws Exception {
		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("kantine", "fietsclub"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=norole");
		assertThat(result.getResponse().getCookie("SAMENSPEL_SESSION")).isNull();
		assertThat(roles(worker.getId())).containsExactly("WORKER");
		assertThat(count("select count(*) from audit_event where action = 'LOGIN_FAILED' and result = 'DENIED'"
				+ " and user_id = '" + worker.getId() + "' and organisation_id = '" + organisation + "'")).isEqualTo(1);
		mvc.perform(get("/login?provider=norole"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("geen groep")));
	}

	// --- ASVS 6.8.4: the sign-in stands in for the second factor, so the organisation may demand the provider says so

	@Test
	void aProviderThatMustConfirmMultiFactorSignInRefusesASignInWithoutAmr() throws Exception {
		requireMfa(true);

		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=nomfa");
		assertThat(result.getResponse().getCookie("SAMENSPEL_SESSION")).isNull();
		assertThat(count("select count(*) from audit_event where action = 'LOGIN_FAILED' and result = 'DENIED'"
				+ " and object_id = '" + registrationId() + "' and organisation_id = '" + organisation + "'")).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED' and user_id = '"
				+ worker.getId() + "'")).isZero();
		mvc.perform(get("/login?provider=nomfa"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("meer dan een wachtwoord")));
	}

	@Test
	void aProviderThatMustConfirmMultiFactorSignInRefusesAPasswordOnlyAmrAndAcceptsMfa() throws Exception {
		requireMfa(true);

		var passwordOnly = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"),
				Map.of("amr", List.of("pwd")));
		assertThat(passwordOnly.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=nomfa");

		var subject = "sub-" + UUID.randomUUID();
		var withMfa = signIn(subject, worker.getEmail(), true, List.of("sp-team"),
				Map.of("amr", List.of("pwd", "mfa")));
		mvcAuthenticated(withMfa, worker.getId(), Set.of(Role.WORKER));

		// (the same provider user: the account is linked to them now)
		var withKey = signIn(subject, worker.getEmail(), true, List.of("sp-team"),
				Map.of("amr", List.of("hwk")));
		mvcAuthenticated(withKey, worker.getId(), Set.of(Role.WORKER));
	}

	@Test
	void withoutTheDemandASignInWithoutAmrSignsIn() throws Exception {
		assertThat(count("select count(*) from identity_provider where require_mfa = false and organisation_id = '"
				+ organisation + "'")).isEqualTo(1);

		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));

		mvcAuthenticated(result, worker.getId(), Set.of(Role.WORKER));
	}

	@Test
	void switchingTheMultiFactorDemandOnOrOffWaitsForASecondAdmin() throws Exception {
		saveProvider(admin, shortName, issuerId, MAPPING, "", true)
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		// out of force until approved: nobody signs in
		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));
		mvc.perform(get("/organisation/identity-provider").with(as(second)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("name=\"requireMfa\" value=\"true\" checked")));
		approve(admin).andExpect(status().isBadRequest());
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		assertThat(count("select count(*) from identity_provider where approved_require_mfa = true and organisation_id = '"
				+ organisation + "'")).isEqualTo(1);

		// switching it off again (a form without the box) is a change like any other
		saveProvider(admin, shortName, issuerId, MAPPING, "", false)
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		mvc.perform(get("/oauth2/authorization/" + registrationId())).andExpect(redirectedUrl("/login?provider=unavailable"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		mvcAuthenticated(signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team")),
				worker.getId(), Set.of(Role.WORKER));
	}

	/** The provider of the organisation demands (or not) multi-factor sign-in, approved by the second ADMIN. */
	private void requireMfa(boolean required) throws Exception {
		saveProvider(admin, shortName, issuerId, MAPPING, "", required)
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
	}

	@Test
	void aDeactivatedAccountIsRefused() throws Exception {
		jdbc.sql("update app_user set status = 'DEACTIVATED' where id = :id").param("id", worker.getId()).update();

		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=unknown");
	}

	@Test
	void aSwitchedOffProviderStartsNoSignInAndFinishesNone() throws Exception {
		var registration = registrationId();
		// started before it was switched off
		var started = mvc.perform(get("/oauth2/authorization/" + registration)).andReturn();
		assertThat(started.getResponse().getRedirectedUrl()).startsWith(PROVIDER.issuerUrl(issuerId).toString());

		mvc.perform(post("/organisation/identity-provider/disable").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/organisation/identity-provider"));

		mvc.perform(get("/oauth2/authorization/" + registration)).andExpect(redirectedUrl("/login?provider=unavailable"));
		mvc.perform(get("/login/organisation").param("name", shortName))
			.andExpect(redirectedUrl("/login?provider=unknownOrganisation"));
		// (no claims queued: the provider's token endpoint is never reached, and a queued answer would stay for the next)
		var finished = backFromProvider(started);
		assertThat(finished.getResponse().getRedirectedUrl()).isEqualTo("/login?provider=failed");
		assertThat(finished.getResponse().getCookie("SAMENSPEL_SESSION")).isNull();
		assertThat(count("select count(*) from audit_event where action = 'DEACTIVATED' and object_type = "
				+ "'identity-provider' and organisation_id = '" + organisation + "'")).isEqualTo(1);
	}

	@Test
	void startingASignInWritesNoSessionAndAForgedReturnIsRefused() throws Exception {
		// over the real port, as a browser: MockMvc's csrf() elsewhere leaves a session-based CSRF repository behind
		var request = new org.springframework.mock.web.MockHttpServletRequest(context.getServletContext(), "GET", "/login");
		org.springframework.security.test.web.support.WebTestUtils.setCsrfTokenRepository(request,
				org.springframework.security.web.csrf.CookieCsrfTokenRepository.withHttpOnlyFalse());
		var before = count("select count(*) from spring_session");
		var picked = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login/organisation?name="
				+ shortName.toUpperCase())).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(picked.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/" + registrationId());
		var redirect = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/authorization/"
				+ registrationId())).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(picked.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SAMENSPEL_SESSION"));
		var cookies = redirect.headers().allValues("Set-Cookie");
		assertThat(cookies).noneMatch(cookie -> cookie.startsWith("SAMENSPEL_SESSION"));
		assertThat(count("select count(*) from spring_session")).isEqualTo(before);
		var signIn = cookies.stream().filter(cookie -> cookie.startsWith("SAMENSPEL_SIGNIN=")).findFirst().orElseThrow();
		assertThat(signIn).contains("HttpOnly").contains("Path=/login/oauth2/").contains("SameSite=Lax");
		// PKCE and nonce go to the provider; the cookie holds them sealed
		var authorizeUrl = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(authorizeUrl).contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=");
		var value = signIn.substring("SAMENSPEL_SIGNIN=".length(), signIn.indexOf(';'));
		assertThat(new String(java.util.Base64.getUrlDecoder().decode(value))).startsWith("v1:").doesNotContain("state")
			.doesNotContain("code_verifier");

		// the provider's answer without the cookie, or with a changed one, signs nobody in
		enqueue("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));
		var authorize = browser.send(HttpRequest.newBuilder(URI.create(authorizeUrl)).build(),
				HttpResponse.BodyHandlers.discarding());
		var back = URI.create(authorize.headers().firstValue("Location").orElseThrow());
		mvc.perform(get(back)).andExpect(redirectedUrl("/login?provider=failed"));
		var tampered = new Cookie("SAMENSPEL_SIGNIN", value.substring(0, value.length() - 8) + "AAAAAAAA");
		mvc.perform(get(back).cookie(tampered)).andExpect(redirectedUrl("/login?provider=failed"));
		mvc.perform(get(back).cookie(new Cookie("SAMENSPEL_SIGNIN", value))).andExpect(redirectedUrl("/"));
	}

	@Test
	void theClientSecretIsSealedAtRestAndNeverShownBack() throws Exception {
		var stored = jdbc.sql("select client_secret from identity_provider where organisation_id = :organisation")
			.param("organisation", organisation).query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);

		var page = mvc.perform(get("/organisation/identity-provider").with(as(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(shortName).contains(PROVIDER.issuerUrl(issuerId).toString()).doesNotContain(SECRET);

		// saved again without a secret: the stored one stays and still works
		saveProvider(admin, shortName, issuerId, "sp-team=WORKER", "").andExpect(redirectedUrl("/organisation/identity-provider"));
		approve(second).andExpect(redirectedUrl("/organisation/identity-provider"));
		var result = signIn("sub-" + UUID.randomUUID(), worker.getEmail(), true, List.of("sp-team"));
		mvcAuthenticated(result, worker.getId(), Set.of(Role.WORKER));
	}

	@Test
	void changingTheMappingIsAuditedAndABadIssuerIsRefusedNextToItsField() throws Exception {
		saveProvider(admin, shortName, issuerId, "sp-team=WORKER\nsp-beheer=ADMIN")
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		assertThat(count("select count(*) from audit_event where action = 'ROLES_CHANGED' and object_type = "
				+ "'identity-provider' and organisation_id = '" + organisation + "'")).isEqualTo(2);

		var page = mvc.perform(post("/organisation/identity-provider").with(as(admin)).with(csrf())
			.param("shortName", shortName).param("issuerUri", "http://sso.example.nl/realms/x").param("clientId", CLIENT_ID)
			.param("clientSecret", "nieuw-geheim").param("groupsClaim", "groups").param("groupRoles", "sp-team=WORKER"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"issuerUri-error\"").contains("https://").doesNotContain("nieuw-geheim");
		var bad = mvc.perform(post("/organisation/identity-provider").with(as(admin)).with(csrf())
			.param("shortName", shortName).param("issuerUri", PROVIDER.issuerUrl(issuerId).toString())
			.param("clientId", CLIENT_ID).param("groupsClaim", "groups").param("groupRoles", "sp-team=KONING"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("id=\"groupRoles-error\"");
		assertThat(jdbc.sql("select group_roles from identity_provider where organisation_id = :organisation")
			.param("organisation", organisation).query(String.class).single()).isEqualTo("sp-beheer=ADMIN\nsp-team=WORKER");
	}

	@Test
	void theAdminOfAnotherOrganisationNeitherSeesNorChangesThisProvider() throws Exception {
		var other = fixtures.organisation();
		var otherAdmin = fixtures.user(other, "oidc-ander", Role.ADMIN);

		var page = mvc.perform(get("/organisation/identity-provider").with(as(otherAdmin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(shortName).doesNotContain(issuerId);

		// the same short name is refused; saving and switching off touch only their own organisation
		saveProvider(otherAdmin, shortName, "ander-" + issuerId, "x=WORKER").andExpect(status().isOk());
		mvc.perform(post("/organisation/identity-provider/disable").with(as(otherAdmin)).with(csrf()))
			.andExpect(redirectedUrl("/organisation/identity-provider"));
		var row = jdbc.sql("select issuer_uri, enabled from identity_provider where organisation_id = :organisation")
			.param("organisation", organisation).query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2)).single();
		assertThat(row).isEqualTo(PROVIDER.issuerUrl(issuerId) + " true");
		assertThat(count("select count(*) from identity_provider where organisation_id = '" + other + "'")).isZero();

		// and a user of this organisation never signs in as the other organisation's admin
		mvc.perform(get("/organisation/identity-provider").with(as(fixtures.user(organisation, "oidc-w", Role.WORKER))))
			.andExpect(status().isForbidden());
	}

	// --- the flow

	private MvcResult signIn(String subject, String email, boolean verified, List<String> groups) throws Exception {
		return signIn(issuerId, subject, email, verified, groups);
	}

	private MvcResult signIn(String issuer, String subject, String email, boolean verified, List<String> groups)
			throws Exception {
		var started = mvc.perform(get("/oauth2/authorization/" + registrationId())).andReturn();
		return finish(started, issuer, subject, email, verified, groups);
	}

	/** A sign-in whose ID token carries these claims too ({@code amr}, say). */
	private MvcResult signIn(String subject, String email, boolean verified, List<String> groups,
			Map<String, Object> extra) throws Exception {
		var started = mvc.perform(get("/oauth2/authorization/" + registrationId())).andReturn();
		return finish(started, issuerId, subject, email, verified, groups, extra);
	}

	/** Another ADMIN approves the change waiting now, as the page offers it. */
	private org.springframework.test.web.servlet.ResultActions approve(CurrentUser by) throws Exception {
		return mvc.perform(post("/organisation/identity-provider/approve").param("change", changeId(organisation).toString())
			.with(as(by)).with(csrf()));
	}

	private UUID changeId(UUID organisationId) {
		return jdbc.sql("select change_id from identity_provider where organisation_id = :organisation")
			.param("organisation", organisationId).query(UUID.class).single();
	}

	private List<jakarta.mail.internet.MimeMessage> mailsTo(CurrentUser user) {
		var address = fixtures.account(user.id()).getEmail();
		return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).toList();
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return String.valueOf(mail.getSubject());
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}

	/** The browser at the provider (which approves at once) and back at the application with code and state. */
	private MvcResult finish(MvcResult started, String issuer, String subject, String email, boolean verified,
			List<String> groups) throws Exception {
		return finish(started, issuer, subject, email, verified, groups, Map.of());
	}

	private MvcResult finish(MvcResult started, String issuer, String subject, String email, boolean verified,
			List<String> groups, Map<String, Object> extra) throws Exception {
		enqueue(issuer, subject, email, verified, groups, extra);
		return backFromProvider(started);
	}

	/** The browser at the provider (which answers at once) and back at the application with the sign-in's cookie. */
	private MvcResult backFromProvider(MvcResult started) throws Exception {
		var cookie = started.getResponse().getCookie("SAMENSPEL_SIGNIN");
		assertThat(cookie).isNotNull();
		var authorize = browser.send(HttpRequest.newBuilder(URI.create(started.getResponse().getRedirectedUrl())).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(authorize.statusCode()).isEqualTo(302);
		var back = URI.create(authorize.headers().firstValue("Location").orElseThrow());
		return mvc.perform(get(back).cookie(cookie)).andReturn();
	}

	/** What the provider says about the next user it signs in. */
	private void enqueue(String subject, String email, boolean verified, List<String> groups) {
		enqueue(issuerId, subject, email, verified, groups);
	}

	private void enqueue(String issuer, String subject, String email, boolean verified, List<String> groups) {
		enqueue(issuer, subject, email, verified, groups, Map.of());
	}

	private void enqueue(String issuer, String subject, String email, boolean verified, List<String> groups,
			Map<String, Object> extra) {
		var claims = new HashMap<String, Object>(extra);
		claims.put("email", email);
		claims.put("email_verified", verified);
		claims.put("groups", groups);
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
	}

	private void mvcAuthenticated(MvcResult result, UUID userId, Set<Role> roles) throws Exception {
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		authenticated().withAuthentication(authentication -> {
			assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(CurrentUser.class, user -> {
				assertThat(user.id()).isEqualTo(userId);
				assertThat(user.organisationId()).isEqualTo(organisation);
				assertThat(user.roles()).isEqualTo(roles);
			});
			assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
				.contains(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
				.containsAll(roles.stream().map(Role::authority).toList());
		}).match(result);
	}

	private org.springframework.test.web.servlet.ResultActions saveProvider(CurrentUser by, String name, String issuer,
			String mapping) throws Exception {
		return saveProvider(by, name, issuer, mapping, SECRET);
	}

	private org.springframework.test.web.servlet.ResultActions saveProvider(CurrentUser by, String name, String issuer,
			String mapping, String secret) throws Exception {
		return saveProvider(by, name, issuer, mapping, secret, false);
	}

	private org.springframework.test.web.servlet.ResultActions saveProvider(CurrentUser by, String name, String issuer,
			String mapping, String secret, boolean requireMfa) throws Exception {
		var request = post("/organisation/identity-provider").with(as(by)).with(csrf())
			.param("shortName", name)
			.param("issuerUri", PROVIDER.issuerUrl(issuer).toString())
			.param("clientId", CLIENT_ID)
			.param("clientSecret", secret)
			.param("groupsClaim", "groups")
			.param("groupRoles", mapping);
		return mvc.perform(requireMfa ? request.param("requireMfa", "true") : request);
	}

	private String registrationId() {
		return jdbc.sql("select id from identity_provider where organisation_id = :organisation")
			.param("organisation", organisation).query(UUID.class).single().toString();
	}

	private List<String> roles(UUID userId) {
		return jdbc.sql("select role from app_user_role where app_user_id = :id").param("id", userId)
			.query(String.class).list();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
