package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries a personal access token, for this request only (nothing goes into a session).
 * A token is for the API only ({@link SecurityConfiguration#API}): a page or form that carries one is refused (401)
 * and never served as its owner. An invalid or expired token is refused at once, even on a public path. A request
 * outside the token's scope ({@link TokenScope}) gets 403 before anything of it is read. The sign-in is a
 * {@link TokenAuthentication}, which the routes that need a session refuse ({@link SessionOnly}).
 */
class BearerAuthentication extends OncePerRequestFilter {

	/** A request that carries a personal access token ({@code Authorization: Bearer ...}). */
	static final RequestMatcher BEARER = request -> {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	private final TokenManagement tokens;
	private final ApiEntryPoint refusal;
	private final ApiAccessDenied denial;

	BearerAuthentication(TokenManagement tokens, ApiEntryPoint refusal, ApiAccessDenied denial) {
		this.tokens = tokens;
		this.refusal = refusal;
		this.denial = denial;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!BEARER.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!SecurityConfiguration.API.matches(request)) {
			refusal.commence(request, response, new BadCredentialsException("a token is for the API only"));
			return;
		}
		var secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
		var token = tokens.authenticate(secret);
		if (token.isEmpty()) {
			refusal.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		if (!token.get().scope().allows(request.getMethod())) {
			denial.handle(request, response, new AccessDeniedException("outside the token's scope"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token.get());
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
