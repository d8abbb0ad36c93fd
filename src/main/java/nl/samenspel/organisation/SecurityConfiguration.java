package nl.samenspel.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.samenspel.audit.AuditLog;
import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.PublicRoutes;
import nl.samenspel.ui.RefusedPage;

/**
 * Who gets in, and how. Pages: form login at {@code /login} with a session stored in the database (30 minutes
 * idle, 8 hours at most, a new id at login; only a login starts one, the page to return to is kept in a cookie by
 * {@link ReturnAddress}), CSRF tokens in forms and in the {@code XSRF-TOKEN} cookie for htmx and scripts; in
 * production every cookie is Secure and {@code __Host-} prefixed ({@link Cookies}). The API,
 * and only the API, also takes personal access tokens ({@code Authorization: Bearer ...}), which need no CSRF token
 * there and may only read when their scope says so ({@link BearerAuthentication}). An organisation may also let its
 * people sign in through its own OpenID Connect provider ({@link ProviderSignIn}).
 * Failed logins are throttled per account and per address. A password alone is not enough for a user with a second
 * factor, or whose role requires one ({@link SecondFactorGate}). Which role may use which page or endpoint each module
 * declares on its controllers ({@code @PreAuthorize}); this chain enforces those declarations before a request is
 * read ({@link DeclaredAccess}), and every request except the public ones needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI styles its own elements inline; this relaxation applies to its pages only. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final Pattern FIXED_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

	static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/")
			|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");

	/** The pages of a child signed in with their own login (participation's {@code /kind}). */
	static final RequestMatcher CHILD_PAGES = request -> {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/kind") || path.startsWith("/kind/");
	};

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id with 19 MiB of memory and two passes (OWASP's minimum); bcrypt (cost 12) kept for migration.
		var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12)));
	}

	@Bean
	UserDetailsService userDetailsService(UserManagement users) {
		return username -> {
			var user = users.load(username);
			if (user == null) {
				throw new UsernameNotFoundException("unknown or inactive");
			}
			return user;
		};
	}

	/**
	 * The session cookie: its name from {@link Cookies} (Boot's {@code server.servlet.session.cookie.*} gives the rest:
	 * HttpOnly, SameSite=Lax); with secure cookies Secure, {@code __Host-} prefixed, Path=/.
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookie(Cookies cookies) {
		return serializer -> {
			serializer.setCookieName(cookies.name(Cookies.SESSION));
			if (cookies.secure()) {
				serializer.setUseSecureCookie(true);
				serializer.setCookiePath("/");
				serializer.setDomainName(null);
			}
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain swaggerChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http, UserDetailsService userDetails, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit, UserAccounts users, TokenManagement tokens, SecuritySettings settings, Clock clock,
			MessageSource messages, RefusedPage refusedPage,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
			ObjectProvider<PublicRoutes> publicRoutes, PlatformOperators operators, AccessReviewStore reviews,
			ApplicationContext context, ProviderSignIn providerSignIn, SecondFactors secondFactors, Cookies cookies,
			ReturnAddress returnAddress) throws Exception {
		var apiEntryPoint = new ApiEntryPoint(messages);
		var apiAccessDenied = new ApiAccessDenied(messages);
		var dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		var provider = new ThrottledAuthentication(dao, throttle, audit, users);
		var csrfHandler = new CsrfTokenRequestAttributeHandler();
		// no session for anonymous requests: the page to return to after login goes into a cookie (ReturnAddress)
		var csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookieName(cookies.name(Cookies.CSRF));
		csrfTokens.setCookieCustomizer(cookie -> {
			if (cookies.secure()) {
				cookie.secure(true).path("/");
			}
		});
		// Spring Session expires its cookie too; this one is Secure even where the request does not look like HTTPS
		LogoutHandler sessionCookieGone = (request, response, authentication) -> response.addCookie(cookies.httpOnly(
				request, Cookies.SESSION, request.getContextPath() + "/", "", 0));
		var loginSucceeded = new LoginSucceeded(audit, clock, reviews, secondFactors);
		loginSucceeded.setRequestCache(returnAddress);

		// The throttle must have the last word: no parent manager may retry a refused login.
		// The organisation's own OpenID Connect provider checks its users itself (ProviderSignIn).
		http.authenticationManager(new ProviderManager(provider, providerSignIn.authenticationProvider()))
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**")
				.permitAll()
				// installation-wide figures: for the platform's operator, never for an organisation's ADMIN
				.requestMatchers("/actuator/prometheus")
				.access((authentication, request) -> new AuthorizationDecision(operators.operator(authentication.get())))
				.requestMatchers("/actuator/**").denyAll()
				// after the platform's own rules, so no module can open the actuator; before the catch-all
				.requestMatchers(publicPatterns(publicRoutes.orderedStream().toList()))
				.permitAll()
				// a child signed in with their own login uses the child's pages and nothing else (ChildAccounts)
				.requestMatchers(ChildAccounts.OUTSIDE_CHILD_PAGES)
				.denyAll()
				.anyRequest().access(new DeclaredAccess(handlerMappings, context)))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(loginSucceeded)
				.failureHandler(new LoginFailed()))
			.oauth2Login(login -> providerSignIn.configure(login, loginSucceeded))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(new LoggedOut(audit))
				// a child goes back to the child's login, anyone else to the login page
				.logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(request.getContextPath()
						+ (authentication != null && ChildAccounts.child(authentication.getPrincipal()) ? "/kind/inloggen?uit"
								: "/login?logout")))
				.addLogoutHandler(sessionCookieGone))
			.requestCache(cache -> cache.requestCache(returnAddress))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(csrfHandler)
				.ignoringRequestMatchers(new AndRequestMatcher(API, BearerAuthentication.BEARER)))
			.exceptionHandling(exceptions -> exceptions
				.defaultAccessDeniedHandlerFor(new AuditedRefusal(apiAccessDenied, audit), API)
				.defaultAccessDeniedHandlerFor(new AuditedRefusal(refusedPage, audit), request -> true)
				.defaultAuthenticationEntryPointFor(apiEntryPoint, API)
				// a child's pages lead a child whose session ended back to the child's login
				.defaultAuthenticationEntryPointFor(new PageEntryPoint("/kind/inloggen"), CHILD_PAGES)
				.defaultAuthenticationEntryPointFor(new PageEntryPoint("/login"), request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")))
			.addFilterBefore(new AbsoluteSessionTimeout(settings, clock), SecurityContextHolderFilter.class)
			.addFilterAfter(new BearerAuthentication(tokens, apiEntryPoint, apiAccessDenied), SecurityContextHolderFilter.class)
			.addFilterAfter(new CsrfCookie(cookies), CsrfFilter.class)
			// a password alone opens only the second step (or the enrolment a role requires), before any role rule
			.addFilterBefore(new SecondFactorGate(secondFactors, apiEntryPoint), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The path patterns the modules open to everyone ({@link PublicRoutes}), sorted so the chain reads the same on
	 * every start. A pattern that does not start with a fixed segment is refused at start: it could open other
	 * modules' routes.
	 */
	static String[] publicPatterns(List<PublicRoutes> modules) {
		var patterns = new TreeSet<String>();
		for (var module : modules) {
			for (var pattern : module.patterns()) {
				var first = pattern.startsWith("/") ? pattern.substring(1).split("/", 2)[0] : "";
				if (!FIXED_SEGMENT.matcher(first).matches()) {
					throw new IllegalStateException(module.getClass().getName() + " opens '" + pattern
							+ "' to everyone; a public route starts with a fixed segment, such as /programma/**");
				}
				patterns.add(pattern);
			}
		}
		return patterns.toArray(String[]::new);
	}
}
