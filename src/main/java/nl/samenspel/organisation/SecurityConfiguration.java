package nl.samenspel.organisation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.RefusedPage;

/**
 * Who gets in, and how. Pages: form login at {@code /login} with a session stored in the database (30 minutes
 * idle, 8 hours at most, a new id at login), CSRF tokens in forms and in the {@code XSRF-TOKEN} cookie for htmx and
 * scripts. The API also takes personal access tokens ({@code Authorization: Bearer ...}), which need no CSRF token.
 * Failed logins are throttled per account and per address. Which role may use which page or endpoint each module
 * declares on its controllers ({@code @PreAuthorize}); this chain enforces those declarations before a request is
 * read ({@link DeclaredAccess}), and every request except the public ones needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String LOGIN_AT = "samenspel.loginAt";

	/** Set on a request signed in with a personal access token rather than a session. */
	static final String BEARER_REQUEST = "samenspel.bearer";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI styles its own elements inline; this relaxation applies to its pages only. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final RequestMatcher BEARER = request -> {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/")
			|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");

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
			LoginThrottle throttle, AuditLog audit, TokenManagement tokens, SecuritySettings settings, Clock clock,
			org.springframework.context.MessageSource messages, RefusedPage refusedPage,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
			org.springframework.context.ApplicationContext context)
			throws Exception {
		var apiEntryPoint = new ApiEntryPoint(messages);
		var dao = new DaoAuthenticationProvider(userDetails);
		dao.setPasswordEncoder(encoder);
		var provider = new ThrottledAuthentication(dao, throttle, audit);
		var csrfHandler = new CsrfTokenRequestAttributeHandler();

		// The throttle must have the last word: no parent manager may retry a refused login.
		http.authenticationManager(new org.springframework.security.authentication.ProviderManager(provider))
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/activate", "/password-reset", "/password-reset/**", "/css/**", "/js/**",
						"/images/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
						"/programma", "/programma/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
				.requestMatchers("/actuator/**").denyAll()
				.anyRequest().access(new DeclaredAccess(handlerMappings, context)))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LoginSucceeded(audit, clock))
				.failureHandler(new LoginFailed()))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(new LoggedOut(audit))
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("SAMENSPEL_SESSION"))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(csrfHandler)
				.ignoringRequestMatchers(BEARER))
			.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(new ApiAccessDenied(messages), API)
				.defaultAccessDeniedHandlerFor(refusedPage, request -> true)
				.defaultAuthenticationEntryPointFor(apiEntryPoint, API)
				.defaultAuthenticationEntryPointFor(new PageEntryPoint("/login"), request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)")))
			.addFilterBefore(new AbsoluteSessionTimeout(settings, clock), SecurityContextHolderFilter.class)
			.addFilterAfter(new BearerAuthentication(tokens, apiEntryPoint), SecurityContextHolderFilter.class);
		return http.build();
	}

	/** Checks the throttle before the password, counts failures, and writes both outcomes to the audit log. */
	static class ThrottledAuthentication implements AuthenticationProvider {

		private final DaoAuthenticationProvider delegate;
		private final LoginThrottle throttle;
		private final AuditLog audit;

		ThrottledAuthentication(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
			this.delegate = delegate;
			this.throttle = throttle;
			this.audit = audit;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			var username = authentication.getName();
			var address = authentication.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : null;
			if (throttle.isBlocked(username, address)) {
				audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_THROTTLED, null, null, AuditResult.DENIED);
				throw new LoginThrottled();
			}
			try {
				var result = delegate.authenticate(authentication);
				throttle.recordSuccess(username);
				return result;
			}
			catch (AuthenticationException e) {
				throttle.recordFailure(username, address);
				audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_FAILED, null, null, AuditResult.FAILURE);
				throw e;
			}
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return delegate.supports(authentication);
		}
	}

	/** Too many failures: the same answer whether or not the account exists. */
	static class LoginThrottled extends BadCredentialsException {

		LoginThrottled() {
			super("throttled");
		}
	}

	static class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

		private final AuditLog audit;
		private final Clock clock;

		LoginSucceeded(AuditLog audit, Clock clock) {
			this.audit = audit;
			this.clock = clock;
			setDefaultTargetUrl("/");
			setAlwaysUseDefaultTargetUrl(false);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			request.getSession().setAttribute(LOGIN_AT, Instant.now(clock).toEpochMilli());
			if (authentication.getPrincipal() instanceof CurrentUser user) {
				audit.record(AuditLog.Actor.of(user), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), AuditResult.SUCCESS);
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}

	static class LoginFailed extends SimpleUrlAuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			var target = exception instanceof LoginThrottled ? "/login?blocked" : "/login?error";
			getRedirectStrategy().sendRedirect(request, response, target);
		}
	}

	static class LoggedOut implements LogoutHandler {

		private final AuditLog audit;

		LoggedOut(AuditLog audit) {
			this.audit = audit;
		}

		@Override
		public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				audit.record(AuditLog.Actor.of(user), AuditAction.LOGOUT, "user", user.id(), AuditResult.SUCCESS);
			}
		}
	}

	/**
	 * The API answers 401 with a problem; it never redirects to a login page. The detail is in English when the
	 * client asks for it ({@code Accept-Language}), in Dutch otherwise.
	 */
	static class ApiEntryPoint implements AuthenticationEntryPoint {

		private final org.springframework.context.MessageSource messages;

		ApiEntryPoint(org.springframework.context.MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problem(request, response, HttpStatus.UNAUTHORIZED, messages);
		}

		private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
			.build();

		/**
		 * Writes a problem (RFC 9457) for a refusal by the filter chain: the status, its title, and the detail of
		 * {@code error.<status>.text} in English when the client asks for it, in Dutch otherwise.
		 */
		static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
				org.springframework.context.MessageSource messages) throws IOException {
			var locale = "en".equals(request.getLocale().getLanguage()) ? java.util.Locale.ENGLISH
					: java.util.Locale.forLanguageTag("nl");
			var problem = new java.util.LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", messages.getMessage("error." + status.value() + ".text", null, locale));
			problem.put("instance", request.getRequestURI());
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(JSON.writeValueAsString(problem));
		}
	}

	/** A signed-in user refused by the API gets a problem (403), in English when asked for, in Dutch otherwise. */
	static class ApiAccessDenied implements org.springframework.security.web.access.AccessDeniedHandler {

		private final org.springframework.context.MessageSource messages;

		ApiAccessDenied(org.springframework.context.MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException exception) throws IOException {
			ApiEntryPoint.problem(request, response, HttpStatus.FORBIDDEN, messages);
		}
	}

	/** Pages go to the login form; an htmx request whose session ended is told to load the login page whole. */
	static class PageEntryPoint extends LoginUrlAuthenticationEntryPoint {

		PageEntryPoint(String loginFormUrl) {
			super(loginFormUrl);
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				return;
			}
			super.commence(request, response, exception);
		}
	}

	/** Ends a session that has lasted longer than the absolute limit (8 hours), however active it was. */
	static class AbsoluteSessionTimeout extends OncePerRequestFilter {

		private final SecuritySettings settings;
		private final Clock clock;

		AbsoluteSessionTimeout(SecuritySettings settings, Clock clock) {
			this.settings = settings;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var session = request.getSession(false);
			if (session != null && session.getAttribute(LOGIN_AT) instanceof Long loginAt
					&& Instant.ofEpochMilli(loginAt).plus(settings.sessionAbsoluteTimeout()).isBefore(Instant.now(clock))) {
				session.invalidate();
			}
			chain.doFilter(request, response);
		}
	}

	/**
	 * Signs in a request that carries a personal access token, for this request only (nothing goes into a session).
	 * An invalid or expired token is refused at once, even on a public path.
	 */
	static class BearerAuthentication extends OncePerRequestFilter {

		private final TokenManagement tokens;
		private final ApiEntryPoint refusal;

		BearerAuthentication(TokenManagement tokens, ApiEntryPoint refusal) {
			this.tokens = tokens;
			this.refusal = refusal;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!BEARER.matches(request)) {
				chain.doFilter(request, response);
				return;
			}
			var secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
			var user = tokens.authenticate(secret);
			if (user.isEmpty()) {
				refusal.commence(request, response, new BadCredentialsException("invalid token"));
				return;
			}
			var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
			context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user.get(), null, user.get().getAuthorities()));
			org.springframework.security.core.context.SecurityContextHolder.setContext(context);
			request.setAttribute(BEARER_REQUEST, Boolean.TRUE);
			chain.doFilter(request, response);
		}
	}
}
