package nl.samenspel.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a personal access token may do (issue 16): only what its scope allows (READ: GET and HEAD), only on the API
 * (a page or form takes no token), and never change the password or make or revoke tokens.
 */
class TokenScopeTests extends IntegrationTest {

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	PasswordManagement passwords;

	@Autowired
	TokenManagement tokens;

	UUID organisation;
	CurrentUser coordinator;

	@BeforeEach
	void people() {
		organisation = fixtures.organisation();
		coordinator = fixtures.user(organisation, "scope-coordinator", Role.COORDINATOR);
	}

	@Test
	void aReadTokenReadsButCannotWrite() throws Exception {
		var secret = create(coordinator, "READ");
		var location = fixtures.location(organisation);

		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(200);
		assertThat(call("HEAD", "/api/v1/locations", secret, null).statusCode()).isEqualTo(200);
		for (var write : new String[][] { { "POST", "/api/v1/locations" }, { "PUT", "/api/v1/locations/" + location.getId() },
				{ "DELETE", "/api/v1/locations/" + location.getId() }, { "PATCH", "/api/v1/locations/" + location.getId() } }) {
			var refused = call(write[0], write[1], secret, "{\"name\":\"Alleen lezen\",\"type\":\"OTHER\"}");
			assertThat(refused.statusCode()).as("%s %s", write[0], write[1]).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		}
		assertThat(jdbc.sql("select count(*) from location where organisation_id = :org and name = 'Alleen lezen'")
			.param("org", organisation).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from location where id = :id").param("id", location.getId())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aReadWriteTokenWrites() throws Exception {
		var secret = create(coordinator, "READ_WRITE");

		var created = call("POST", "/api/v1/locations", secret, "{\"name\":\"Lezen en schrijven\",\"type\":\"OTHER\"}");

		assertThat(created.statusCode()).isEqualTo(201);
	}

	@Test
	void theScopeIsChosenAndShownInTheList() throws Exception {
		var missing = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"zonder\",\"validDays\":30}").with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("\"scope\"");

		create(coordinator, "READ");
		var list = mvc.perform(get("/api/v1/tokens").with(as(coordinator))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("\"scope\":\"READ\"");

		var page = mvc.perform(post("/account/tokens").param("name", "rapportage").param("validDays", "30")
			.param("scope", "READ").with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("class=\"secret\"").contains("Alleen lezen")
			.contains("name=\"scope\"");
		var docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(docs).as("the API description names the scope").containsPattern(
				"\"TokenRequest\":\\{.*\"scope\":\\{[^}]*\"enum\":\\[\"READ\",\"READ_WRITE\"\\]");

		assertThat(jdbc.sql("select scope from api_token where app_user_id = :user and name = 'rapportage'")
			.param("user", coordinator.id()).query(String.class).single()).isEqualTo("READ");

		var noScope = mvc.perform(post("/account/tokens").param("name", "geen keuze").param("validDays", "30")
			.with(as(coordinator)).with(csrf())).andReturn().getResponse();
		assertThat(noScope.getStatus()).isEqualTo(200);
		assertThat(noScope.getContentAsString()).doesNotContain("class=\"secret\"").contains("id=\"scope-error\"");
	}

	@Test
	void tokensMadeBeforeScopesKeepFullAccess() throws Exception {
		var secret = "sps_" + UUID.randomUUID();
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("""
				insert into api_token (id, app_user_id, name, token_hash, created_at, expires_at)
				values (:id, :user, 'oud', :hash, :now, :expires)""").param("id", UUID.randomUUID())
			.param("user", coordinator.id()).param("hash", Secrets.hash(secret))
			.param("now", java.sql.Timestamp.from(now)).param("expires", java.sql.Timestamp.from(now.plus(30, ChronoUnit.DAYS)))
			.update();

		assertThat(jdbc.sql("select scope from api_token where token_hash = :hash").param("hash", Secrets.hash(secret))
			.query(String.class).single()).isEqualTo("READ_WRITE");
		assertThat(call("POST", "/api/v1/locations", secret, "{\"name\":\"Van voor de scopes\",\"type\":\"OTHER\"}")
			.statusCode()).isEqualTo(201);
	}

	@Test
	void aTokenIsNoSignInOnPagesOrForms() throws Exception {
		var secret = create(coordinator, "READ_WRITE");

		for (var path : new String[] { "/account", "/locations", "/" }) {
			var page = call("GET", path, secret, null);
			assertThat(page.statusCode()).as(path).isIn(302, 401);
			if (page.statusCode() == 302) {
				assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
			}
			assertThat(page.body()).as(path).doesNotContain(coordinator.getUsername()).doesNotContain(coordinator.displayName());
		}
		var form = form("/locations", secret, "name=Via+formulier&type=OTHER");
		assertThat(form.statusCode()).isIn(302, 401, 403);
		assertThat(jdbc.sql("select count(*) from location where organisation_id = :org and name = 'Via formulier'")
			.param("org", organisation).query(Integer.class).single()).isZero();
	}

	@Test
	void aTokenCannotChangeThePassword() throws Exception {
		var secret = create(coordinator, "READ_WRITE");
		var before = passwordHash(coordinator);

		var response = form("/account/password", secret, "currentPassword="
				+ OrganisationFixtures.PASSWORD.replace(' ', '+') + "&password=overgenomen+door+een+sleutel"
				+ "&confirmation=overgenomen+door+een+sleutel");

		assertThat(response.statusCode()).isIn(401, 403);
		assertThat(passwordHash(coordinator)).isEqualTo(before);
	}

	@Test
	void aTokenCannotMakeOrRevokeTokens() throws Exception {
		var secret = create(coordinator, "READ_WRITE");
		var other = create(coordinator, "READ");

		var revokeOther = call("DELETE", "/api/v1/tokens/" + idOf(other), secret, null);
		var revokeItself = call("DELETE", "/api/v1/tokens/" + idOf(secret), secret, null);
		var make = call("POST", "/api/v1/tokens", secret, "{\"name\":\"eeuwig\",\"validDays\":365,\"scope\":\"READ_WRITE\"}");
		var makeOnPage = form("/account/tokens", secret, "name=eeuwig&validDays=365&scope=READ_WRITE");

		assertThat(revokeOther.statusCode()).isEqualTo(403);
		assertThat(revokeItself.statusCode()).isEqualTo(403);
		assertThat(make.statusCode()).isEqualTo(403);
		assertThat(makeOnPage.statusCode()).isIn(401, 403);
		assertThat(jdbc.sql("select count(*) from api_token where app_user_id = :user and revoked_at is null")
			.param("user", coordinator.id()).query(Integer.class).single()).isEqualTo(2);
		assertThat(call("GET", "/api/v1/locations", other, null).statusCode()).isEqualTo(200);
	}

	/** The services themselves refuse a token too, whatever route (a future API one) calls them. */
	@Test
	void theServicesRefuseATokenWhereOnlyASessionMay() throws Exception {
		var secret = create(coordinator, "READ_WRITE");
		var before = passwordHash(coordinator);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(coordinator, TokenScope.READ_WRITE));
		SecurityContextHolder.setContext(context);
		try {
			assertThatThrownBy(() -> passwords.changePassword(coordinator, new PasswordChoice(
					OrganisationFixtures.PASSWORD, "overgenomen door een sleutel", "overgenomen door een sleutel")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> tokens.create(coordinator, new TokenRequest("eeuwig", 365, TokenScope.READ_WRITE)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> tokens.revoke(coordinator, idOf(secret))).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(passwordHash(coordinator)).isEqualTo(before);
		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(200);
	}

	private String passwordHash(CurrentUser user) {
		return jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id()).query(String.class)
			.single();
	}

	private UUID idOf(String secret) {
		return jdbc.sql("select id from api_token where token_hash = :hash").param("hash", Secrets.hash(secret))
			.query(UUID.class).single();
	}

	private String create(CurrentUser user, String scope) throws Exception {
		var response = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\",\"validDays\":30,\"scope\":\"" + scope + "\"}").with(as(user)).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		var secret = response.getContentAsString().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		assertThat(secret).startsWith("sps_");
		return secret;
	}

	private HttpResponse<String> call(String method, String path, String secret, String json) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + secret);
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page form sent with only a token: no session, no CSRF field. */
	private HttpResponse<String> form(String path, String secret, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + secret)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
