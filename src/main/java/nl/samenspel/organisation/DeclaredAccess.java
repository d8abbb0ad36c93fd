package nl.samenspel.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Enforces, where a request enters (the security filter chain), the role rule each module declares on its routes:
 * the {@code @PreAuthorize} on the handler method, or else on its controller. A role that may not use a route is
 * refused (403) before anything of the request is read, so without parameters or with nonsense in them it learns
 * nothing (no 400 naming a missing field, no 404 for an id). A route without a declared rule needs a signed-in
 * user. The annotations stay in force on the controllers too, as a second check.
 * <p>
 * Routes are matched on path pattern and HTTP method only (the most specific pattern wins, as in Spring MVC);
 * where several handlers share that pattern and method (an htmx variant, another content type), a role any of them
 * allows passes here and the handler's own annotation decides. Rules are expressions on roles ({@code hasRole},
 * {@code hasAnyRole}) and on the signed-in user through a bean ({@code @platformOperators.operator(authentication)});
 * an expression about method arguments cannot be checked here and is refused at start.
 */
class DeclaredAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN = AuthenticatedAuthorizationManager
		.authenticated();

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final org.springframework.context.@Nullable ApplicationContext context;

	private volatile @Nullable List<Route> routes;

	/** With the application context, a rule may also ask a bean ({@code @platformOperators.operator(authentication)}). */
	DeclaredAccess(ObjectProvider<RequestMappingHandlerMapping> mappings,
			org.springframework.context.@Nullable ApplicationContext context) {
		this.mappings = mappings;
		this.context = context;
	}

	/** The request attribute naming the route pattern a request matched, for the audit log of a refusal. */
	static final String ROUTE = "samenspel.route";

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		var request = context.getRequest();
		var matching = matching(request.getMethod(), pathOf(request));
		if (!matching.isEmpty()) {
			request.setAttribute(ROUTE, matching.get(0).pattern().getPatternString());
		}
		return ruleOf(matching).authorize(authentication, context);
	}

	/** The routes a request matches, the most specific first. */
	private List<Route> matching(String method, PathContainer path) {
		var requested = "HEAD".equals(method) ? "GET" : method;
		return routes().stream()
			.filter(route -> route.methods().isEmpty() || route.methods().stream().anyMatch(m -> m.name().equals(requested)))
			.filter(route -> route.pattern().matches(path))
			.sorted(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
	}

	/** The rule for a request: the declared rules of the most specific matching routes, or "signed in". */
	private static AuthorizationManager<RequestAuthorizationContext> ruleOf(List<Route> matching) {
		if (matching.isEmpty()) {
			return SIGNED_IN;
		}
		var best = matching.get(0).pattern();
		var rules = matching.stream()
			.filter(route -> PathPattern.SPECIFICITY_COMPARATOR.compare(route.pattern(), best) == 0)
			.map(Route::rule)
			.distinct()
			.toList();
		if (rules.size() == 1) {
			return rules.get(0);
		}
		@SuppressWarnings("unchecked")
		var any = AuthorizationManagers.anyOf(rules.toArray(AuthorizationManager[]::new));
		return any;
	}

	private static PathContainer pathOf(jakarta.servlet.http.HttpServletRequest request) {
		return RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
	}

	private List<Route> routes() {
		var known = routes;
		if (known == null) {
			known = read(mappings.getObject(), context);
			routes = known;
		}
		return known;
	}

	/** One route per path pattern of every handler method, with the rule declared for it. */
	static List<Route> read(RequestMappingHandlerMapping mapping, org.springframework.context.@Nullable ApplicationContext context) {
		var routes = new ArrayList<Route>();
		var rules = new java.util.HashMap<String, AuthorizationManager<RequestAuthorizationContext>>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			var rule = ruleOf(handler, rules, context);
			var methods = info.getMethodsCondition().getMethods();
			var patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatterns()
					: info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse).toList();
			for (var pattern : patterns) {
				routes.add(new Route(pattern, methods.isEmpty() ? Set.of() : EnumSet.copyOf(methods), rule));
			}
		});
		return List.copyOf(routes);
	}

	private static AuthorizationManager<RequestAuthorizationContext> ruleOf(HandlerMethod handler,
			java.util.Map<String, AuthorizationManager<RequestAuthorizationContext>> rules,
			org.springframework.context.@Nullable ApplicationContext context) {
		var declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (declared == null) {
			declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (declared == null) {
			return SIGNED_IN;
		}
		var expression = declared.value();
		if (expression.contains("#") || expression.contains("returnObject") || expression.contains("filterObject")) {
			throw new IllegalStateException("The role rule of " + handler + " refers to its arguments; the filter chain "
					+ "cannot check it before reading the request: " + expression);
		}
		return rules.computeIfAbsent(expression, it -> {
			var manager = new WebExpressionAuthorizationManager(it);
			if (context != null) {
				var handlers = new org.springframework.security.web.access.expression.DefaultHttpSecurityExpressionHandler();
				handlers.setApplicationContext(context);
				manager.setExpressionHandler(handlers);
			}
			return manager;
		});
	}

	record Route(PathPattern pattern, Set<RequestMethod> methods, AuthorizationManager<RequestAuthorizationContext> rule) {
	}
}
