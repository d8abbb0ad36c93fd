package nl.samenspel.organisation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route the application serves ({@link Routes}, from its request mappings), for every role, against the
 * role matrix ({@link Endpoints}): a role that may not use it is refused (403) whatever its input, one that may is
 * not, and without signing in pages send you to the login form and the API answers 401 with a problem, whatever the
 * input; only the declared public routes let an anonymous visitor in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTests extends IntegrationTest {

	private static final Map<Role, CurrentUser> USERS = new EnumMap<>(Role.class);

	private static final List<Endpoints.Input> INPUTS = List.of(Endpoints.Input.VALID, Endpoints.Input.NONE,
			Endpoints.Input.MALFORMED);

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void onePerRole() {
		synchronized (USERS) {
			if (USERS.isEmpty()) {
				var organisation = fixtures.organisation();
				for (var role : Role.values()) {
					USERS.put(role, fixtures.user(organisation, "role-" + role.name().toLowerCase(), role));
				}
			}
		}
	}

	/** The routes with a row that says who may use them; a route without one fails {@code RouteCoverageTests}. */
	private Stream<Endpoints> guarded() {
		return Routes.all(context).stream().map(Routes.Route::row).filter(Objects::nonNull)
			.filter(row -> !row.open()).distinct();
	}

	Stream<Arguments> endpointsAndRoles() {
		return guarded().flatMap(endpoint -> Stream.of(Role.values()).map(role -> Arguments.of(endpoint, role)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("endpointsAndRoles")
	void refusesEveryRoleThatMayNotUseIt(Endpoints endpoint, Role role) throws Exception {
		var response = mvc.perform(endpoint.request(UUID.randomUUID()).with(as(USERS.get(role))).with(csrf()))
			.andReturn()
			.getResponse();

		if (endpoint.allowed().contains(role)) {
			assertThat(response.getStatus()).as("%s may use %s", role, endpoint).isNotIn(401, 403);
			assertThat(response.getStatus()).as("%s on %s", role, endpoint).isLessThan(500);
		}
		else {
			assertThat(response.getStatus()).as("%s may not use %s", role, endpoint).isEqualTo(403);
		}
	}

	/**
	 * Each refused role once per route, without input or with nonsense, alternating over routes and roles so both
	 * kinds meet every role and every route (the hostile-input suite sends more kinds of nonsense).
	 */
	Stream<Arguments> refusedRolesWithoutOrWithBadInput() {
		var rows = guarded().toList();
		return java.util.stream.IntStream.range(0, rows.size()).boxed()
			.flatMap(i -> Stream.of(Role.values()).filter(role -> !rows.get(i).allowed().contains(role))
				.map(role -> Arguments.of(rows.get(i), role, (i + role.ordinal()) % 2 == 0 ? Endpoints.Input.NONE
						: Endpoints.Input.MALFORMED)));
	}

	/**
	 * The refusal comes where the request enters, before anything of it is read: without parameters or body, or with
	 * nonsense in them, a role that may not use the endpoint gets 403, never a 400 that tells it what is missing.
	 */
	@ParameterizedTest(name = "{0} as {1}, input {2}")
	@MethodSource("refusedRolesWithoutOrWithBadInput")
	void refusesBeforeReadingTheInput(Endpoints endpoint, Role role, Endpoints.Input input) throws Exception {
		var response = mvc.perform(endpoint.request(UUID.randomUUID(), input).with(as(USERS.get(role))).with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).as("%s may not use %s (%s input)", role, endpoint, input).isEqualTo(403);
		if (endpoint.api()) {
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
	}

	Stream<Arguments> routesAndInputs() {
		return Routes.all(context).stream().flatMap(route -> INPUTS.stream().map(input -> Arguments.of(route, input)));
	}

	/**
	 * Every route of the application, found in its request mappings (table row or not): without signing in, a
	 * page sends the visitor to the login form and the API answers 401 with a problem, with valid input, none, or
	 * nonsense; a route under a declared public pattern lets the visitor in instead.
	 */
	@ParameterizedTest(name = "{0} without signing in, input {1}")
	@MethodSource("routesAndInputs")
	void refusesAnonymousVisitorsOutsideThePublicRoutes(Routes.Route route, Endpoints.Input input) throws Exception {
		var response = mvc.perform(route.request(UUID.randomUUID(), input).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).as("never a server error").isLessThan(500);
		if (route.open()) {
			assertThat(response.getStatus()).as("a public route lets anyone in").isNotIn(401, 403);
			if (response.getStatus() == 302) {
				assertThat(response.getRedirectedUrl()).doesNotEndWith("/login");
			}
		}
		else if (route.api()) {
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
		else {
			assertThat(response.getStatus()).isEqualTo(302);
			// a child's pages lead to the child's login, every other page to the login form
			assertThat(response.getRedirectedUrl())
				.endsWith(route.pattern().equals("/kind") || route.pattern().startsWith("/kind/") ? "/kind/inloggen" : "/login");
		}
	}

	@Test
	void theTableCoversBothKindsOfEndpointAndAllowsAndRefusesEveryRoleSomewhere() {
		assertThat(Endpoints.all()).anyMatch(Endpoints::api).anyMatch(endpoint -> !endpoint.api());
		for (var role : Role.values()) {
			assertThat(Endpoints.all()).as(role.name()).anyMatch(endpoint -> !endpoint.allowed().contains(role))
				.anyMatch(endpoint -> endpoint.allowed().contains(role));
		}
	}

	@Test
	void partnersAndMunicipalitiesNeverSeeAChild() {
		assertThat(Endpoints.all()).filteredOn(endpoint -> endpoint.path().contains("children"))
			.isNotEmpty()
			.noneMatch(endpoint -> endpoint.allowed().contains(Role.PARTNER))
			.noneMatch(endpoint -> endpoint.allowed().contains(Role.MUNICIPALITY));
	}
}
