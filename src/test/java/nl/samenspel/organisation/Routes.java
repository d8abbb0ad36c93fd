package nl.samenspel.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import nl.samenspel.kernel.PublicRoutes;

/**
 * The routes the running application serves, read from its request mappings rather than kept by hand: every path
 * pattern with every HTTP method of every handler method (the application's controllers, and the actuator's
 * endpoints from their own handler mapping). The role, isolation and hostile-input tests run over these, so a new
 * endpoint is covered the day it is added; {@link Endpoints} holds what each one should do (the spec), and
 * {@code RouteCoverageTests} fails for a route without a row there.
 */
final class Routes {

	/** The application's own mapping; every other {@link RequestMappingInfoHandlerMapping} is the actuator's. */
	static final String APPLICATION_MAPPING = "requestMappingHandlerMapping";

	/**
	 * What the platform itself opens to everyone, besides the modules' {@link PublicRoutes}: the error page, the API's
	 * documentation (its own filter chain) and the health probe ({@code SecurityConfiguration}).
	 */
	static final List<String> PLATFORM_PUBLIC = List.of("/error", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
			"/v3/api-docs/**", "/actuator/health", "/actuator/health/**");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	private static volatile List<Route> discovered;

	private Routes() {
	}

	/** One route: a path pattern and an HTTP method, the handler method that answers it, and the table's row. */
	record Route(HttpMethod method, String pattern, HandlerMethod handler, boolean actuator, boolean open,
			Endpoints row) {

		/** The method and the pattern with every path variable written {@code {id}}: how the table names a route. */
		String key() {
			return method + " " + normalise(pattern);
		}

		boolean api() {
			return pattern.startsWith("/api/") || pattern.startsWith("/actuator/");
		}

		boolean hasVariables() {
			return pattern.contains("{");
		}

		List<String> variables() {
			var names = new ArrayList<String>();
			var matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group().substring(1, matcher.group().length() - 1).replaceAll(":.*", ""));
			}
			return names;
		}

		/**
		 * The request with the given kind of input: the table's (valid, none, malformed) when the route has a row,
		 * otherwise one made from the pattern, with ids, and for malformed input {@link HostileRequests}' garbage.
		 */
		AbstractMockHttpServletRequestBuilder<?> request(UUID id, Endpoints.Input input) {
			if (row != null) {
				return row.request(id, input);
			}
			if (input == Endpoints.Input.MALFORMED) {
				return HostileRequests.request(this, HostileRequests.Kind.GARBAGE, () -> id);
			}
			var path = pattern.replace("/**", "/x");
			for (var variable : variables()) {
				path = path.replaceFirst("\\{" + Pattern.quote(variable) + "(:[^}]*)?}", id.toString());
			}
			return MockMvcRequestBuilders.request(method, java.net.URI.create(path));
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/** The path with each path variable as {@code {id}} and without a query: the key a route and a row share. */
	static String normalise(String path) {
		var query = path.indexOf('?');
		return VARIABLE.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("{id}");
	}

	/** Every route of the running application, sorted; the same list for every test class of the one context. */
	static List<Route> all(ApplicationContext context) {
		var routes = discovered;
		if (routes == null) {
			routes = discover(context);
			discovered = routes;
		}
		return routes;
	}

	/** Every route that has no row in the table: the ones {@code RouteCoverageTests} names. */
	static List<Route> withoutRow(ApplicationContext context) {
		return all(context).stream().filter(route -> route.row() == null).toList();
	}

	private static List<Route> discover(ApplicationContext context) {
		var rows = new java.util.HashMap<String, Endpoints>();
		for (var row : Endpoints.all()) {
			rows.putIfAbsent(row.method() + " " + normalise(row.path()), row);
		}
		var open = openPatterns(context);
		var routes = new ArrayList<Route>();
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).entrySet()) {
			var actuator = !mapping.getKey().equals(APPLICATION_MAPPING);
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getValue().getHandlerMethods().entrySet()) {
				var handler = entry.getValue();
				if (handler.getBeanType().isAnnotationPresent(TestComponent.class)) {
					// the tests' own deliberately broken controller is no route of the application
					continue;
				}
				var methods = entry.getKey().getMethodsCondition().getMethods();
				var verbs = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
				for (var pattern : entry.getKey().getPatternValues()) {
					for (var verb : verbs) {
						var method = HttpMethod.valueOf(verb.name());
						var isOpen = open.stream().anyMatch(it -> MATCHER.match(it, pattern));
						var route = new Route(method, pattern, handler, actuator, isOpen,
								rows.get(method + " " + normalise(pattern)));
						routes.add(route);
					}
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(route -> route.method().name()));
		return List.copyOf(routes);
	}

	/** The patterns anyone may use: the modules' {@link PublicRoutes} and the platform's own. */
	static Set<String> openPatterns(ApplicationContext context) {
		var open = new TreeSet<String>(PLATFORM_PUBLIC);
		context.getBeanProvider(PublicRoutes.class).orderedStream().forEach(routes -> open.addAll(routes.patterns()));
		return open;
	}
}
