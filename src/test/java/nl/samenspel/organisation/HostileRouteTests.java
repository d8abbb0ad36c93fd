package nl.samenspel.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Hostile input into every route of the application, found in its request mappings ({@link Routes}) and filled
 * from its handler method's parameters ({@link HostileRequests}), so a new endpoint is attacked the day it is added:
 * for every route, each role sends one kind of hostile request (the kinds rotate over the roles) and a user with
 * every role, whom no role rule stops, sends all of them. Never a server error; the API answers a refusal with a
 * problem; another organisation's id never opens a page; and nothing of the first demo organisation, whose ids the
 * requests carry, changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRouteTests extends IntegrationTest {

	/** Who sends the request: one user per role, and one with every role. */
	static final String EVERY_ROLE = "EVERY_ROLE";

	static final List<String> CALLERS = Stream.concat(Stream.of(Role.values()).map(Role::name), Stream.of(EVERY_ROLE))
		.toList();

	@Autowired
	ApplicationContext context;

	private final Map<String, CurrentUser> users = new HashMap<>();

	private List<UUID> foreign;

	private final AtomicInteger next = new AtomicInteger();

	private String before;

	@BeforeAll
	void usersAndTheFirstOrganisation() {
		var organisation = fixtures.organisation();
		for (var role : Role.values()) {
			users.put(role.name(), fixtures.user(organisation, "hostile-" + role.name().toLowerCase(), role));
		}
		users.put(EVERY_ROLE, fixtures.user(organisation, "hostile-every", Role.values()));
		foreign = new ArrayList<>();
		for (var table : List.of("child", "activity", "activity_session", "signal", "concern_case", "referral",
				"network_organisation", "location", "neighbourhood", "municipality", "app_user", "report_template",
				"school_holiday", "enrolment", "guardian")) {
			foreign.addAll(jdbc.sql("select id from " + table + " where organisation_id = :org order by id")
				.param("org", OrganisationFixtures.DEMO_FIRST).query(UUID.class).list().stream().limit(3).toList());
		}
		before = IsolationTests.snapshot(jdbc);
	}

	Stream<Routes.Route> routes() {
		return Routes.all(context).stream();
	}

	/**
	 * One test per route, so the run stays short: each role sends one kind of hostile request (the kind rotates with
	 * the route and the role, so every role meets every kind across the routes), and the user with every role sends
	 * each kind. Every failure is named with its role and kind.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void neverAServerError(Routes.Route route) throws Exception {
		var kinds = HostileRequests.Kind.values();
		var index = Routes.all(context).indexOf(route);
		var softly = new SoftAssertions();
		for (int c = 0; c < CALLERS.size(); c++) {
			var caller = CALLERS.get(c);
			var sent = caller.equals(EVERY_ROLE) ? List.of(kinds) : List.of(kinds[(index + c) % kinds.length]);
			for (var kind : sent) {
				var request = HostileRequests.request(route, kind, this::foreignId);

				var response = mvc.perform(request.with(as(users.get(caller))).with(csrf())).andReturn().getResponse();

				var status = response.getStatus();
				softly.assertThat(status).as("%s as %s with %s input", route, caller, kind).isLessThan(500);
				if (route.pattern().startsWith("/api/") && status >= 400) {
					softly.assertThat(response.getContentType()).as("%s as %s with %s input answers with a problem", route,
							caller, kind).startsWith("application/problem+json");
				}
				if (kind == HostileRequests.Kind.FOREIGN && route.hasVariables() && !route.open()
						&& route.method() == HttpMethod.GET) {
					softly.assertThat(status).as("%s as %s with another organisation's id", route, caller).isNotEqualTo(200);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void makesARequestForEveryRouteFromItsHandlerMethod() {
		var routes = Routes.all(context);
		var child = routes.stream().filter(route -> route.key().equals("POST /children")).findFirst().orElseThrow();
		var api = routes.stream().filter(route -> route.key().equals("PUT /api/v1/children/{id}")).findFirst().orElseThrow();

		assertThat(HostileRequests.inputs(child)).extracting(HostileRequests.Input::name).contains("firstName", "dateOfBirth");
		assertThat(HostileRequests.inputs(api)).extracting(HostileRequests.Input::where)
			.contains(HostileRequests.Where.BODY);
		assertThat(HostileRequests.path(api, HostileRequests.Kind.GARBAGE, UUID::randomUUID))
			.isEqualTo("/api/v1/children/geen-id");
	}

	@AfterAll
	void theFirstOrganisationIsUntouched() {
		assertThat(IsolationTests.snapshot(jdbc)).as("hostile requests with its ids changed nothing of the first organisation")
			.isEqualTo(before);
	}

	private UUID foreignId() {
		return foreign.get(Math.floorMod(next.getAndIncrement(), foreign.size()));
	}
}
