package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries a personal access token, for this request only (nothing goes into a session).
 * An invalid or expired token is refused at once, even on a public path.
 */
class BearerAuthentication extends OncePerRequestFilter {

	/** A request that carries a personal access token ({@code Authorization: Bearer ...}). */
	static final RequestMatcher BEARER = request -> {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	/** Set on a request signed in with a personal access token rather than a session. */
	static final String BEARER_REQUEST = "samenspel.bearer";

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
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(BEARER_REQUEST, Boolean.TRUE);
		chain.doFilter(request, response);
	}
}
