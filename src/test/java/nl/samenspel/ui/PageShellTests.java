package nl.samenspel.ui;

import org.junit.jupiter.api.Test;

import nl.samenspel.HttpSession;
import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The shell every page shares: Dutch by default with an English switch, security headers with a CSP that allows no
 * inline script, friendly error pages with a reference number and never a stack trace, and a public health check
 * that tells nothing but the status.
 */
class PageShellTests extends IntegrationTest {

	@Test
	void speaksDutchByDefaultAndEnglishOnRequest() {
		var browser = new HttpSession(baseUrl());
		var dutch = browser.get("/login").body();
		assertThat(dutch).contains("<html lang=\"nl\">").contains("Inloggen").contains("Naar de inhoud");

		var english = browser.get("/login?lang=en").body();
		assertThat(english).contains("<html lang=\"en\">").contains("Sign in").contains("Skip to content");
		assertThat(browser.get("/login").body()).as("the choice is remembered").contains("Sign in");

		assertThat(browser.get("/login?lang=xx").body()).as("an unknown language falls back to Dutch").contains("Inloggen");
	}

	@Test
	void theLanguageSwitchKeepsTheRestOfTheLink() {
		var page = new HttpSession(baseUrl()).get("/activate?token=abc123").body();

		assertThat(page).contains("href=\"/activate?token=abc123&amp;lang=en\"");
	}

	@Test
	void answersADirectVisitToTheErrorPathWithNotFound() {
		assertThat(new HttpSession(baseUrl()).get("/error").statusCode()).isEqualTo(404);
	}

	@Test
	void sendsSecurityHeaders() {
		var response = new HttpSession(baseUrl()).get("/login");
		var csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();

		// ASVS 3.4.3: no plugins and no <base> element may redirect relative links
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
			.contains("base-uri 'none'").doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.body()).doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain(" style=\"");
	}

	@Test
	void showsAFriendlyNotFoundPage() throws Exception {
		var response = mvc.perform(get("/bestaat-niet").with(as("worker"))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("Niet gevonden").contains("Referentie:");
	}

	@Test
	void showsAFriendlyPageWithAReferenceForAnUnexpectedError() throws Exception {
		var response = mvc.perform(get("/test/broken").with(as("worker"))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("Er ging iets mis").containsPattern("Referentie: [0-9A-F]{8}")
			.doesNotContain("zqxj").doesNotContain("IllegalStateException").doesNotContain("at nl.samenspel");
	}

	@Test
	void answersTheApiWithProblemDetails() throws Exception {
		var broken = mvc.perform(get("/api/v1/test/broken").with(as("worker"))).andReturn().getResponse();
		assertThat(broken.getStatus()).isEqualTo(500);
		assertThat(broken.getContentType()).isEqualTo("application/problem+json");
		assertThat(broken.getContentAsString()).contains("\"reference\"").doesNotContain("zqxj");

		var missing = mvc.perform(get("/api/v1/locations/" + java.util.UUID.randomUUID()).with(as("worker"))).andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void refusesAPageToARoleWithAFriendlyPage() throws Exception {
		var response = mvc.perform(get("/users").with(as("volunteer"))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("Geen toegang");
	}

	@Test
	void showsOnlyTheNavigationARoleMayUse() throws Exception {
		var admin = mvc.perform(get("/").with(as("admin"))).andReturn().getResponse().getContentAsString();
		var volunteer = mvc.perform(get("/").with(as("volunteer"))).andReturn().getResponse().getContentAsString();

		assertThat(admin).contains("href=\"/users\"").contains("href=\"/audit\"").contains("href=\"/locations\"");
		assertThat(volunteer).doesNotContain("href=\"/users\"").doesNotContain("href=\"/audit\"")
			.doesNotContain("href=\"/locations\"").contains("href=\"/account\"");
	}

	@Test
	void tellsOnlyTheStatusOfItsHealth() {
		var health = new HttpSession(baseUrl()).get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(new HttpSession(baseUrl()).get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(new HttpSession(baseUrl()).get("/actuator/env").statusCode()).isIn(401, 403, 404);
	}

	@Test
	void servesTheOpenApiDescriptionAndSwaggerUi() {
		var docs = new HttpSession(baseUrl()).get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/locations").contains("/api/v1/neighbourhoods/import")
			.contains("/api/v1/tokens").contains("bearer").contains("/api/v1/activities")
			.contains("/api/v1/sessions/{id}/attendance").contains("/api/v1/sessions/{id}/walk-ins")
			.doesNotContain("/programma");
		assertThat(new HttpSession(baseUrl()).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}
}
