package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every signed-in response that lacks it the {@code XSRF-TOKEN} cookie, API GETs included: the token is only
 * made when something reads it (a page's form), so a script that signed in and then only called the API had none
 * for its first write. Requests with a personal access token need no CSRF token and get no cookie.
 */
class CsrfCookie extends OncePerRequestFilter {

	static final String COOKIE = "XSRF-TOKEN";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!BearerAuthentication.BEARER.matches(request) && !hasCookie(request) && signedIn()
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	private static boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean hasCookie(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies != null) {
			for (var cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}
}
