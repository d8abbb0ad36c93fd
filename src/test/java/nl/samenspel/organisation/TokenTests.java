package nl.samenspel.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Personal access tokens over real HTTP: shown once, stored hashed, no CSRF token needed, and refused once revoked
 * (from a signed-in session), expired, or when their owner is deactivated. What a token's scope allows is in
 * {@link TokenScopeTests}.
 */
class TokenTests extends IntegrationTest {

	final HttpClient http = HttpClient.newHttpClient();

	UUID organisation;
	CurrentUser admin;
	CurrentUser coordinator;

	@BeforeEach
	void people() {
		organisation = fixtures.organisation();
		admin = fixtures.user(organisation, "token-admin", Role.ADMIN);
		coordinator = fixtures.user(organisation, "token-coordinator", Role.COORDINATOR);
	}

	@Test
	void aTokenWorksWithoutCsrfAndIsStoredOnlyAsAHash() throws Exception {
		var secret = create(coordinator, 30);

		var list = call("GET", "/api/v1/locations", secret, null);
		var created = call("POST", "/api/v1/locations", secret, "{\"name\":\"Speeltuin Zon\",\"type\":\"PLAYGROUND\"}");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("Speeltuin Zon");
		assertThat(created.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("SAMENSPEL_SESSION");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :secret").param("secret", secret)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :hash").param("hash", Secrets.hash(secret))
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :hash and last_used_at is not null")
			.param("hash", Secrets.hash(secret)).query(Integer.class).single()).as("its use is noted").isEqualTo(1);
	}

	@Test
	void aTokenCarriesItsOwnersRolesOnly() throws Exception {
		var secret = create(coordinator, 30);

		assertThat(call("GET", "/api/v1/users", secret, null).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/actuator/prometheus", secret, null).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/actuator/prometheus", create(admin, 30), null).statusCode()).isEqualTo(403);
		assertThat(call("GET", "/actuator/prometheus", create(load("admin"), 30), null).body())
			.as("the platform operator (the demo admin)").contains("jvm_memory");
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		var secret = create(coordinator, 30);
		var id = jdbc.sql("select id from api_token where token_hash = :hash").param("hash", Secrets.hash(secret))
			.query(UUID.class).single();

		assertThat(mvc.perform(delete("/api/v1/tokens/" + id).with(as(coordinator)).with(csrf())).andReturn()
			.getResponse().getStatus()).isEqualTo(204);

		var refused = call("GET", "/api/v1/locations", secret, null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		var secret = create(coordinator, 1);
		jdbc.sql("update api_token set expires_at = created_at - interval '1' minute where token_hash = :hash")
			.param("hash", Secrets.hash(secret)).update();

		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aDeactivatedUsersTokenIsRefused() throws Exception {
		var secret = create(coordinator, 30);
		mvc.perform(post("/users/" + coordinator.id() + "/deactivate").with(as(admin)).with(csrf()));

		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenCannotMakeNewTokens() throws Exception {
		var secret = create(coordinator, 30);

		var response = call("POST", "/api/v1/tokens", secret, "{\"name\":\"eeuwig\",\"validDays\":365}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from api_token where app_user_id = :user").param("user", coordinator.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void reactivatingAUserDoesNotReviveTheirOldTokens() throws Exception {
		var secret = create(coordinator, 30);
		mvc.perform(post("/users/" + coordinator.id() + "/deactivate").with(as(admin)).with(csrf()));
		mvc.perform(post("/users/" + coordinator.id() + "/reactivate").with(as(admin)).with(csrf()));

		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/v1/locations", create(coordinator, 30), null).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownTokenIsRefusedEvenOnAPublicPath() throws Exception {
		assertThat(call("GET", "/api/v1/locations", "sps_verzonnen", null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/login", "sps_verzonnen", null).statusCode()).isEqualTo(401);
	}

	@Test
	void nobodyElseCanRevokeMyToken() throws Exception {
		var secret = create(coordinator, 30);
		var id = jdbc.sql("select id from api_token where token_hash = :hash").param("hash", Secrets.hash(secret))
			.query(UUID.class).single();

		assertThat(mvc.perform(delete("/api/v1/tokens/" + id).with(as(admin)).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/locations", secret, null).statusCode()).isEqualTo(200);
	}

	@Test
	void sessionRequestsWithoutCsrfAreRefused() throws Exception {
		var response = mvc.perform(post("/api/v1/locations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Zonder token\",\"type\":\"OTHER\"}").with(as(coordinator))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
	}

	private String create(CurrentUser user, int days) throws Exception {
		var response = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\",\"validDays\":" + days + ",\"scope\":\"READ_WRITE\"}").with(as(user)).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		var body = response.getContentAsString();
		var secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
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
}
