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

import nl.samenspel.kernel.Cookies;

/**
 * Gives every signed-in response that lacks it the CSRF cookie ({@link Cookies#CSRF}), API GETs included: the token is only
 * made when something reads it (a page's form), so a script that signed in and then only called the API had none
 * for its first write. Requests with a personal access token need no CSRF token and get no cookie.
 */
class CsrfCookie extends OncePerRequestFilter {

	private final Cookies cookies;

	CsrfCookie(Cookies cookies) {
		this.cookies = cookies;
	}

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

	private boolean hasCookie(HttpServletRequest request) {
		var value = cookies.value(request, Cookies.CSRF);
		return value != null && !value.isEmpty();
	}
}
