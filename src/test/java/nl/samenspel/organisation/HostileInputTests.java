package nl.samenspel.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Hostile input into every form and API endpoint that stores what a user types: very long text, names in many
 * scripts, markup and script, SQL fragments, control characters, empty and missing fields. Never a 500. Either the
 * value is refused with a message next to its field (or in the problem's field list) and nothing is saved, or it
 * is saved exactly as typed. Markup and over-long text are always refused; names in any script are always kept.
 */
class HostileInputTests extends IntegrationTest {

	static final String LONG = "x".repeat(10_000);
	static final String SCRIPT = "<script>alert('x')</script>";
	static final String SQL = "Robert'); DROP TABLE location;--";
	static final String CONTROL = "a\u0000b\u0007c";
	static final String MISSING = "\u0000missing";
	static final List<String> NAMES = List.of("Zoë", "Ayşe Yılmaz", "Łukasz Żółć", "李小龙", "'s-Hertogenbosch");

	enum Kind {
		/** Required plain text: names. */
		NAME,
		/** Optional plain text. */
		TEXT,
		/** A code with a fixed pattern. */
		CODE,
		/** A number. */
		NUMBER
	}

	record Context(UUID organisation, CurrentUser admin, String municipalityId, String digits, UUID locationId) {
	}

	record Target(String name, String method, String path, boolean json, Function<Context, Map<String, Object>> base,
			Map<String, Kind> fields, String count, String readBack) {

		/** A form redirects after saving, except the token form: it shows the new secret once, on the page itself. */
		boolean accepted(MockHttpServletResponse response) throws java.io.UnsupportedEncodingException {
			if (json) {
				return response.getStatus() / 100 == 2;
			}
			if (path.equals("/account/tokens")) {
				return response.getStatus() == 200 && response.getContentAsString().contains("class=\"secret\"");
			}
			return response.getStatus() == 302;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static List<Target> targets() {
		var targets = new ArrayList<Target>();
		for (var json : List.of(false, true)) {
			var via = json ? " (API)" : "";
			targets.add(new Target("location" + via, "POST", json ? "/api/v1/locations" : "/locations", json,
					c -> map("name", "Buurthuis", "type", "COMMUNITY_CENTRE", "street", "Dorpsstraat 1", "city", "Zonnedal",
							"postcode", "9901 AA"),
					Map.of("name", Kind.NAME, "street", Kind.TEXT, "city", Kind.TEXT, "postcode", Kind.CODE, "type", Kind.CODE),
					"select count(*) from location where organisation_id = :org",
					"select %s from location where organisation_id = :org and id <> :location"));
			targets.add(new Target("municipality" + via, "POST", json ? "/api/v1/municipalities" : "/municipalities", json,
					c -> map("code", "GM7001", "name", "Zonnedal"), Map.of("name", Kind.NAME, "code", Kind.CODE),
					"select count(*) from municipality where organisation_id = :org",
					"select %s from municipality where organisation_id = :org and code = 'GM7001'"));
			targets.add(new Target("neighbourhood" + via, "POST", json ? "/api/v1/neighbourhoods" : "/neighbourhoods", json,
					c -> map("municipalityId", c.municipalityId(), "code", "BU" + c.digits() + "0101", "districtCode",
							"WK" + c.digits() + "01", "name", "Centrum", "cbsYear", 2024, "children0to14", 120),
					Map.of("name", Kind.NAME, "code", Kind.CODE, "districtCode", Kind.CODE, "cbsYear", Kind.NUMBER,
							"children0to14", Kind.NUMBER),
					"select count(*) from neighbourhood where organisation_id = :org",
					"select %s from neighbourhood where organisation_id = :org"));
			targets.add(new Target("organisation" + via, json ? "PUT" : "POST", json ? "/api/v1/organisation" : "/organisation",
					json, c -> map("name", "Stichting Samen", "region", "NORTH"), Map.of("name", Kind.NAME, "region", Kind.CODE),
					"select count(*) from organisation where id = :org and name <> 'Stichting Samen'",
					"select %s from organisation where id = :org"));
			targets.add(new Target("invitation" + via, "POST", json ? "/api/v1/users" : "/users/invite", json,
					c -> map("username", "nieuw-" + c.organisation(), "displayName", "Nieuwe Collega", "email",
							"nieuw@test.samenspel.example", "roles", json ? List.of("WORKER") : "WORKER", "preferredLanguage", "nl"),
					Map.of("displayName", Kind.NAME, "username", Kind.CODE, "email", Kind.CODE, "preferredLanguage", Kind.CODE),
					"select count(*) from app_user where organisation_id = :org",
					"select %s from app_user where organisation_id = :org and username like 'nieuw-%%'"));
			targets.add(new Target("token" + via, "POST", json ? "/api/v1/tokens" : "/account/tokens", json,
					c -> map("name", "Mijn script", "validDays", 30, "scope", "READ"),
					Map.of("name", Kind.NAME, "validDays", Kind.NUMBER, "scope", Kind.CODE),
					"select count(*) from api_token where app_user_id = :user",
					"select %s from api_token where app_user_id = :user"));
			targets.add(new Target("child" + via, "POST", json ? "/api/v1/children" : "/children", json,
					c -> map("firstName", "Kim", "lastName", "de Jong", "dateOfBirth", java.time.LocalDate.now().minusYears(7).toString(),
							"school", "OBS De Regenboog", "postcode", "9901"),
					Map.of("firstName", Kind.NAME, "lastName", Kind.NAME, "school", Kind.TEXT, "postcode", Kind.CODE),
					"select count(*) from child where organisation_id = :org",
					"select %s from child where organisation_id = :org"));
			targets.add(new Target("activity" + via, "POST", json ? "/api/v1/activities" : "/activities", json,
					c -> map("title", "Kookclub", "description", "Samen koken", "tasks", json ? List.of("HEALTH") : "HEALTH",
							"locationId", c.locationId().toString(), "minAge", 4, "maxAge", 12, "cost", "FREE", "mode",
							"DROP_IN", "languages", "Nederlands"),
					Map.of("title", Kind.NAME, "description", Kind.NAME, "languages", Kind.TEXT, "minAge", Kind.NUMBER,
							"mode", Kind.CODE),
					"select count(*) from activity where organisation_id = :org",
					"select %s from activity where organisation_id = :org"));
			targets.add(new Target("school holiday" + via, "POST", json ? "/api/v1/holidays" : "/holidays", json,
					c -> map("name", "Studiedag", "region", "NORTH", "startsOn", "2031-05-05", "endsOn", "2031-05-06"),
					Map.of("name", Kind.NAME, "region", Kind.CODE),
					"select count(*) from school_holiday where organisation_id = :org and starts_on > date '2030-01-01'",
					"select %s from school_holiday where organisation_id = :org and starts_on = date '2031-05-05'"));
			targets.add(new Target("report template" + via, "POST", json ? "/api/v1/reports/templates" : "/reports/templates",
					json, c -> map("name", "Jaarverslag", "municipality", "GM" + c.digits(), "period", "YEAR", "figures",
							json ? List.of("PARTICIPATIONS", "WALK_INS") : "PARTICIPATIONS", "breakdowns",
							json ? List.of("NEIGHBOURHOOD") : "NEIGHBOURHOOD"),
					Map.of("name", Kind.NAME, "municipality", Kind.CODE, "period", Kind.CODE, "figures", Kind.CODE,
							"breakdowns", Kind.CODE),
					"select count(*) from report_template where organisation_id = :org",
					"select %s from report_template where organisation_id = :org"));
			targets.add(new Target("location update" + via, json ? "PUT" : "POST",
					json ? "/api/v1/locations/{id}" : "/locations/{id}", json,
					c -> map("name", "Locatie", "type", "COMMUNITY_CENTRE", "street", "Dorpsstraat 1", "city", "Testdorp",
							"postcode", "1234 AB", "latitude", "52.1", "longitude", "5.1"),
					Map.of("name", Kind.NAME, "street", Kind.TEXT, "latitude", Kind.NUMBER, "type", Kind.CODE),
					"select count(*) from location where organisation_id = :org and name like 'Locatie %' and type = "
							+ "'COMMUNITY_CENTRE' and street = 'Dorpsstraat 1' and latitude = 52.1",
					"select %s from location where organisation_id = :org"));
		}
		return targets;
	}

	static Stream<Arguments> cases() {
		var cases = new ArrayList<Arguments>();
		for (var target : targets()) {
			for (var field : target.fields().entrySet()) {
				var values = new ArrayList<>(List.of(LONG, SCRIPT, SQL, CONTROL, "", MISSING, "   "));
				values.addAll(NAMES);
				for (var value : values) {
					cases.add(Arguments.of(target, field.getKey(), field.getValue(), value));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1} = {3}")
	@MethodSource("cases")
	void refusesWithAFieldMessageOrSavesExactly(Target target, String field, Kind kind, String value) throws Exception {
		var context = context();
		var values = target.base().apply(context);
		if (MISSING.equals(value)) {
			values.remove(field);
		}
		else {
			values.put(field, value);
		}
		var count = count(target, context);

		var response = send(target, values, context);

		assertThat(response.getStatus()).as("never a server error").isLessThan(500);
		var accepted = target.accepted(response);
		if (accepted) {
			if (!MISSING.equals(value) && !value.isBlank() && kind != Kind.NUMBER) {
				assertThat(readBack(target, field, context)).as("saved exactly as typed").isEqualTo(value.strip());
			}
		}
		else {
			assertThat(response.getStatus()).isIn(200, 400);
			var body = response.getContentAsString();
			if (target.json()) {
				assertThat(body).as("the problem names the field").contains("\"field\":\"" + field + "\"");
			}
			else {
				assertThat(body).as("a message next to the field").contains("id=\"" + field + "-error\"");
			}
			assertThat(count(target, context)).as("nothing saved").isEqualTo(count);
		}
		if (value.equals(SCRIPT) || value.equals(LONG) || value.equals(CONTROL)) {
			assertThat(accepted).as("markup, control characters and over-long text are refused").isFalse();
		}
		if (kind == Kind.NAME && (NAMES.contains(value) || value.equals(SQL))) {
			assertThat(accepted).as("names in any script are kept").isTrue();
		}
		if (kind == Kind.NAME && (value.isBlank() || value.equals(MISSING))) {
			assertThat(accepted).as("a name is required").isFalse();
		}
	}

	@Test
	void escapesWhatItShows() throws Exception {
		var context = context();
		send(targets().get(0), map("name", "Tom & Jerry's \"Huis\"", "type", "OTHER"), context);

		var page = mvc.perform(get("/locations").with(as(context.admin()))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(">Tom &amp; Jerry's \"Huis\"</a>");
		var id = jdbc.sql("select id from location where organisation_id = :org and name like 'Tom%'")
			.param("org", context.organisation()).query(UUID.class).single();
		var form = mvc.perform(get("/locations/" + id).with(as(context.admin()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).as("quotes are escaped inside attributes").contains("value=\"Tom &amp; Jerry&#39;s &#34;Huis&#34;\"");
	}

	@Test
	void searchesWithHostileTermsSafely() throws Exception {
		var context = context();
		for (var query : List.of(LONG, SCRIPT, SQL, CONTROL, "%", "_", "李")) {
			var response = mvc.perform(get("/locations").param("q", query).with(as(context.admin()))).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).doesNotContain("<script>alert");
			var api = mvc.perform(get("/api/v1/locations").param("q", query).with(as(context.admin()))).andReturn().getResponse();
			assertThat(api.getStatus()).isEqualTo(200);
		}
		assertThat(mvc.perform(get("/locations").param("page", "abc").with(as(context.admin()))).andReturn().getResponse()
			.getStatus()).isEqualTo(400);
		var problem = mvc.perform(get("/api/v1/locations").param("size", "100000").with(as(context.admin()))).andReturn()
			.getResponse();
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void aHostileReportPeriodIsAMessageAndNeverAnError() throws Exception {
		var context = context();
		var coordinator = fixtures.user(context.organisation(), "perioden", Role.COORDINATOR);
		for (var period : List.of(LONG, SCRIPT, SQL, CONTROL, "2025-Q0", "2025-13", "0000", "99999", "2025-q3", "李")) {
			for (var url : List.of("/api/v1/reports/figures", "/api/v1/reports/cases", "/api/v1/reports/mixing")) {
				var api = mvc.perform(get(url).param("period", period).with(as(coordinator))).andReturn().getResponse();
				assertThat(api.getStatus()).as(url + " " + period).isEqualTo(400);
				assertThat(api.getContentAsString()).as(url).contains("\"field\":\"period\"").doesNotContain("<script>");
			}
			for (var url : List.of("/reports", "/reports/figures.csv", "/reports/cases", "/reports/cases.csv", "/reports/mixing")) {
				var page = mvc.perform(get(url).param("period", period).with(as(coordinator))).andReturn().getResponse();
				assertThat(page.getStatus()).as(url + " " + period).isIn(200, 400);
				assertThat(page.getContentType()).as(url).startsWith("text/html");
				assertThat(page.getContentAsString()).as(url).contains("Kies een periode uit de lijst")
					.doesNotContain("<script>alert");
			}
		}
	}

	@Test
	void refusesAnEmptyRole() throws Exception {
		var context = context();
		var worker = fixtures.user(context.organisation(), "rollen", Role.WORKER);

		var api = mvc.perform(put("/api/v1/users/" + worker.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[null]}").with(as(context.admin())).with(csrf())).andReturn().getResponse();
		var form = mvc.perform(post("/users/" + worker.id() + "/roles").param("roles", "")
			.with(as(context.admin())).with(csrf())).andReturn().getResponse();
		var invite = mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"leeg-rol\",\"displayName\":\"Leeg\",\"email\":\"leeg@test.samenspel.example\","
					+ "\"roles\":[null],\"preferredLanguage\":\"nl\"}")
			.with(as(context.admin())).with(csrf())).andReturn().getResponse();

		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("roles");
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("id=\"roles-error\"");
		assertThat(invite.getStatus()).isEqualTo(400);
		assertThat(fixtures.account(worker.id()).getRoles()).containsExactly(Role.WORKER);
	}

	@Test
	void hostileRoleGrantIdsAndBodiesChangeNothing() throws Exception {
		var context = context();
		var worker = fixtures.user(context.organisation(), "toekenning", Role.WORKER);
		fixtures.user(context.organisation(), "beheer2", Role.ADMIN);
		mvc.perform(put("/api/v1/users/" + worker.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"WORKER\",\"SAFEGUARDING_OFFICER\"]}").with(as(context.admin())).with(csrf()));
		for (var id : List.of("geen-id", "%00", SQL.replace(" ", "%20"), "00000000-0000-0000-0000-000000000000")) {
			for (var action : List.of("approve", "reject")) {
				var api = mvc.perform(post("/api/v1/role-grants/" + id + "/" + action)
					.contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"ADMIN\"]," + SCRIPT + "}")
					.with(as(context.admin())).with(csrf())).andReturn().getResponse();
				var form = mvc.perform(post("/users/grants/" + id + "/" + action).param("roles", SCRIPT)
					.with(as(context.admin())).with(csrf())).andReturn().getResponse();
				assertThat(api.getStatus()).as(id + " " + action).isIn(400, 404);
				if (!id.contains("%")) {
					// a path the firewall refuses (an encoded NUL or space) is answered before any controller
					assertThat(api.getContentType()).as(id + " " + action).startsWith("application/problem+json");
				}
				assertThat(form.getStatus()).as(id + " " + action).isIn(400, 404);
			}
		}
		var roles = mvc.perform(put("/api/v1/users/" + worker.id() + "/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"SAFEGUARDING_OFFICER\",\"" + SCRIPT + "\"]}").with(as(context.admin())).with(csrf()))
			.andReturn().getResponse();
		assertThat(roles.getStatus()).isEqualTo(400);
		assertThat(fixtures.account(worker.id()).getRoles()).containsExactly(Role.WORKER);
		assertThat(jdbc.sql("select status from role_grant where app_user_id = :id").param("id", worker.id())
			.query(String.class).list()).containsExactly("PENDING");
	}

	@Test
	void answersBrokenJsonWithAProblem() throws Exception {
		var context = context();
		for (var body : List.of("{", "[]", "{\"name\": 12, \"type\": \"CASTLE\"}", "null", "{\"name\":\"x\",\"latitude\":\"noord\"}")) {
			var response = mvc.perform(post("/api/v1/locations").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(as(context.admin())).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
		}
		assertThat(jdbc.sql("select count(*) from location where organisation_id = :org and id <> :location")
			.param("org", context.organisation()).param("location", context.locationId()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void survivesHostileLoginResetAndActivationInput() throws Exception {
		int address = 0;
		for (var value : List.of(LONG, SCRIPT, SQL, CONTROL, "", "李")) {
			var login = mvc.perform(post("/login").param("username", value).param("password", value).with(csrf())
				.with(LoginTests.from("10.3.0." + (++address)))).andReturn().getResponse();
			assertThat(login.getStatus()).isEqualTo(302);
			assertThat(login.getRedirectedUrl()).isEqualTo("/login?error");

			var reset = mvc.perform(post("/password-reset").param("identifier", value).with(csrf())).andReturn().getResponse();
			assertThat(reset.getStatus()).isEqualTo(200);

			var activation = mvc.perform(get("/activate").param("token", value)).andReturn().getResponse();
			assertThat(activation.getStatus()).isEqualTo(200);
			assertThat(activation.getContentAsString()).contains("Deze link werkt niet meer").doesNotContain("<script>alert");
		}
	}

	@Test
	void checksANewPasswordWithoutEverEchoingIt() throws Exception {
		var context = context();
		var cases = Map.of("kort", "Gebruik minstens 12 tekens.", "x".repeat(129), "Gebruik hoogstens 128 tekens.",
				"wachtwoord123", "Dit wachtwoord wordt te vaak gebruikt.", "", "Vul een wachtwoord in.");
		for (var entry : cases.entrySet()) {
			var response = mvc.perform(post("/account/password").param("currentPassword", OrganisationFixtures.PASSWORD)
				.param("password", entry.getKey()).param("confirmation", entry.getKey())
				.with(as(context.admin())).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains(entry.getValue());
			if (!entry.getKey().isEmpty()) {
				assertThat(response.getContentAsString()).doesNotContain("value=\"" + entry.getKey());
			}
		}
		var emoji = "😀".repeat(12);
		SecondFactorCodes.forgetUsedCodes(jdbc, context.admin().getUsername());
		var ok = mvc.perform(post("/account/password").param("currentPassword", OrganisationFixtures.PASSWORD)
			.param("code", SecondFactorCodes.now(SecondFactorCodes.SECRET)).param("password", emoji).param("confirmation", emoji).with(as(context.admin())).with(csrf()))
			.andReturn().getResponse();
		assertThat(ok.getStatus()).as("any characters count, twelve of them suffice").isEqualTo(302);
	}

	private Context context() {
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "hostile", Role.ADMIN, Role.COORDINATOR);
		var municipality = fixtures.municipality(organisation);
		var location = fixtures.location(organisation);
		return new Context(organisation, admin, municipality.getId().toString(), municipality.digits(), location.getId());
	}

	private MockHttpServletResponse send(Target target, Map<String, Object> values, Context context) throws Exception {
		var path = target.path().replace("{id}", context.locationId().toString());
		var builder = "PUT".equals(target.method()) ? put(path) : post(path);
		if (target.json()) {
			builder.contentType(MediaType.APPLICATION_JSON).content(JsonMapper.builder().build().writeValueAsString(values));
		}
		else {
			values.forEach((key, value) -> builder.param(key, String.valueOf(value)));
		}
		return mvc.perform(builder.with(as(context.admin())).with(csrf())).andReturn().getResponse();
	}

	private int count(Target target, Context context) {
		return jdbc.sql(target.count()).params(params(target.count(), context)).query(Integer.class).single();
	}

	private String readBack(Target target, String field, Context context) {
		var column = field.replaceAll("([A-Z])", "_$1").toLowerCase().replace("children0to14", "children_0_14");
		var sql = target.readBack().formatted(column);
		var values = jdbc.sql(sql).params(params(sql, context)).query(String.class).list();
		assertThat(values).as(sql).isNotEmpty();
		return values.get(values.size() - 1);
	}

	private static Map<String, Object> params(String sql, Context context) {
		var params = new LinkedHashMap<String, Object>();
		if (sql.contains(":org")) {
			params.put("org", context.organisation());
		}
		if (sql.contains(":user")) {
			params.put("user", context.admin().id());
		}
		if (sql.contains(":location")) {
			params.put("location", context.locationId());
		}
		return params;
	}

	private static Map<String, Object> map(Object... pairs) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
