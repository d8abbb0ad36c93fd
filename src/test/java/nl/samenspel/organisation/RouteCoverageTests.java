package nl.samenspel.organisation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix is the application's routes, not a list someone remembers to extend: every route the request
 * mappings declare ({@link Routes}) has a row in {@link Endpoints} (which roles should get in, a valid request), no
 * row names a route that is gone, and exactly the routes the modules declare public ({@code PublicRoutes}, plus the
 * platform's error page, API documentation and health probe) are marked open in the table.
 */
class RouteCoverageTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyRouteOfTheApplicationHasARowInTheRoleMatrix() {
		var missing = Routes.withoutRow(context).stream().map(Routes.Route::key).collect(Collectors.toCollection(TreeSet::new));

		assertThat(missing).as("routes without a row in Endpoints (add one line: which roles, a valid request)")
			.isEmpty();
	}

	@Test
	void everyRowOfTheRoleMatrixIsARouteOfTheApplication() {
		var served = Routes.all(context).stream().map(Routes.Route::key).collect(Collectors.toSet());

		var stale = Endpoints.all().stream().map(row -> row.method() + " " + Routes.normalise(row.path()))
			.filter(key -> !served.contains(key)).collect(Collectors.toCollection(TreeSet::new));

		assertThat(stale).as("rows in Endpoints for routes the application does not serve").isEmpty();
	}

	@Test
	void eachRouteIsInTheTableOnce() {
		var keys = Endpoints.all().stream().map(row -> row.method() + " " + Routes.normalise(row.path())).toList();

		assertThat(keys).doesNotHaveDuplicates();
	}

	@Test
	void exactlyTheDeclaredPublicRoutesAreOpen() {
		var declaredOpen = routes(route -> route.open());
		var markedOpen = routes(route -> route.row() != null && route.row().open());

		assertThat(markedOpen).as("rows marked open = routes under a declared public pattern").isEqualTo(declaredOpen);
		assertThat(Routes.openPatterns(context)).contains("/login", "/programma/**");
	}

	@Test
	void findsThePagesTheApiAndTheActuator() {
		var routes = Routes.all(context);

		assertThat(routes).anyMatch(route -> route.key().equals("GET /children/{id}"))
			.anyMatch(route -> route.key().equals("PUT /api/v1/children/{id}"))
			.anyMatch(route -> route.actuator() && route.pattern().equals("/actuator/prometheus"))
			.noneMatch(route -> route.pattern().startsWith("/test/") || route.pattern().startsWith("/api/v1/test/"));
	}

	private Set<String> routes(java.util.function.Predicate<Routes.Route> filter) {
		return Routes.all(context).stream().filter(filter).map(Routes.Route::key)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static List<String> keys(List<Routes.Route> routes) {
		return routes.stream().map(Routes.Route::key).toList();
	}
}
