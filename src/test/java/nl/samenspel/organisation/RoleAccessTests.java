package nl.samenspel.organisation;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Table-driven: every page and endpoint of {@link Endpoints}, for every role. A role that may not use it is refused
 * (403), one that may is not, and without signing in pages send you to the login form and the API answers 401.
 */
class RoleAccessTests extends IntegrationTest {

	private static final Map<Role, CurrentUser> USERS = new EnumMap<>(Role.class);

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

	static Stream<Arguments> endpointsAndRoles() {
		return Endpoints.all().stream().flatMap(endpoint -> Stream.of(Role.values()).map(role -> Arguments.of(endpoint, role)));
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

	static Stream<Arguments> refusedRolesWithoutOrWithBadInput() {
		return Endpoints.all().stream()
			.flatMap(endpoint -> Stream.of(Role.values()).filter(role -> !endpoint.allowed().contains(role))
				.flatMap(role -> Stream.of(Endpoints.Input.NONE, Endpoints.Input.MALFORMED)
					.map(input -> Arguments.of(endpoint, role, input))));
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

	static Stream<Arguments> endpointsWithoutOrWithBadInput() {
		return Endpoints.all().stream()
			.flatMap(endpoint -> Stream.of(Endpoints.Input.NONE, Endpoints.Input.MALFORMED)
				.map(input -> Arguments.of(endpoint, input)));
	}

	@ParameterizedTest(name = "{0} without signing in, input {1}")
	@MethodSource("endpointsWithoutOrWithBadInput")
	void refusesAnonymousVisitorsWhateverTheInput(Endpoints endpoint, Endpoints.Input input) throws Exception {
		var response = mvc.perform(endpoint.request(UUID.randomUUID(), input).with(csrf())).andReturn().getResponse();

		if (endpoint.api()) {
			assertThat(response.getStatus()).isEqualTo(401);
		}
		else {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).endsWith("/login");
		}
	}

	static Stream<Endpoints> endpoints() {
		return Endpoints.all().stream();
	}

	@ParameterizedTest(name = "{0} without signing in")
	@MethodSource("endpoints")
	void refusesAnonymousVisitors(Endpoints endpoint) throws Exception {
		var response = mvc.perform(endpoint.request(UUID.randomUUID()).with(csrf())).andReturn().getResponse();

		if (endpoint.api()) {
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
		else {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).endsWith("/login");
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
