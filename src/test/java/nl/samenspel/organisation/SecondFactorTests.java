package nl.samenspel.organisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SealedColumn;
import nl.samenspel.organisation.OneTimeLinks.Purpose;

import static nl.samenspel.HttpSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor login (issue 16): a password alone does not open the application to a user with a second factor or
 * whose role requires one; codes work once and are throttled; recovery codes work once; a reset does not bypass it;
 * a token cannot change it; the secret is sealed; an ADMIN's reset ends the user's sessions; a login through an
 * organisation's OpenID Connect provider counts as passed.
 */
class SecondFactorTests extends IntegrationTest {

	private static final Pattern SECRET = Pattern.compile("data-secret>([A-Z2-7]+)<");
	private static final Pattern RECOVERY = Pattern.compile("data-recovery-code>([a-z2-7-]+)<");

	@Autowired
	OneTimeLinks links;

	@Autowired
	TokenManagement tokens;

	@Autowired
	List<SealedColumn> sealedColumns;

	UUID organisation;
	CurrentUser coordinator;

	@BeforeEach
	void someone() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "tweestap", Role.COORDINATOR);
	}

	@Test
	void aPasswordAloneDoesNotReachTheChildrenOfACoordinator() {
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.passwordOnly(coordinator.getUsername(), OrganisationFixtures.PASSWORD)))
			.endsWith("/login/second-factor");

		assertThat(location(browser.get("/children"))).endsWith("/login/second-factor");
		assertThat(location(browser.get("/account"))).endsWith("/login/second-factor");
		assertThat(location(browser.get("/account/second-factor"))).endsWith("/login/second-factor");
		var api = browser.get("/api/v1/organisation");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(browser.get("/login/second-factor").body()).contains("name=\"code\"");
		assertThat(audited(coordinator.id())).as("no login yet").doesNotContain("LOGIN_SUCCEEDED SUCCESS");

		assertThat(location(browser.secondStep(coordinator.getUsername()))).endsWith("/");
		assertThat(browser.get("/children").statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/v1/organisation").statusCode()).isEqualTo(200);
		assertThat(audited(coordinator.id())).containsOnlyOnce("LOGIN_SUCCEEDED SUCCESS");
	}

	@Test
	void wrongCodesAreRefusedAndThrottledLikePasswords() {
		forgetUsedCodes();
		var browser = new HttpSession(baseUrl());
		browser.passwordOnly(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		var right = SecondFactorCodes.now(SecondFactorCodes.SECRET);
		var wrong = right.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			var answer = browser.post("/login/second-factor", "/login/second-factor", Map.of("code", wrong));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("Deze code klopt niet");
		}
		var blocked = browser.post("/login/second-factor", "/login/second-factor", Map.of("code", right));
		assertThat(blocked.statusCode()).as("the right code, after five wrong ones").isEqualTo(200);
		assertThat(blocked.body()).doesNotContain("Deze code klopt niet");
		assertThat(location(browser.get("/children"))).endsWith("/login/second-factor");
		assertThat(audited(coordinator.id())).contains("SECOND_FACTOR_FAILED FAILURE", "SECOND_FACTOR_FAILED DENIED");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SECOND_FACTOR_FAILED' and organisation_id = :org")
			.param("org", organisation).query(Integer.class).single()).as("visible to the organisation's ADMINs").isEqualTo(6);
	}

	@Test
	void aCodeWorksOnce() {
		forgetUsedCodes();
		var code = SecondFactorCodes.now(SecondFactorCodes.SECRET);
		var first = new HttpSession(baseUrl());
		first.passwordOnly(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(location(first.post("/login/second-factor", "/login/second-factor", Map.of("code", code)))).endsWith("/");

		var replay = new HttpSession(baseUrl());
		replay.passwordOnly(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		var answer = replay.post("/login/second-factor", "/login/second-factor", Map.of("code", code));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Deze code klopt niet");
		assertThat(location(replay.get("/children"))).endsWith("/login/second-factor");
	}

	@Test
	void aWorkerEnrolsAndEachRecoveryCodeWorksOnce() {
		var worker = fixtures.user(organisation, "tweestap-werker", Role.WORKER);
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(worker.getUsername(), OrganisationFixtures.PASSWORD)))
			.as("offered, not required").endsWith("/");
		var page = browser.get("/account/second-factor").body();
		assertThat(page).contains("<img class=\"qr-code\" src=\"data:image/svg+xml;base64,");
		var secret = first(SECRET, page);

		var wrong = browser.post("/account/second-factor", "/account/second-factor",
				Map.of("currentPassword", "niet mijn wachtwoord", "code", SecondFactorCodes.now(secret)));
		assertThat(wrong.body()).contains("aria-invalid=\"true\"");
		assertThat(jdbc.sql("select active from second_factor where app_user_id = :id").param("id", worker.id())
			.query(Boolean.class).single()).as("not active without the password").isFalse();

		var confirmed = browser.post("/account/second-factor", "/account/second-factor",
				Map.of("currentPassword", OrganisationFixtures.PASSWORD, "code", SecondFactorCodes.now(secret)));
		var codes = all(RECOVERY, confirmed.body());
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(audited(worker.id())).contains("SECOND_FACTOR_ENROLLED SUCCESS");

		// sealed at rest: the raw row holds neither the secret nor the recovery codes
		var raw = jdbc.sql("select secret from second_factor where app_user_id = :id").param("id", worker.id())
			.query(String.class).single();
		assertThat(raw).startsWith("v1:").doesNotContain(secret);
		var hashes = jdbc.sql("select code_hash from recovery_code where app_user_id = :id").param("id", worker.id())
			.query(String.class).list();
		assertThat(hashes).hasSize(10).noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
		assertThat(sealedColumns).contains(new SealedColumn("second_factor", "app_user_id", "secret"));

		var recovered = new HttpSession(baseUrl());
		assertThat(location(recovered.passwordOnly(worker.getUsername(), OrganisationFixtures.PASSWORD)))
			.as("an enrolled worker needs the code too").endsWith("/login/second-factor");
		assertThat(location(recovered.post("/login/second-factor", "/login/second-factor", Map.of("code", codes.get(3)))))
			.endsWith("/");
		assertThat(recovered.get("/account").statusCode()).isEqualTo(200);
		assertThat(audited(worker.id())).contains("RECOVERY_CODE_USED SUCCESS");

		var again = new HttpSession(baseUrl());
		again.passwordOnly(worker.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(again.post("/login/second-factor", "/login/second-factor", Map.of("code", codes.get(3))).body())
			.contains("Deze code klopt niet");
		assertThat(location(again.get("/account"))).endsWith("/login/second-factor");
	}

	@Test
	void aRequiredRoleWithoutSecondFactorMustEnrolBeforeAnythingElse() {
		var admin = fixtures.userWithoutSecondFactor(organisation, "verplicht", Role.ADMIN);
		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.login(admin.getUsername(), OrganisationFixtures.PASSWORD)))
			.endsWith("/account/second-factor");
		assertThat(location(browser.get("/users"))).endsWith("/account/second-factor");
		assertThat(location(browser.get("/account"))).endsWith("/account/second-factor");
		assertThat(browser.get("/api/v1/organisation").statusCode()).isEqualTo(401);
		var page = browser.get("/account/second-factor");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Je rol vraagt om tweestapsverificatie");
		var secret = first(SECRET, page.body());

		var confirmed = browser.post("/account/second-factor", "/account/second-factor",
				Map.of("currentPassword", OrganisationFixtures.PASSWORD, "code", SecondFactorCodes.now(secret)));
		assertThat(all(RECOVERY, confirmed.body())).hasSize(10);
		assertThat(browser.get("/users").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordResetDoesNotBypassTheSecondFactor() {
		var token = links.issue(coordinator.id(), Purpose.PASSWORD_RESET, Duration.ofHours(1));
		var visitor = new HttpSession(baseUrl());
		var reset = visitor.post("/password-reset/confirm?token=" + token, "/password-reset/confirm",
				Map.of("token", token, "password", "een gloednieuw wachtwoord", "confirmation", "een gloednieuw wachtwoord"));
		assertThat(location(reset)).endsWith("/login");

		var browser = new HttpSession(baseUrl());
		assertThat(location(browser.passwordOnly(coordinator.getUsername(), "een gloednieuw wachtwoord")))
			.endsWith("/login/second-factor");
		assertThat(location(browser.get("/children"))).endsWith("/login/second-factor");
		assertThat(jdbc.sql("select active from second_factor where app_user_id = :id").param("id", coordinator.id())
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aTokenCannotChangeTheSecondFactor() throws Exception {
		var token = tokens.create(coordinator, new TokenRequest("alles", 30, TokenScope.READ_WRITE)).secret();
		forgetUsedCodes();
		for (var path : List.of("/account/second-factor/remove", "/account/second-factor/recovery-codes",
				"/account/second-factor")) {
			var status = mvc.perform(post(path).header("Authorization", "Bearer " + token)
				.param("currentPassword", OrganisationFixtures.PASSWORD)
				.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)))
				.andReturn().getResponse().getStatus();
			assertThat(status).as(path).isIn(401, 403);
		}
		assertThat(jdbc.sql("select count(*) from second_factor where app_user_id = :id and active = true")
			.param("id", coordinator.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from recovery_code where app_user_id = :id")
			.param("id", coordinator.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void changingThePasswordNeedsTheCurrentCode() throws Exception {
		var before = fixtures.account(coordinator.id()).passwordHash();
		mvc.perform(post("/account/password").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("password", "een ander lang wachtwoord").param("confirmation", "een ander lang wachtwoord"))
			.andExpect(status().isOk());
		assertThat(fixtures.account(coordinator.id()).passwordHash()).as("no code, no change").isEqualTo(before);

		forgetUsedCodes();
		mvc.perform(post("/account/password").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD).param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET))
			.param("password", "een ander lang wachtwoord").param("confirmation", "een ander lang wachtwoord"))
			.andExpect(redirectedUrl("/account"));
		assertThat(fixtures.account(coordinator.id()).passwordHash()).isNotEqualTo(before);
		assertThat(audited(coordinator.id())).contains("SECOND_FACTOR_PASSED SUCCESS", "PASSWORD_CHANGED SUCCESS");
	}

	@Test
	void removingOrRenewingNeedsThePasswordAndACurrentCode() throws Exception {
		var refused = mvc.perform(post("/account/second-factor/remove").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD).param("code", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"remove-code-error\"").doesNotContain("id=\"renew-code-error\"")
			.contains("href=\"#remove-code\"");
		assertThat(enrolled(coordinator.id())).isTrue();

		forgetUsedCodes();
		var renewed = mvc.perform(post("/account/second-factor/recovery-codes").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all(RECOVERY, renewed)).hasSize(10);

		mvc.perform(post("/account/second-factor/remove").with(as(coordinator)).with(csrf())
			.param("currentPassword", "niet het wachtwoord").param("code", all(RECOVERY, renewed).get(0)))
			.andExpect(status().isOk());
		assertThat(enrolled(coordinator.id())).as("a wrong password changes nothing").isTrue();
		mvc.perform(post("/account/second-factor/remove").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD).param("code", all(RECOVERY, renewed).get(0)))
			.andExpect(redirectedUrl("/account/second-factor"));
		assertThat(enrolled(coordinator.id())).isFalse();
		assertThat(audited(coordinator.id())).contains("RECOVERY_CODES_RENEWED SUCCESS", "SECOND_FACTOR_REMOVED SUCCESS");
	}

	/** ASVS 7.4.3: a changed factor ends the user's other sessions, as a changed password does. */
	@Test
	void renewingTheCodesOrRemovingTheSecondFactorEndsTheUsersOtherSessions() throws Exception {
		var renewedElsewhere = new HttpSession(baseUrl());
		renewedElsewhere.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(renewedElsewhere.get("/children").statusCode()).isEqualTo(200);

		forgetUsedCodes();
		mvc.perform(post("/account/second-factor/recovery-codes").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)))
			.andExpect(status().isOk());
		assertThat(location(renewedElsewhere.get("/children"))).as("signed out").endsWith("/login");

		forgetUsedCodes();
		var removedElsewhere = new HttpSession(baseUrl());
		removedElsewhere.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(removedElsewhere.get("/children").statusCode()).isEqualTo(200);
		forgetUsedCodes();
		mvc.perform(post("/account/second-factor/remove").with(as(coordinator)).with(csrf())
			.param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)))
			.andExpect(redirectedUrl("/account/second-factor"));
		assertThat(location(removedElsewhere.get("/children"))).as("signed out").endsWith("/login");
	}

	@Test
	void anAdminResetsAnotherUsersSecondFactorAndEndsTheirSessions() throws Exception {
		var browser = new HttpSession(baseUrl());
		browser.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD);
		assertThat(browser.get("/children").statusCode()).isEqualTo(200);

		var stranger = fixtures.user(fixtures.organisation(), "vreemde-beheerder", Role.ADMIN);
		mvc.perform(post("/users/" + coordinator.id() + "/second-factor/reset").with(as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(enrolled(coordinator.id())).as("another organisation's ADMIN changes nothing").isTrue();

		var admin = fixtures.user(organisation, "beheerder", Role.ADMIN);
		mvc.perform(post("/users/" + coordinator.id() + "/second-factor/reset").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/users/" + coordinator.id()));
		assertThat(enrolled(coordinator.id())).isFalse();
		assertThat(location(browser.get("/children"))).as("signed out").endsWith("/login");
		assertThat(audited(coordinator.id())).contains("SECOND_FACTOR_RESET SUCCESS");

		var again = new HttpSession(baseUrl());
		assertThat(location(again.login(coordinator.getUsername(), OrganisationFixtures.PASSWORD)))
			.as("the role requires a new one").endsWith("/account/second-factor");
	}

	@Test
	void theGateAcceptsALoginThroughAnOpenIdConnectProvider() throws Exception {
		assertThat(SecondFactorGate.passed(withFactors(coordinator, FactorGrantedAuthority.PASSWORD_AUTHORITY))).isFalse();
		assertThat(SecondFactorGate.passed(withFactors(coordinator, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)))
			.isTrue();
		assertThat(SecondFactorGate.passed(withFactors(coordinator, FactorGrantedAuthority.PASSWORD_AUTHORITY,
				SecondFactorGate.TOTP))).isTrue();

		mvc.perform(get("/children").with(passwordOnly(coordinator)))
			.andExpect(redirectedUrl("/login/second-factor"));
		mvc.perform(get("/api/v1/organisation").with(passwordOnly(coordinator))).andExpect(status().isUnauthorized());
		mvc.perform(get("/children").with(authentication(
				withFactors(coordinator, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY))))
			.andExpect(status().isOk());
	}

	private static UsernamePasswordAuthenticationToken withFactors(CurrentUser user, String... factors) {
		var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
		for (var factor : factors) {
			authorities.add(FactorGrantedAuthority.fromAuthority(factor));
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	private boolean enrolled(UUID userId) {
		return jdbc.sql("select count(*) from second_factor where app_user_id = :id and active = true")
			.param("id", userId).query(Integer.class).single() == 1;
	}

	private void forgetUsedCodes() {
		SecondFactorCodes.forgetUsedCodes(jdbc, coordinator.getUsername());
	}

	private List<String> audited(UUID userId) {
		return jdbc.sql("select action || ' ' || result from audit_event where object_id = :id")
			.param("id", userId.toString()).query(String.class).list();
	}

	private static String first(Pattern pattern, String body) {
		var matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern + " in the page").isTrue();
		return matcher.group(1);
	}

	private static List<String> all(Pattern pattern, String body) {
		var matcher = pattern.matcher(body);
		var found = new ArrayList<String>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}
}
