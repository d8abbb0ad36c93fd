package nl.samenspel.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.samenspel.kernel.Role;

import static nl.samenspel.kernel.Role.ADMIN;
import static nl.samenspel.kernel.Role.COORDINATOR;
import static nl.samenspel.kernel.Role.WORKER;

/**
 * The role matrix: for every route of the application, the roles that should get in (the spec, written here and
 * never read from the controllers' {@code @PreAuthorize}) and a valid request. {@link Routes} finds the routes in
 * the request mappings; {@code RouteCoverageTests} fails for a route without a row here and for a row without a
 * route, so a new endpoint needs one line: {@code page}, {@code form}, {@code api} or {@code open}, with a path in
 * which each path variable is written {@code {id}}. The role, isolation and hostile-input tests run over the routes.
 */
public record Endpoints(String name, HttpMethod method, String path, Set<Role> allowed, Map<String, String> form,
		String json, boolean open) {

	/** Every signed-in user. */
	static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	/** Every signed-in user but a child, who uses the child's pages and nothing else. */
	static final Set<Role> GROWN_UPS = EnumSet.complementOf(EnumSet.of(Role.CHILD));

	public boolean api() {
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

	public boolean hasId() {
		return path.contains("{id}");
	}

	public AbstractMockHttpServletRequestBuilder<?> request(UUID id) {
		var uri = path.replace("{id}", id.toString()).replace("**", "x");
		// an upload is multipart; the page that offers it is a plain GET
		AbstractMockHttpServletRequestBuilder<?> builder = upload() ? MockMvcRequestBuilders.multipart(uri)
				: MockMvcRequestBuilders.request(method, uri);
		if (json != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		form.forEach(builder::param);
		return builder;
	}

	/** What a request carries besides its path: what the table holds, nothing at all, or nonsense. */
	public enum Input {
		/** The valid parameters or body of the table. */
		VALID,
		/** No query parameters, no form fields, no body, no content type. */
		NONE,
		/** Ids that are not ids, query and form values of the wrong type, broken JSON, unknown extra parameters. */
		MALFORMED
	}

	/** The request with the given kind of input; {@link Input#MALFORMED} puts a non-id where the path has an id. */
	public AbstractMockHttpServletRequestBuilder<?> request(UUID id, Input input) {
		if (input == Input.VALID) {
			return request(id);
		}
		var query = path.indexOf('?');
		var bare = query < 0 ? path : path.substring(0, query);
		var uri = bare.replace("{id}", input == Input.MALFORMED ? "geen-id" : id.toString()).replace("**", "x");
		AbstractMockHttpServletRequestBuilder<?> builder = upload() ? MockMvcRequestBuilders.multipart(HttpMethod.POST, uri)
				: MockMvcRequestBuilders.request(method, uri);
		if (input == Input.MALFORMED) {
			if (query >= 0) {
				for (var pair : path.substring(query + 1).split("&")) {
					builder.param(pair.substring(0, pair.indexOf('=')), "onzin");
				}
			}
			form.keySet().forEach(field -> builder.param(field, "\u0000<onzin>"));
			builder.param("page", "-1").param("size", "abc").param("year", "twintig");
			if (method != HttpMethod.GET) {
				builder.contentType(MediaType.APPLICATION_JSON).content("{\"kapot\": [");
			}
		}
		return builder;
	}

	/** A file upload (an import, a photo) is a multipart POST. */
	boolean upload() {
		return method == HttpMethod.POST && (path.endsWith("/import") || path.endsWith("/photo") || path.endsWith("/picture")
				|| path.endsWith("/photos"));
	}

	@Override
	public String toString() {
		return method + " " + path;
	}

	static List<Endpoints> all() {
		var all = new ArrayList<Endpoints>();
		var location = Map.of("name", "Speelplek Hoek", "type", "PLAYGROUND");
		var locationJson = "{\"name\":\"Speelplek Hoek\",\"type\":\"PLAYGROUND\"}";
		var municipality = Map.of("code", "GM7777", "name", "Testgemeente");
		var municipalityJson = "{\"code\":\"GM7777\",\"name\":\"Testgemeente\"}";
		var neighbourhood = Map.of("municipalityId", UUID.randomUUID().toString(), "code", "BU77770101", "districtCode",
				"WK777701", "name", "Testbuurt", "cbsYear", "2024");
		var neighbourhoodJson = "{\"municipalityId\":\"" + UUID.randomUUID()
				+ "\",\"code\":\"BU77770101\",\"districtCode\":\"WK777701\",\"name\":\"Testbuurt\",\"cbsYear\":2024}";
		var roles = Map.of("roles", "WORKER");
		var token = Map.of("name", "script", "validDays", "30", "scope", "READ");

		page(all, "locations", "GET", "/locations", Set.of(ADMIN, COORDINATOR, WORKER));
		page(all, "new location", "GET", "/locations/new", Set.of(ADMIN, COORDINATOR));
		form(all, "add location", "/locations", Set.of(ADMIN, COORDINATOR), location);
		page(all, "location", "GET", "/locations/{id}", Set.of(ADMIN, COORDINATOR, WORKER));
		form(all, "update location", "/locations/{id}", Set.of(ADMIN, COORDINATOR), location);
		form(all, "deactivate location", "/locations/{id}/deactivate", Set.of(ADMIN, COORDINATOR), Map.of());

		page(all, "neighbourhoods", "GET", "/neighbourhoods", Set.of(ADMIN, COORDINATOR));
		page(all, "new neighbourhood", "GET", "/neighbourhoods/new", Set.of(ADMIN));
		form(all, "add neighbourhood", "/neighbourhoods", Set.of(ADMIN), neighbourhood);
		page(all, "neighbourhood", "GET", "/neighbourhoods/{id}", Set.of(ADMIN));
		form(all, "update neighbourhood", "/neighbourhoods/{id}", Set.of(ADMIN), neighbourhood);
		form(all, "deactivate neighbourhood", "/neighbourhoods/{id}/deactivate", Set.of(ADMIN), Map.of());
		page(all, "import page", "GET", "/neighbourhoods/import", Set.of(ADMIN));
		// CBS figures are the platform's: only a platform operator imports them, and that is no role of an organisation
		form(all, "import", "/neighbourhoods/import", Set.of(), Map.of("year", "2024"));
		form(all, "adopt neighbourhoods", "/neighbourhoods/adopt", Set.of(ADMIN), Map.of("year", "2024"));

		page(all, "municipalities", "GET", "/municipalities", Set.of(ADMIN));
		page(all, "new municipality", "GET", "/municipalities/new", Set.of(ADMIN));
		form(all, "add municipality", "/municipalities", Set.of(ADMIN), municipality);
		page(all, "municipality", "GET", "/municipalities/{id}", Set.of(ADMIN));
		form(all, "update municipality", "/municipalities/{id}", Set.of(ADMIN), municipality);
		form(all, "deactivate municipality", "/municipalities/{id}/deactivate", Set.of(ADMIN), Map.of());

		page(all, "users", "GET", "/users", Set.of(ADMIN));
		page(all, "invite page", "GET", "/users/invite", Set.of(ADMIN));
		form(all, "invite", "/users/invite", Set.of(ADMIN), Map.of("username", "rol-" + UUID.randomUUID().toString()
			.substring(0, 8), "displayName", "Rol Test", "email", "rol@test.samenspel.example", "roles", "WORKER",
				"preferredLanguage", "nl"));
		page(all, "user", "GET", "/users/{id}", Set.of(ADMIN));
		page(all, "access review", "GET", "/users/review", Set.of(ADMIN));
		form(all, "sign off access review", "/users/review", Set.of(ADMIN), Map.of("note", "Alles nagelopen."));
		page(all, "access review as CSV", "GET", "/users/review/{id}/review.csv", Set.of(ADMIN));
		form(all, "change roles", "/users/{id}/roles", Set.of(ADMIN), roles);
		form(all, "approve role grant", "/users/grants/{id}/approve", Set.of(ADMIN), Map.of());
		form(all, "reject role grant", "/users/grants/{id}/reject", Set.of(ADMIN), Map.of());
		form(all, "deactivate user", "/users/{id}/deactivate", Set.of(ADMIN), Map.of());
		form(all, "reactivate user", "/users/{id}/reactivate", Set.of(ADMIN), Map.of());
		form(all, "resend invitation", "/users/{id}/resend", Set.of(ADMIN), Map.of());
		form(all, "end a user's session", "/users/{id}/sessions/end", Set.of(ADMIN), Map.of("session", "0".repeat(32)));
		form(all, "end a user's sessions", "/users/{id}/sessions/end-all", Set.of(ADMIN), Map.of());

		page(all, "organisation", "GET", "/organisation", Set.of(ADMIN));
		// the organisation's own OpenID Connect provider (OidcLoginTests signs in through a real one)
		page(all, "identity provider", "GET", "/organisation/identity-provider", Set.of(ADMIN));
		form(all, "save identity provider", "/organisation/identity-provider", Set.of(ADMIN), Map.of("shortName",
				"matrix-" + UUID.randomUUID().toString().substring(0, 8), "issuerUri", "https://sso.example.nl/realms/matrix",
				"clientId", "samenspel", "clientSecret", "matrix-secret", "groupsClaim", "groups", "groupRoles",
				"matrix-team=WORKER", "requireMfa", "true"));
		form(all, "disable identity provider", "/organisation/identity-provider/disable", Set.of(ADMIN), Map.of());
		form(all, "approve identity provider change", "/organisation/identity-provider/approve", Set.of(ADMIN),
				Map.of("change", UUID.randomUUID().toString()));
		// the demo organisation keeps its staff's second factor optional: other tests sign in demo WORKERs
		form(all, "update organisation", "/organisation", Set.of(ADMIN), Map.of("name", "Stichting Welzijn Zonnedal",
				"region", "MIDDLE", "secondFactorForAllStaff", "false"));
		page(all, "audit log", "GET", "/audit", Set.of(ADMIN));
		page(all, "outbox", "GET", "/outbox", Set.of(ADMIN));
		page(all, "home", "GET", "/", EVERYONE);
		page(all, "account", "GET", "/account", GROWN_UPS);
		page(all, "own sessions", "GET", "/account/sessions", GROWN_UPS);
		form(all, "end own session", "/account/sessions/end", GROWN_UPS, Map.of("session", "0".repeat(32),
				"currentPassword", "fout"));
		form(all, "end own other sessions", "/account/sessions/end-others", GROWN_UPS, Map.of("currentPassword", "fout"));
		form(all, "create token", "/account/tokens", GROWN_UPS, token);
		form(all, "revoke token", "/account/tokens/{id}/revoke", GROWN_UPS, Map.of());
		form(all, "change password", "/account/password", GROWN_UPS, Map.of("currentPassword", "fout", "password",
				"nog een lang wachtwoord", "confirmation", "nog een lang wachtwoord"));
		var reauthentication = Map.of("currentPassword", "fout", "code", "000000");
		page(all, "second step", "GET", "/login/second-factor", GROWN_UPS);
		form(all, "second step code", "/login/second-factor", GROWN_UPS, Map.of("code", "000000"));
		page(all, "second factor", "GET", "/account/second-factor", GROWN_UPS);
		form(all, "enrol second factor", "/account/second-factor", GROWN_UPS, reauthentication);
		form(all, "renew recovery codes", "/account/second-factor/recovery-codes", GROWN_UPS, reauthentication);
		form(all, "remove second factor", "/account/second-factor/remove", GROWN_UPS, reauthentication);
		form(all, "reset second factor", "/users/{id}/second-factor/reset", Set.of(ADMIN), Map.of());

		api(all, "GET", "/api/v1/organisation", GROWN_UPS, null);
		api(all, "PUT", "/api/v1/organisation", Set.of(ADMIN), "{\"name\":\"Stichting Welzijn Zonnedal\",\"region\":\"MIDDLE\",\"secondFactorForAllStaff\":false}");
		api(all, "GET", "/api/v1/municipalities", Set.of(ADMIN, COORDINATOR), null);
		api(all, "POST", "/api/v1/municipalities", Set.of(ADMIN), municipalityJson);
		api(all, "GET", "/api/v1/municipalities/{id}", Set.of(ADMIN, COORDINATOR), null);
		api(all, "PUT", "/api/v1/municipalities/{id}", Set.of(ADMIN), municipalityJson);
		api(all, "DELETE", "/api/v1/municipalities/{id}", Set.of(ADMIN), null);
		api(all, "GET", "/api/v1/neighbourhoods", Set.of(ADMIN, COORDINATOR), null);
		api(all, "POST", "/api/v1/neighbourhoods", Set.of(ADMIN), neighbourhoodJson);
		api(all, "GET", "/api/v1/neighbourhoods/{id}", Set.of(ADMIN, COORDINATOR), null);
		api(all, "PUT", "/api/v1/neighbourhoods/{id}", Set.of(ADMIN), neighbourhoodJson);
		api(all, "DELETE", "/api/v1/neighbourhoods/{id}", Set.of(ADMIN), null);
		form(all, "POST /api/v1/neighbourhoods/import", "/api/v1/neighbourhoods/import", Set.of(), Map.of("year", "2024"));
		form(all, "POST /api/v1/neighbourhoods/adopt", "/api/v1/neighbourhoods/adopt", Set.of(ADMIN), Map.of("year", "2024"));
		api(all, "GET", "/api/v1/locations", Set.of(ADMIN, COORDINATOR, WORKER), null);
		api(all, "POST", "/api/v1/locations", Set.of(ADMIN, COORDINATOR), locationJson);
		api(all, "GET", "/api/v1/locations/{id}", Set.of(ADMIN, COORDINATOR, WORKER), null);
		api(all, "PUT", "/api/v1/locations/{id}", Set.of(ADMIN, COORDINATOR), locationJson);
		api(all, "DELETE", "/api/v1/locations/{id}", Set.of(ADMIN, COORDINATOR), null);
		api(all, "GET", "/api/v1/users", Set.of(ADMIN), null);
		api(all, "POST", "/api/v1/users", Set.of(ADMIN), "{\"username\":\"api-" + UUID.randomUUID().toString().substring(0, 8)
				+ "\",\"displayName\":\"Api Test\",\"email\":\"api@test.samenspel.example\",\"roles\":[\"WORKER\"],\"preferredLanguage\":\"en\"}");
		api(all, "GET", "/api/v1/users/{id}", Set.of(ADMIN), null);
		api(all, "PUT", "/api/v1/users/{id}/roles", Set.of(ADMIN), "{\"roles\":[\"WORKER\"]}");
		api(all, "GET", "/api/v1/role-grants", Set.of(ADMIN), null);
		api(all, "POST", "/api/v1/role-grants/{id}/approve", Set.of(ADMIN), null);
		api(all, "POST", "/api/v1/role-grants/{id}/reject", Set.of(ADMIN), null);
		api(all, "DELETE", "/api/v1/users/{id}", Set.of(ADMIN), null);
		api(all, "POST", "/api/v1/users/{id}/reactivate", Set.of(ADMIN), null);
		api(all, "GET", "/api/v1/tokens", GROWN_UPS, null);
		api(all, "POST", "/api/v1/tokens", GROWN_UPS, "{\"name\":\"script\",\"validDays\":30,\"scope\":\"READ\"}");
		api(all, "DELETE", "/api/v1/tokens/{id}", GROWN_UPS, null);
		// installation-wide metrics: only the platform's operator, which is no role of an organisation (issue 16)
		api(all, "GET", "/actuator/prometheus", Set.of(), null);
		api(all, "GET", "/actuator", Set.of(), null);
		platform(all);
		children(all);
		activities(all);
		signals(all);
		questions(all);
		ideas(all);
		feedback(all);
		kiosk(all);
		councils(all);
		participationFigures(all);
		pictures(all);
		projects(all);
		childLogins(all);
		childPictures(all);
		volunteerRecords(all);
		recruitment(all);
		volunteerHours(all);
		volunteerShifts(all);
		generations(all);
		partnerCalendar(all);
		volunteerPlanning(all);
		var reporters = Set.of(COORDINATOR, Role.MUNICIPALITY);
		page(all, "reports", "GET", "/reports", reporters);
		page(all, "reports as CSV", "GET", "/reports/figures.csv", reporters);
		page(all, "reports as XLSX", "GET", "/reports/figures.xlsx", reporters);
		page(all, "reports as PDF", "GET", "/reports/figures.pdf", reporters);
		page(all, "targets", "GET", "/reports/targets", Set.of(COORDINATOR));
		form(all, "set target", "/reports/targets", Set.of(COORDINATOR), Map.of("municipality", "GM0000", "year", "2026",
				"figure", "PARTICIPATIONS", "target", "100"));
		api(all, "GET", "/api/v1/reports/figures?from=2026-01-01&to=2026-12-31", reporters, null);
		page(all, "mixing index", "GET", "/reports/mixing", reporters);
		api(all, "GET", "/api/v1/reports/mixing?from=2026-01-01&to=2026-12-31", reporters, null);
		page(all, "signals, cases and referrals", "GET", "/reports/cases", reporters);
		page(all, "signals, cases and referrals as CSV", "GET", "/reports/cases.csv", reporters);
		api(all, "GET", "/api/v1/reports/cases?from=2026-01-01&to=2026-12-31", reporters, null);
		page(all, "annual overview", "GET", "/reports/annual", reporters);
		page(all, "annual report as PDF", "GET", "/reports/annual.pdf?year=2026", reporters);
		api(all, "GET", "/api/v1/reports/annual?year=2026", reporters, null);
		api(all, "POST", "/api/v1/reports/rollups/refresh", Set.of(ADMIN), null);
		// which municipality a MUNICIPALITY user reads is the platform operator's to say, no role of an organisation
		api(all, "GET", "/api/v1/platform/municipality-accounts", Set.of(), null);
		api(all, "PUT", "/api/v1/platform/municipality-accounts/{id}", Set.of(), "{\"municipalityCode\":\"GM0363\"}");
		api(all, "DELETE", "/api/v1/platform/municipality-accounts/{id}", Set.of(), null);
		page(all, "municipality accounts", "GET", "/platform/municipality-accounts", Set.of());
		form(all, "link municipality account", "/platform/municipality-accounts", Set.of(), Map.of("username", "gemeente",
				"municipalityCode", "GM0363"));
		form(all, "unlink municipality account", "/platform/municipality-accounts/unlink", Set.of(), Map.of("username",
				"gemeente"));
		var template = Map.of("name", "Sjabloon", "municipality", "GM0000", "period", "YEAR", "figures", "PARTICIPATIONS",
				"breakdowns", "TOTAL");
		var templateJson = "{\"name\":\"Sjabloon\",\"municipality\":\"GM0000\",\"period\":\"YEAR\","
				+ "\"figures\":[\"PARTICIPATIONS\"],\"breakdowns\":[\"TOTAL\"]}";
		page(all, "report templates", "GET", "/reports/templates", reporters);
		form(all, "add report template", "/reports/templates", Set.of(COORDINATOR), template);
		page(all, "report template", "GET", "/reports/templates/{id}", reporters);
		page(all, "edit report template", "GET", "/reports/templates/{id}/edit", Set.of(COORDINATOR));
		form(all, "update report template", "/reports/templates/{id}", Set.of(COORDINATOR), template);
		form(all, "delete report template", "/reports/templates/{id}/delete", Set.of(COORDINATOR), Map.of());
		page(all, "report template as CSV", "GET", "/reports/templates/{id}/report.csv", reporters);
		page(all, "report template as XLSX", "GET", "/reports/templates/{id}/report.xlsx", reporters);
		page(all, "report template as PDF", "GET", "/reports/templates/{id}/report.pdf", reporters);
		api(all, "GET", "/api/v1/reports/templates", reporters, null);
		api(all, "POST", "/api/v1/reports/templates", Set.of(COORDINATOR), templateJson);
		api(all, "GET", "/api/v1/reports/templates/{id}", reporters, null);
		api(all, "PUT", "/api/v1/reports/templates/{id}", Set.of(COORDINATOR), templateJson);
		api(all, "DELETE", "/api/v1/reports/templates/{id}", Set.of(COORDINATOR), null);
		api(all, "GET", "/api/v1/reports/templates/{id}/figures?year=2026", reporters, null);
		return all;
	}

	/** What anyone may use without signing in: the modules' PublicRoutes and the platform's own open routes. */
	private static void platform(List<Endpoints> all) {
		open(all, "GET", "/login", Map.of());
		// sign-in through an organisation's own OpenID Connect provider: by its short name, then to the provider
		open(all, "GET", "/login/organisation", Map.of("name", "bestaat-niet"));
		open(all, "GET", "/oauth2/authorization/{id}", Map.of());
		open(all, "GET", "/activate", Map.of("token", "geen-token"));
		open(all, "POST", "/activate", Map.of("token", "geen-token", "password", "een lang nieuw wachtwoord",
				"confirmation", "een lang nieuw wachtwoord"));
		open(all, "GET", "/password-reset", Map.of());
		open(all, "POST", "/password-reset", Map.of("identifier", "niemand@test.samenspel.example"));
		open(all, "GET", "/password-reset/confirm", Map.of("token", "geen-token"));
		open(all, "POST", "/password-reset/confirm", Map.of("token", "geen-token", "password", "een lang nieuw wachtwoord",
				"confirmation", "een lang nieuw wachtwoord"));
		open(all, "GET", "/programma", Map.of());
		open(all, "GET", "/programma/activiteit/{id}", Map.of());
		open(all, "GET", "/programma/activiteit/{id}/agenda.ics", Map.of());
		open(all, "GET", "/programma/buurt/{id}/agenda.ics", Map.of());
		open(all, "GET", "/programma/organisatie/{id}/agenda.ics", Map.of());
		open(all, "GET", "/error", Map.of());
		open(all, "POST", "/error", Map.of());
		open(all, "GET", "/actuator/health", Map.of());
		open(all, "GET", "/actuator/health/**", Map.of());
		open(all, "GET", "/swagger-ui.html", Map.of());
		open(all, "GET", "/v3/api-docs", Map.of());
		open(all, "GET", "/v3/api-docs/swagger-config", Map.of());
		// not under the documentation's own filter chain: a signed-in user's, like any route without a rule
		page(all, "API description as YAML", "GET", "/v3/api-docs.yaml", GROWN_UPS);
	}

	private static void children(List<Endpoints> all) {
		var staff = Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER);
		var editors = Set.of(COORDINATOR, WORKER);
		var parent = Set.of(Role.PARENT);
		var child = Map.of("firstName", "Rol", "lastName", "Test", "dateOfBirth", "2018-05-01");
		var childJson = "{\"firstName\":\"Rol\",\"lastName\":\"Test\",\"dateOfBirth\":\"2018-05-01\"}";
		page(all, "children", "GET", "/children", staff);
		page(all, "new child", "GET", "/children/new", editors);
		form(all, "register child", "/children", editors, child);
		page(all, "child", "GET", "/children/{id}", staff);
		page(all, "edit child", "GET", "/children/{id}/edit", editors);
		form(all, "update child", "/children/{id}", editors, child);
		form(all, "approve child", "/children/{id}/approve", editors, Map.of());
		form(all, "add guardian", "/children/{id}/guardians", editors, Map.of("name", "Ouder", "relation", "MOTHER"));
		form(all, "link guardian", "/children/{id}/guardians/link", editors, Map.of("guardianId", UUID.randomUUID().toString()));
		page(all, "portal contact", "GET", "/portal/contact", parent);
		form(all, "portal update contact", "/portal/contact", parent, Map.of("name", "Ouder", "relation", "PARENT"));
		api(all, "POST", "/api/v1/children/{id}/guardians/{id}", editors, "{\"relation\":\"MOTHER\"}");
		form(all, "invite guardian", "/children/{id}/guardians/{id}/invite", editors, Map.of("username", "ouder-rol"));
		form(all, "give consent", "/children/{id}/consents", editors, Map.of("guardianId", UUID.randomUUID().toString(),
				"purpose", "PHOTOS_INTERNAL", "method", "PAPER"));
		form(all, "withdraw consent", "/children/{id}/consents/{id}/withdraw", editors, Map.of());
		form(all, "record assent", "/children/{id}/assents", editors, Map.of("purpose", "PHOTOS_INTERNAL", "agrees", "true"));
		form(all, "add contact", "/children/{id}/contacts", editors, Map.of("name", "Oma", "phone", "0612345678"));
		page(all, "child photo", "GET", "/children/{id}/photo", staff);
		form(all, "remove contact", "/children/{id}/contacts/{id}/remove", editors, Map.of());
		page(all, "safety", "GET", "/children/{id}/safety", editors);
		page(all, "collectors", "GET", "/children/{id}/collectors", editors);
		form(all, "add collector", "/children/{id}/collectors", editors, Map.of("name", "Oma Jansen", "relation", "oma"));
		form(all, "remove collector", "/children/{id}/collectors/{id}/remove", editors, Map.of());
		form(all, "goes home alone", "/children/{id}/collectors/alone", editors, Map.of("allowed", "true"));
		page(all, "portal collectors", "GET", "/portal/children/{id}/collectors", parent);
		form(all, "portal add collector", "/portal/children/{id}/collectors", parent, Map.of("name", "Oma Jansen"));
		form(all, "portal remove collector", "/portal/children/{id}/collectors/{id}/remove", parent, Map.of());
		form(all, "portal goes home alone", "/portal/children/{id}/collectors/alone", parent, Map.of("allowed", "true"));
		form(all, "update safety", "/children/{id}/safety", editors, Map.of("allergies", "pinda"));
		page(all, "portal", "GET", "/portal", parent);
		page(all, "portal child", "GET", "/portal/children/{id}", parent);
		form(all, "portal consent", "/portal/children/{id}/consents", parent, Map.of("purpose", "PHOTOS_INTERNAL"));
		form(all, "portal withdraw", "/portal/children/{id}/consents/{id}/withdraw", parent, Map.of());
		page(all, "portal safety", "GET", "/portal/children/{id}/safety", parent);
		form(all, "portal update safety", "/portal/children/{id}/safety", parent, Map.of("diet", "geen vlees"));
		page(all, "portal register page", "GET", "/portal/register", parent);
		form(all, "portal register", "/portal/register", parent, child);
		api(all, "GET", "/api/v1/children", staff, null);
		api(all, "POST", "/api/v1/children", editors, childJson);
		api(all, "GET", "/api/v1/children/{id}", staff, null);
		api(all, "PUT", "/api/v1/children/{id}", editors, childJson);
		api(all, "GET", "/api/v1/children/{id}/safety", editors, null);
		api(all, "PUT", "/api/v1/children/{id}/safety", editors, "{\"allergies\":\"pinda\"}");
		api(all, "POST", "/api/v1/children/{id}/guardians", editors, "{\"name\":\"Ouder\",\"relation\":\"FATHER\"}");
		api(all, "GET", "/api/v1/children/{id}/consents", staff, null);
		api(all, "POST", "/api/v1/children/{id}/consents", editors, "{\"guardianId\":\"" + UUID.randomUUID()
				+ "\",\"purpose\":\"PHOTOS_WEBSITE\",\"method\":\"PAPER\"}");
		api(all, "DELETE", "/api/v1/children/{id}/consents/{id}", editors, null);
		var coordinator = Set.of(COORDINATOR);
		form(all, "merge children", "/children/{id}/merge", coordinator, Map.of("duplicateId", UUID.randomUUID().toString()));
		page(all, "export child", "GET", "/children/{id}/export", coordinator);
		page(all, "export child as PDF", "GET", "/children/{id}/export.pdf", coordinator);
		form(all, "erase child", "/children/{id}/erase", coordinator, Map.of());
		api(all, "POST", "/api/v1/children/{id}/merge", coordinator, "{\"duplicateId\":\"" + UUID.randomUUID() + "\"}");
		api(all, "GET", "/api/v1/children/{id}/export", coordinator, null);
		api(all, "DELETE", "/api/v1/children/{id}", coordinator, null);
		page(all, "import children page", "GET", "/children/import", coordinator);
		form(all, "import children", "/children/import", coordinator, Map.of());
		form(all, "upload child photo", "/children/{id}/photo", editors, Map.of());
		form(all, "keep child", "/children/{id}/keep", coordinator, Map.of());
		page(all, "consent texts", "GET", "/consent-texts", coordinator);
		form(all, "publish consent text", "/consent-texts", coordinator, Map.of("purpose", "PHOTOS_WEBSITE", "dutch",
				"Wij mogen foto's op de website zetten.", "english", "We may put photos on the website."));
		form(all, "confirm children import", "/children/import/{id}/confirm", coordinator, Map.of());
	}

	private static void activities(List<Endpoints> all) {
		var planners = Set.of(COORDINATOR, WORKER);
		var door = Set.of(COORDINATOR, WORKER, Role.VOLUNTEER);
		var coordinator = Set.of(COORDINATOR);
		var parent = Set.of(Role.PARENT);
		var activity = Map.of("title", "Rollenspel", "description", "Spelen", "tasks", "PLAY", "locationId",
				UUID.randomUUID().toString(), "minAge", "4", "maxAge", "12", "cost", "FREE", "mode", "DROP_IN");
		var activityJson = "{\"title\":\"Rollenspel\",\"description\":\"Spelen\",\"tasks\":[\"PLAY\"],\"locationId\":\""
				+ UUID.randomUUID() + "\",\"minAge\":4,\"maxAge\":12,\"cost\":\"FREE\",\"mode\":\"DROP_IN\"}";
		var schedule = Map.of("recurrence", "ONCE", "firstDate", "2031-05-05", "startsAt", "15:00", "endsAt", "16:00",
				"holidays", "INCLUDE");
		var scheduleJson = "{\"recurrence\":\"ONCE\",\"firstDate\":\"2031-05-05\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\"}";
		var enrolment = Map.of("childId", UUID.randomUUID().toString(), "waitingList", "true");
		var enrolmentJson = "{\"childId\":\"" + UUID.randomUUID() + "\",\"waitingList\":true}";
		var session = Map.of("date", "2031-05-05", "startsAt", "15:00", "endsAt", "16:00", "locationId",
				UUID.randomUUID().toString());
		var sessionJson = "{\"date\":\"2031-05-05\",\"startsAt\":\"15:00\",\"endsAt\":\"16:00\",\"locationId\":\""
				+ UUID.randomUUID() + "\"}";

		page(all, "activities", "GET", "/activities", planners);
		page(all, "new activity", "GET", "/activities/new", planners);
		form(all, "add activity", "/activities", planners, activity);
		page(all, "activity", "GET", "/activities/{id}", planners);
		page(all, "edit activity", "GET", "/activities/{id}/edit", planners);
		form(all, "update activity", "/activities/{id}", planners, activity);
		form(all, "deactivate activity", "/activities/{id}/deactivate", planners, Map.of());
		form(all, "add schedule", "/activities/{id}/schedules", planners, schedule);
		page(all, "find a child to enrol", "GET", "/activities/{id}/enrol?q=a", planners);
		form(all, "enrol child", "/activities/{id}/enrolments", planners, enrolment);
		form(all, "cancel enrolment", "/activities/{id}/enrolments/{id}/cancel", planners, Map.of());
		page(all, "sessions of a day", "GET", "/sessions", door);
		page(all, "attendance list", "GET", "/sessions/{id}", door);
		form(all, "mark attendance", "/sessions/{id}/attendance", door, Map.of("childId", UUID.randomUUID().toString(),
				"present", "true"));
		form(all, "walk-ins", "/sessions/{id}/walk-ins", door, Map.of("FOUR_TO_SIX.GIRL", "2"));
		page(all, "safety sheet", "GET", "/sessions/{id}/children/{id}", door);
		form(all, "everyone present", "/sessions/{id}/attendance/everyone-present", door, Map.of());
		page(all, "check-out door", "GET", "/sessions/{id}/children/{id}/check-out", door);
		form(all, "check out", "/sessions/{id}/children/{id}/check-out", door, Map.of("choice", "OTHER",
				"otherName", "Buurvrouw Els"));
		page(all, "edit session", "GET", "/sessions/{id}/edit", planners);
		form(all, "update session", "/sessions/{id}", planners, session);
		form(all, "cancel session", "/sessions/{id}/cancel", planners, Map.of("reason", "Ziek"));
		page(all, "holidays", "GET", "/holidays", coordinator);
		form(all, "add holiday", "/holidays", coordinator, Map.of("name", "Studiedag", "region", "NORTH", "startsOn",
				"2031-05-05", "endsOn", "2031-05-05"));
		form(all, "remove holiday", "/holidays/{id}/remove", coordinator, Map.of());
		page(all, "coverage", "GET", "/coverage", coordinator);
		page(all, "portal activities", "GET", "/portal/activities", parent);
		page(all, "portal activity", "GET", "/portal/activities/{id}", parent);
		form(all, "portal enrol", "/portal/activities/{id}/enrolments", parent, enrolment);
		form(all, "portal cancel enrolment", "/portal/enrolments/{id}/cancel", parent, Map.of());
		api(all, "GET", "/api/v1/activities", planners, null);
		api(all, "POST", "/api/v1/activities", planners, activityJson);
		api(all, "GET", "/api/v1/activities/{id}", planners, null);
		api(all, "PUT", "/api/v1/activities/{id}", planners, activityJson);
		api(all, "DELETE", "/api/v1/activities/{id}", planners, null);
		api(all, "POST", "/api/v1/activities/{id}/schedules", planners, scheduleJson);
		api(all, "GET", "/api/v1/activities/{id}/sessions", planners, null);
		api(all, "GET", "/api/v1/activities/{id}/enrolments", planners, null);
		api(all, "POST", "/api/v1/activities/{id}/enrolments", Set.of(COORDINATOR, WORKER, Role.PARENT), enrolmentJson);
		api(all, "DELETE", "/api/v1/enrolments/{id}", Set.of(COORDINATOR, WORKER, Role.PARENT), null);
		api(all, "GET", "/api/v1/sessions", door, null);
		api(all, "GET", "/api/v1/sessions/{id}", door, null);
		api(all, "PUT", "/api/v1/sessions/{id}", planners, sessionJson);
		api(all, "POST", "/api/v1/sessions/{id}/cancel", planners, "{\"reason\":\"Ziek\"}");
		api(all, "GET", "/api/v1/sessions/{id}/attendance", door, null);
		api(all, "PUT", "/api/v1/sessions/{id}/attendance", door, "[{\"childId\":\"" + UUID.randomUUID()
				+ "\",\"present\":true}]");
		api(all, "PUT", "/api/v1/sessions/{id}/attendance/{id}", door, "{\"present\":true}");
		api(all, "POST", "/api/v1/sessions/{id}/attendance/everyone-present", door, null);
		api(all, "GET", "/api/v1/sessions/{id}/attendance/{id}/collectors", door, null);
		api(all, "POST", "/api/v1/sessions/{id}/attendance/{id}/check-out", door,
				"{\"collectedBy\":\"OTHER\",\"otherName\":\"Buurvrouw Els\"}");
		api(all, "GET", "/api/v1/sessions/{id}/walk-ins", door, null);
		api(all, "PUT", "/api/v1/sessions/{id}/walk-ins", door,
				"[{\"ageBand\":\"FOUR_TO_SIX\",\"gender\":\"GIRL\",\"visitors\":2}]");
		api(all, "GET", "/api/v1/coverage", coordinator, null);
		api(all, "GET", "/api/v1/holidays", planners, null);
		api(all, "POST", "/api/v1/holidays", coordinator,
				"{\"name\":\"Studiedag\",\"region\":\"NORTH\",\"startsOn\":\"2031-05-05\",\"endsOn\":\"2031-05-05\"}");
		api(all, "DELETE", "/api/v1/holidays/{id}", coordinator, null);
	}

	private static void signals(List<Endpoints> all) {
		var staff = Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER);
		var raisers = Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER, Role.VOLUNTEER);
		var officer = Set.of(Role.SAFEGUARDING_OFFICER);
		var overview = Set.of(COORDINATOR, Role.SAFEGUARDING_OFFICER);
		var coordinator = Set.of(COORDINATOR);
		var partner = Set.of(Role.PARTNER);
		var signal = Map.of("childId", UUID.randomUUID().toString(), "observedOn", "2026-01-05", "category", "POVERTY",
				"worry", "LOW", "facts", "Geen jas aan");
		var signalJson = "{\"childId\":\"" + UUID.randomUUID()
				+ "\",\"observedOn\":\"2026-01-05\",\"category\":\"POVERTY\",\"worry\":\"LOW\",\"facts\":\"Geen jas\"}";
		var service = Map.of("kind", "SPORTS_CLUB", "name", "Voetbalclub", "route", "DIRECT");
		var serviceJson = "{\"kind\":\"SPORTS_CLUB\",\"name\":\"Voetbalclub\",\"route\":\"DIRECT\"}";
		var referral = Map.of("childId", UUID.randomUUID().toString(), "serviceId", UUID.randomUUID().toString(), "reason",
				"Sporten", "noConsentReason", "Meldcode");
		var referralJson = "{\"childId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"" + UUID.randomUUID()
				+ "\",\"reason\":\"Sporten\",\"noConsentReason\":\"Meldcode\"}";

		page(all, "new signal", "GET", "/signals/new?childId=" + UUID.randomUUID(), raisers);
		form(all, "raise signal", "/signals", raisers, signal);
		page(all, "signal thanks", "GET", "/signals/thanks", raisers);
		page(all, "signals", "GET", "/signals", staff);
		page(all, "signal", "GET", "/signals/{id}", staff);
		form(all, "open case", "/signals/{id}/case", staff, Map.of());
		page(all, "case", "GET", "/cases/{id}", staff);
		form(all, "case observation", "/cases/{id}/observations", staff, Map.of("content", "Blauwe plek"));
		form(all, "case hypothesis", "/cases/{id}/hypotheses/{id}", staff, Map.of("confirmed", "true"));
		form(all, "case consultation", "/cases/{id}/consultations", staff, Map.of("withWhom", "Sanne", "content", "Besproken"));
		form(all, "case conversation", "/cases/{id}/conversations", staff, Map.of("held", "true", "withWhom", "Moeder",
				"content", "Gesprek"));
		form(all, "case weighing", "/cases/{id}/weighing", staff, Map.of("question", "1", "answer", "true",
				"explanation", "Ja"));
		form(all, "case decision", "/cases/{id}/decision", staff, Map.of("reportRequired", "true", "helpPossible", "true",
				"explanation", "Melden"));
		form(all, "case report", "/cases/{id}/report", staff, Map.of("reportedOn", "2026-01-05"));
		form(all, "case help", "/cases/{id}/help", staff, Map.of("content", "Wijkteam", "followUpOn", "2031-01-05"));
		form(all, "close case", "/cases/{id}/close", staff, Map.of("content", "Klaar"));
		form(all, "case member", "/cases/{id}/members", officer, Map.of("userId", UUID.randomUUID().toString()));
		form(all, "remove case member", "/cases/{id}/members/{id}/remove", officer, Map.of());
		api(all, "POST", "/api/v1/signals", raisers, signalJson);
		api(all, "GET", "/api/v1/signals", staff, null);
		api(all, "GET", "/api/v1/signals/{id}", staff, null);
		api(all, "POST", "/api/v1/signals/{id}/case", staff, null);
		api(all, "GET", "/api/v1/signals/cases", overview, null);
		api(all, "GET", "/api/v1/signals/cases/{id}", staff, null);
		api(all, "POST", "/api/v1/signals/cases/{id}/observations", staff, "{\"content\":\"Blauwe plek\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/hypotheses/{id}", staff, "{\"confirmed\":true}");
		api(all, "POST", "/api/v1/signals/cases/{id}/consultations", staff, "{\"withWhom\":\"Sanne\",\"content\":\"Besproken\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/conversations", staff, "{\"held\":false,\"content\":\"Onveilig\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/weighing", staff, "{\"question\":1,\"answer\":true,\"explanation\":\"Ja\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/decision", staff, "{\"reportRequired\":true,\"helpPossible\":false,\"explanation\":\"Melden\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/report", staff, "{\"reportedOn\":\"2026-01-05\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/help", staff, "{\"content\":\"Wijkteam\",\"followUpOn\":\"2031-01-05\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/close", staff, "{\"content\":\"Klaar\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/members", officer, "{\"userId\":\"" + UUID.randomUUID() + "\"}");
		api(all, "POST", "/api/v1/signals/cases/{id}/members/{id}/remove", officer, null);

		page(all, "social map", "GET", "/network", staff);
		page(all, "new social map organisation", "GET", "/network/new", coordinator);
		form(all, "add social map organisation", "/network", coordinator, service);
		page(all, "social map organisation", "GET", "/network/{id}", staff);
		form(all, "update social map organisation", "/network/{id}", coordinator, service);
		form(all, "deactivate social map organisation", "/network/{id}/deactivate", coordinator, Map.of());
		form(all, "link partner", "/network/{id}/partners", coordinator, Map.of("partnerId", UUID.randomUUID().toString()));
		form(all, "unlink partner", "/network/{id}/partners/{id}/remove", coordinator, Map.of());
		page(all, "referrals", "GET", "/referrals", staff);
		page(all, "new referral", "GET", "/referrals/new?childId=" + UUID.randomUUID(), staff);
		form(all, "refer", "/referrals", staff, referral);
		page(all, "referral", "GET", "/referrals/{id}", staff);
		form(all, "referral status", "/referrals/{id}/status", staff, Map.of("status", "SENT"));
		page(all, "referral letter", "GET", "/referrals/{id}/letter", staff);
		page(all, "partner referrals", "GET", "/partner/referrals", partner);
		page(all, "partner referral", "GET", "/partner/referrals/{id}", partner);
		form(all, "partner referral status", "/partner/referrals/{id}/status", partner,
				Map.of("status", "DECLINED", "reason", "Onze wachtlijst is te lang"));
		api(all, "GET", "/api/v1/network/organisations", staff, null);
		api(all, "POST", "/api/v1/network/organisations", coordinator, serviceJson);
		api(all, "GET", "/api/v1/network/organisations/{id}", staff, null);
		api(all, "PUT", "/api/v1/network/organisations/{id}", coordinator, serviceJson);
		api(all, "DELETE", "/api/v1/network/organisations/{id}", coordinator, null);
		api(all, "GET", "/api/v1/referrals", staff, null);
		api(all, "POST", "/api/v1/referrals", staff, referralJson);
		api(all, "GET", "/api/v1/referrals/{id}", staff, null);
		api(all, "POST", "/api/v1/referrals/{id}/status", Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER, Role.PARTNER),
				"{\"status\":\"SENT\"}");
		api(all, "GET", "/api/v1/referrals/addressed-to-me", partner, null);
	}

	/** Children's questions (participation): staff record, read, answer and publish. */
	private static void questions(List<Endpoints> all) {
		var staff = Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER);
		page(all, "children's questions", "GET", "/participation/questions", staff);
		page(all, "new children's question", "GET", "/participation/questions/new", staff);
		form(all, "record children's question", "/participation/questions", staff,
				Map.of("anonymous", "true", "text", "Waarom is de lucht blauw?"));
		page(all, "children's question", "GET", "/participation/questions/{id}", staff);
		form(all, "answer children's question", "/participation/questions/{id}/answer", staff,
				Map.of("text", "Door het zonlicht."));
		form(all, "publish children's question", "/participation/questions/{id}/publish", staff,
				Map.of("published", "true"));
		api(all, "GET", "/api/v1/questions", staff, null);
		api(all, "POST", "/api/v1/questions", staff, "{\"anonymous\":true,\"text\":\"Waarom is de lucht blauw?\"}");
		api(all, "GET", "/api/v1/questions/{id}", staff, null);
		api(all, "PUT", "/api/v1/questions/{id}/answer", staff, "{\"text\":\"Door het zonlicht.\"}");
	}

	/** Ideas, rounds and ballots (participation): COORDINATOR and WORKER keep them. */
	private static void ideas(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		var idea = "{\"roundId\":\"" + UUID.randomUUID() + "\",\"text\":\"Een speurtocht\"}";
		page(all, "idea rounds", "GET", "/participation/rounds", keepers);
		form(all, "open idea round", "/participation/rounds", keepers, Map.of("title", "Herfstweek", "method", "APPROVAL"));
		page(all, "idea round", "GET", "/participation/rounds/{id}", keepers);
		form(all, "add idea", "/participation/rounds/{id}/ideas", keepers, Map.of("text", "Een speurtocht"));
		form(all, "record ballot", "/participation/rounds/{id}/ballots", keepers,
				Map.of("childId", UUID.randomUUID().toString(), "ideaIds", UUID.randomUUID().toString()));
		form(all, "close idea round", "/participation/rounds/{id}/close", keepers, Map.of());
		page(all, "idea", "GET", "/participation/ideas/{id}", keepers);
		form(all, "approve idea", "/participation/ideas/{id}/approve", keepers, Map.of());
		form(all, "idea status", "/participation/ideas/{id}/status", keepers, Map.of("status", "DISCUSSED"));
		api(all, "GET", "/api/v1/ideas/rounds", keepers, null);
		api(all, "POST", "/api/v1/ideas/rounds", keepers, "{\"title\":\"Herfstweek\",\"method\":\"DOTS\",\"dots\":3}");
		api(all, "GET", "/api/v1/ideas/rounds/{id}", keepers, null);
		api(all, "POST", "/api/v1/ideas", keepers, idea);
		api(all, "PUT", "/api/v1/ideas/{id}/status", keepers, "{\"status\":\"DISCUSSED\"}");
		api(all, "POST", "/api/v1/ideas/rounds/{id}/ballots", keepers,
				"{\"childId\":\"" + UUID.randomUUID() + "\",\"ideaIds\":[\"" + UUID.randomUUID() + "\"]}");
	}

	/** Feedback after a session (participation): COORDINATOR and WORKER record it for a child and read the figure. */
	private static void feedback(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		page(all, "session feedback", "GET", "/participation/feedback/sessions/{id}", keepers);
		form(all, "record session feedback", "/participation/feedback/sessions/{id}", keepers,
				Map.of("score", "4", "fun", "Het spel", "better", "Langer buiten"));
		page(all, "activity satisfaction", "GET", "/participation/feedback/activities/{id}", keepers);
		api(all, "POST", "/api/v1/feedback", keepers,
				"{\"sessionId\":\"" + UUID.randomUUID() + "\",\"score\":4,\"fun\":\"Het spel\"}");
		api(all, "GET", "/api/v1/feedback/activities/{id}", keepers, null);
	}

	/**
	 * The kiosk (participation): staff open it for a session and lock it; the kiosk's own pages are public routes
	 * (KioskRoutes) whose only key is the kiosk cookie: without one they show the lock page and save nothing.
	 */
	private static void kiosk(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		page(all, "kiosks", "GET", "/participation/kiosks", keepers);
		form(all, "open kiosk", "/participation/kiosks", keepers, Map.of("sessionId", UUID.randomUUID().toString()));
		form(all, "lock kiosk", "/participation/kiosks/{id}/lock", keepers, Map.of());
		open(all, "GET", "/kiosk", Map.of());
		open(all, "GET", "/kiosk/thanks", Map.of("done", "vote"));
		open(all, "POST", "/kiosk/lock", Map.of());
		open(all, "GET", "/kiosk/child/{id}", Map.of());
		open(all, "POST", "/kiosk/child/{id}/avatar", Map.of("avatar", "FOX"));
		open(all, "GET", "/kiosk/child/{id}/idea", Map.of());
		open(all, "POST", "/kiosk/child/{id}/idea", Map.of("roundId", UUID.randomUUID().toString(), "text", "Een disco"));
		open(all, "GET", "/kiosk/child/{id}/vote", Map.of());
		open(all, "POST", "/kiosk/child/{id}/vote", Map.of("roundId", UUID.randomUUID().toString(),
				"ideaIds", UUID.randomUUID().toString()));
		open(all, "GET", "/kiosk/child/{id}/feedback", Map.of());
		open(all, "POST", "/kiosk/child/{id}/feedback", Map.of("score", "5", "fun", "Het spel"));
		open(all, "GET", "/kiosk/child/{id}/question", Map.of());
		open(all, "POST", "/kiosk/child/{id}/question", Map.of("text", "Waarom is het dicht?"));
		open(all, "GET", "/kiosk/child/{id}/ideas", Map.of());
	}

	/** The children's council (participation): COORDINATOR and WORKER keep its members, meetings and decisions. */
	private static void councils(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		page(all, "children's councils", "GET", "/participation/councils", keepers);
		form(all, "set up children's council", "/participation/councils", keepers, Map.of("name", "Kinderraad Noord"));
		page(all, "children's council", "GET", "/participation/councils/{id}", keepers);
		form(all, "add council member", "/participation/councils/{id}/members", keepers,
				Map.of("childId", UUID.randomUUID().toString(), "role", "MEMBER"));
		form(all, "council member leaves", "/participation/councils/{id}/members/{id}/end", keepers,
				Map.of("until", "2026-06-01"));
		form(all, "add council meeting", "/participation/councils/{id}/meetings", keepers,
				Map.of("date", "2026-06-01", "agenda", "De speeltuin"));
		form(all, "record council decision", "/participation/councils/{id}/decisions", keepers,
				Map.of("meetingId", UUID.randomUUID().toString(), "text", "We vragen een nieuwe schommel."));
		form(all, "council decision status", "/participation/councils/{id}/decisions/{id}/status", keepers,
				Map.of("status", "DONE"));
	}

	/** Children's participation in the reports (reporting, issue 17): as signals and cases, COORDINATOR and MUNICIPALITY. */
	private static void participationFigures(List<Endpoints> all) {
		var reporters = Set.of(COORDINATOR, Role.MUNICIPALITY);
		page(all, "children's participation figures", "GET", "/reports/participation", reporters);
		page(all, "children's participation figures as CSV", "GET", "/reports/participation.csv", reporters);
		api(all, "GET", "/api/v1/reports/participation?from=2026-01-01&to=2026-12-31", reporters, null);
	}

	/**
	 * Generations (issue 19, task 9): buddy pairs are the COORDINATOR's (volunteers); continuity in the reports is for
	 * COORDINATOR and MUNICIPALITY, as the other figures.
	 */
	private static void generations(List<Endpoints> all) {
		var coordinator = Set.of(COORDINATOR);
		page(all, "buddy pairs", "GET", "/volunteers/buddies", coordinator);
		page(all, "new buddy pair", "GET", "/volunteers/buddies/new", coordinator);
		form(all, "start buddy pair", "/volunteers/buddies", coordinator,
				Map.of("residentName", "Mevrouw Jansen", "residentAgeBand", "FROM_70", "activityId",
						UUID.randomUUID().toString(), "startedOn", "2026-01-05"));
		page(all, "buddy pair", "GET", "/volunteers/buddies/{id}", coordinator);
		form(all, "log buddy meeting", "/volunteers/buddies/{id}/meetings", coordinator,
				Map.of("metOn", "2026-02-01", "durationMinutes", "60", "note", "Samen gelezen"));
		form(all, "end buddy pair", "/volunteers/buddies/{id}/end", coordinator,
				Map.of("endedOn", "2026-03-01", "reason", "MOVED"));
		var reporters = Set.of(COORDINATOR, Role.MUNICIPALITY);
		page(all, "continuity figures", "GET", "/reports/continuity", reporters);
		api(all, "GET", "/api/v1/reports/continuity?from=2026-01-01&to=2026-12-31", reporters, null);
	}

	/** A drawing or photo with an idea (participation): COORDINATOR and WORKER attach, see and remove it. */
	private static void pictures(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		form(all, "attach idea picture", "/participation/ideas/{id}/picture", keepers, Map.of());
		page(all, "idea picture", "GET", "/participation/ideas/{id}/picture", keepers);
		form(all, "remove idea picture", "/participation/ideas/{id}/picture/remove", keepers, Map.of());
	}

	/** Children's projects (participation): COORDINATOR and WORKER keep them. */
	private static void projects(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		page(all, "children's projects", "GET", "/participation/projects", keepers);
		form(all, "create children's project", "/participation/projects", keepers,
				Map.of("title", "Opruimactie", "goal", "De speeltuin schoon"));
		page(all, "children's project", "GET", "/participation/projects/{id}", keepers);
		form(all, "project details", "/participation/projects/{id}/details", keepers,
				Map.of("title", "Opruimactie", "goal", "De speeltuin schoon"));
		form(all, "project progress", "/participation/projects/{id}/progress", keepers, Map.of("status", "BUSY"));
		form(all, "add project member", "/participation/projects/{id}/members", keepers,
				Map.of("childId", UUID.randomUUID().toString(), "role", "bedenker"));
		form(all, "remove project member", "/participation/projects/{id}/members/{id}/remove", keepers, Map.of());
		form(all, "add project task", "/participation/projects/{id}/tasks", keepers, Map.of("text", "Vuilniszakken halen"));
		form(all, "mark project task", "/participation/projects/{id}/tasks/{id}", keepers, Map.of("done", "true"));
		form(all, "add project photo", "/participation/projects/{id}/photos", keepers, Map.of());
		page(all, "project photo", "GET", "/participation/projects/{id}/photos/{id}", keepers);
		form(all, "remove project photo", "/participation/projects/{id}/photos/{id}/remove", keepers, Map.of());
	}

	/**
	 * A child's own login (participation): COORDINATOR and WORKER issue and revoke it; anyone may try to sign in;
	 * the child's own pages are for CHILD alone.
	 */
	private static void childLogins(List<Endpoints> all) {
		var keepers = Set.of(COORDINATOR, WORKER);
		page(all, "child logins", "GET", "/participation/logins", keepers);
		form(all, "issue child login", "/participation/logins/{id}/issue", keepers, Map.of());
		form(all, "revoke child login", "/participation/logins/{id}/revoke", keepers, Map.of());
		open(all, "GET", "/kind/inloggen", Map.of());
		open(all, "POST", "/kind/inloggen", Map.of("code", "ACDE 3479", "picture1", "DOG", "picture2", "CAT",
				"picture3", "SUN", "picture4", "TREE"));
		var child = Set.of(Role.CHILD);
		page(all, "child's home", "GET", "/kind", child);
		page(all, "child's ideas", "GET", "/kind/ideeen", child);
		form(all, "child proposes an idea", "/kind/ideeen/{id}", child, Map.of("text", "Een speurtocht"));
		form(all, "child votes", "/kind/ideeen/{id}/stem", child, Map.of("ideaIds", UUID.randomUUID().toString()));
		page(all, "child's questions", "GET", "/kind/vragen", child);
		form(all, "child asks a question", "/kind/vragen", child, Map.of("text", "Waarom is de lucht blauw?", "anoniem", "true"));
		page(all, "child's feedback", "GET", "/kind/feedback", child);
		form(all, "child gives feedback", "/kind/feedback/{id}", child, Map.of("score", "4", "fun", "Het spel"));
	}

	/**
	 * A child's drawing or photo with their idea (participation): seen on the kiosk (a public route whose key is the
	 * kiosk cookie) and after the child's own login (CHILD alone). Uploading goes with the idea forms above.
	 */
	private static void childPictures(List<Endpoints> all) {
		open(all, "GET", "/kiosk/child/{id}/ideas/{id}/picture", Map.of());
		page(all, "child's idea picture", "GET", "/kind/ideeen/{id}/picture", Set.of(Role.CHILD));
	}

	/** Issue 19: the volunteer records, their VOG and code of conduct, the policy, and the volunteer's own page. */
	private static void volunteerRecords(List<Endpoints> all) {
		var coordinator = Set.of(COORDINATOR);
		var volunteer = Map.of("firstName", "Rol", "lastName", "Vrijwilliger", "email", "rol@test.samenspel.example",
				"ageBand", "FROM_55_TO_69", "intakeOn", "2026-01-05");
		var volunteerJson = "{\"firstName\":\"Rol\",\"lastName\":\"Vrijwilliger\",\"ageBand\":\"FROM_55_TO_69\"}";
		page(all, "volunteers", "GET", "/volunteers", coordinator);
		page(all, "new volunteer", "GET", "/volunteers/new", coordinator);
		form(all, "register volunteer", "/volunteers", coordinator, volunteer);
		page(all, "volunteer", "GET", "/volunteers/{id}", coordinator);
		page(all, "edit volunteer", "GET", "/volunteers/{id}/edit", coordinator);
		form(all, "update volunteer", "/volunteers/{id}", coordinator, volunteer);
		form(all, "deactivate volunteer", "/volunteers/{id}/deactivate", coordinator, Map.of());
		form(all, "reactivate volunteer", "/volunteers/{id}/reactivate", coordinator, Map.of());
		form(all, "link volunteer account", "/volunteers/{id}/account", coordinator,
				Map.of("accountId", UUID.randomUUID().toString()));
		form(all, "invite volunteer account", "/volunteers/{id}/account/invite", coordinator, Map.of("username",
				"vrw-" + UUID.randomUUID().toString().substring(0, 8), "preferredLanguage", "nl"));
		form(all, "unlink volunteer account", "/volunteers/{id}/account/remove", coordinator, Map.of());
		page(all, "VOG form", "GET", "/volunteers/{id}/vog", coordinator);
		form(all, "record VOG", "/volunteers/{id}/vog", coordinator, Map.of("issuedOn", "2025-03-01", "profile",
				"ASPECT_84"));
		page(all, "code of conduct form", "GET", "/volunteers/{id}/code-of-conduct", coordinator);
		form(all, "record code of conduct", "/volunteers/{id}/code-of-conduct", coordinator, Map.of("signedOn",
				"2025-03-01", "version", "2026-1"));
		page(all, "own volunteer record", "GET", "/volunteers/me", Set.of(Role.VOLUNTEER));
		page(all, "edit own volunteer record", "GET", "/volunteers/me/edit", Set.of(Role.VOLUNTEER));
		form(all, "update own volunteer record", "/volunteers/me", Set.of(Role.VOLUNTEER), Map.of("firstName", "Rol",
				"lastName", "Vrijwilliger"));
		page(all, "volunteer policy", "GET", "/volunteers/policy", Set.of(COORDINATOR, ADMIN));
		form(all, "update volunteer policy", "/volunteers/policy", Set.of(COORDINATOR, ADMIN), Map.of("renewalYears",
				"3", "codeVersion", "2026-1"));
		api(all, "GET", "/api/v1/volunteers", coordinator, null);
		api(all, "POST", "/api/v1/volunteers", coordinator, volunteerJson);
		api(all, "GET", "/api/v1/volunteers/{id}", coordinator, null);
		api(all, "PUT", "/api/v1/volunteers/{id}", coordinator, volunteerJson);
		api(all, "PUT", "/api/v1/volunteers/{id}/vog", coordinator, "{\"issuedOn\":\"2025-03-01\",\"profile\":\"ASPECT_84\"}");
	}

	/**
	 * Volunteer recruitment and VOG renewals (volunteers): anyone may apply on the public form (to an unknown
	 * organisation here, so the role tests save nothing); the applications and renewals are the COORDINATOR's.
	 */
	private static void recruitment(List<Endpoints> all) {
		var coordinator = Set.of(COORDINATOR);
		open(all, "GET", "/vrijwilliger-worden", Map.of());
		open(all, "POST", "/vrijwilliger-worden", Map.of("organisation", UUID.randomUUID().toString(), "firstName", "Rol",
				"lastName", "Test", "email", "rol@test.samenspel.example", "ageBand", "FROM_70", "motivation", "Helpen",
				"availability", "woensdag", "consent", "true"));
		open(all, "GET", "/vrijwilliger-worden/bedankt", Map.of());
		page(all, "volunteer applications", "GET", "/volunteers/applications", coordinator);
		page(all, "volunteer application", "GET", "/volunteers/applications/{id}", coordinator);
		form(all, "record application step", "/volunteers/applications/{id}/steps", coordinator, Map.of("step", "INTAKE",
				"doneOn", "2026-01-05", "notes", "Goed gesprek"));
		form(all, "activate volunteer", "/volunteers/applications/{id}/activate", coordinator, Map.of());
		form(all, "close application", "/volunteers/applications/{id}/close", coordinator, Map.of("outcome", "WITHDRAWN",
				"reason", "Verhuisd"));
		page(all, "VOG renewals", "GET", "/volunteers/renewals", coordinator);
	}

	/**
	 * A volunteer's hours and yearly statement (volunteers, issue 19): a VOLUNTEER logs and reads their own, a
	 * COORDINATOR reads anyone's of the organisation, adds approved hours and approves or rejects what was logged.
	 */
	private static void volunteerHours(List<Endpoints> all) {
		var volunteer = Set.of(Role.VOLUNTEER);
		var coordinator = Set.of(COORDINATOR);
		var entry = Map.of("workedOn", "2026-01-15", "hours", "2", "minutes", "30", "kind", "TRAINING", "description",
				"Cursus EHBO bij kinderen");
		page(all, "my hours", "GET", "/volunteers/my-hours?year=2026", volunteer);
		form(all, "log my hours", "/volunteers/my-hours", volunteer, entry);
		page(all, "my logged hours", "GET", "/volunteers/my-hours/entries/{id}", volunteer);
		form(all, "change my logged hours", "/volunteers/my-hours/entries/{id}", volunteer, entry);
		form(all, "withdraw my logged hours", "/volunteers/my-hours/entries/{id}/delete", volunteer, Map.of());
		page(all, "my yearly statement", "GET", "/volunteers/my-hours/{id}.pdf", volunteer);
		page(all, "volunteer's hours", "GET", "/volunteers/{id}/hours?year=2026", coordinator);
		form(all, "add volunteer's hours", "/volunteers/{id}/hours", coordinator, entry);
		page(all, "volunteer's yearly statement", "GET", "/volunteers/{id}/hours/{id}.pdf", coordinator);
		page(all, "hours to approve", "GET", "/volunteers/hours/approvals", coordinator);
		form(all, "approve hours", "/volunteers/hours/entries/{id}/approve", coordinator, Map.of());
		form(all, "reject hours", "/volunteers/hours/entries/{id}/reject", coordinator, Map.of("reason", "Dubbel opgegeven"));
		api(all, "GET", "/api/v1/volunteers/{id}/hours?year=2026", coordinator, null);
	}

	/** Issue 19: availability, open shifts with sign-up, a volunteer's shifts with cancelling, and the calendar feed. */
	private static void volunteerShifts(List<Endpoints> all) {
		var volunteer = Set.of(Role.VOLUNTEER);
		var coordinator = Set.of(COORDINATOR);
		var slot = Map.of("day", "MONDAY", "from", "15:00", "until", "17:00");
		var away = Map.of("awayFrom", "2031-07-01", "awayUntil", "2031-07-14", "note", "Vakantie");
		page(all, "my availability", "GET", "/volunteers/availability", volunteer);
		form(all, "add own slot", "/volunteers/availability/slots", volunteer, slot);
		form(all, "remove own slot", "/volunteers/availability/slots/{id}/delete", volunteer, Map.of());
		form(all, "add own time away", "/volunteers/availability/away", volunteer, away);
		form(all, "remove own time away", "/volunteers/availability/away/{id}/delete", volunteer, Map.of());
		page(all, "volunteer's availability", "GET", "/volunteers/{id}/availability", coordinator);
		form(all, "add volunteer's slot", "/volunteers/{id}/availability/slots", coordinator, slot);
		form(all, "remove volunteer's slot", "/volunteers/{id}/availability/slots/{id}/delete", coordinator, Map.of());
		form(all, "add volunteer's time away", "/volunteers/{id}/availability/away", coordinator, away);
		form(all, "remove volunteer's time away", "/volunteers/{id}/availability/away/{id}/delete", coordinator, Map.of());
		page(all, "open shifts", "GET", "/volunteers/open-shifts", volunteer);
		form(all, "sign up for a shift", "/volunteers/open-shifts/{id}/sign-up", volunteer, Map.of());
		page(all, "my shifts", "GET", "/volunteers/my-shifts", volunteer);
		form(all, "cancel a shift", "/volunteers/my-shifts/{id}/cancel", volunteer, Map.of("reason", "Ziek"));
		form(all, "new calendar link", "/volunteers/my-shifts/feed", volunteer, Map.of());
		page(all, "volunteers wanted", "GET", "/volunteers/shift-needs", coordinator);
		form(all, "set volunteers wanted", "/volunteers/shift-needs/{id}", coordinator, Map.of("wanted", "2"));
		open(all, "GET", "/feeds/volunteer/{id}.ics", Map.of());
	}

	/**
	 * The partners' shared calendar (network, issue 19): staff and partners see it; COORDINATORs, WORKERs and partners
	 * enter activities (a partner only their own organisation's); partners and COORDINATORs import an .ics file.
	 */
	private static void partnerCalendar(List<Endpoints> all) {
		var viewers = Set.of(COORDINATOR, WORKER, Role.SAFEGUARDING_OFFICER, Role.PARTNER);
		var editors = Set.of(COORDINATOR, WORKER, Role.PARTNER);
		var neighbourhood = UUID.randomUUID().toString();
		var entry = Map.of("neighbourhoodId", neighbourhood, "title", "Voetbal", "date", "2031-03-04", "startTime", "15:00",
				"endTime", "16:00", "minAge", "6", "maxAge", "9");
		var entryJson = "{\"neighbourhoodId\":\"" + neighbourhood + "\",\"title\":\"Voetbal\",\"date\":\"2031-03-04\","
				+ "\"startTime\":\"15:00\",\"endTime\":\"16:00\",\"minAge\":6,\"maxAge\":9}";
		var period = "?neighbourhoodId=" + neighbourhood + "&from=2031-03-03&to=2031-03-09";
		page(all, "shared calendar", "GET", "/network/calendar", viewers);
		page(all, "new calendar entry", "GET", "/network/calendar/new", editors);
		form(all, "add calendar entry", "/network/calendar", editors, entry);
		page(all, "calendar entry", "GET", "/network/calendar/{id}", editors);
		form(all, "update calendar entry", "/network/calendar/{id}", editors, entry);
		form(all, "delete calendar entry", "/network/calendar/{id}/delete", editors, Map.of());
		page(all, "neighbourhood calendar export", "GET", "/network/calendar/{id}.ics", viewers);
		page(all, "calendar import page", "GET", "/network/calendar/import", Set.of(COORDINATOR, Role.PARTNER));
		form(all, "calendar import", "/network/calendar/import", Set.of(COORDINATOR, Role.PARTNER),
				Map.of("neighbourhoodId", neighbourhood, "minAge", "4", "maxAge", "12"));
		api(all, "GET", "/api/v1/calendar" + period, viewers, null);
		api(all, "GET", "/api/v1/calendar/clashes" + period, viewers, null);
		api(all, "POST", "/api/v1/calendar", editors, entryJson);
		api(all, "PUT", "/api/v1/calendar/{id}", editors, entryJson);
		api(all, "DELETE", "/api/v1/calendar/{id}", editors, null);
	}

	/** Issue 19: the volunteers' planning (assignments, four eyes) and the rule per activity. */
	private static void volunteerPlanning(List<Endpoints> all) {
		var planners = Set.of(COORDINATOR, WORKER);
		var coordinator = Set.of(COORDINATOR);
		page(all, "volunteer planning", "GET", "/volunteers/planning?month=2031-05", planners);
		page(all, "volunteer planning of a session", "GET", "/volunteers/planning/sessions/{id}?q=a", planners);
		form(all, "assign volunteer", "/volunteers/planning/sessions/{id}/assignments", coordinator,
				Map.of("volunteerId", UUID.randomUUID().toString()));
		form(all, "confirm volunteer", "/volunteers/planning/assignments/{id}/confirm", coordinator, Map.of());
		form(all, "cancel volunteer", "/volunteers/planning/assignments/{id}/cancel", coordinator,
				Map.of("reason", "Ziek"));
		form(all, "volunteer absent", "/volunteers/planning/assignments/{id}/absent", coordinator,
				Map.of("absent", "true"));
		page(all, "volunteer rule of an activity", "GET", "/volunteers/activities/{id}/rule", coordinator);
		form(all, "set volunteer rule of an activity", "/volunteers/activities/{id}/rule", coordinator,
				Map.of("fourEyes", "true"));
	}

	private static void page(List<Endpoints> all, String name, String method, String path, Set<Role> allowed) {
		all.add(new Endpoints(name, HttpMethod.valueOf(method), path, allowed, Map.of(), null, false));
	}

	private static void form(List<Endpoints> all, String name, String path, Set<Role> allowed, Map<String, String> form) {
		all.add(new Endpoints(name, HttpMethod.POST, path, allowed, new LinkedHashMap<>(form), null, false));
	}

	private static void open(List<Endpoints> all, String method, String path, Map<String, String> form) {
		all.add(new Endpoints(method + " " + path, HttpMethod.valueOf(method), path, EVERYONE, new LinkedHashMap<>(form),
				null, true));
	}

	private static void api(List<Endpoints> all, String method, String path, Set<Role> allowed, String json) {
		all.add(new Endpoints(method + " " + path, HttpMethod.valueOf(method), path, allowed, Map.of(), json, false));
	}
}
