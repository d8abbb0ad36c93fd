package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Remembers the page a visitor asked for before signing in, in a cookie rather than a session, so that an anonymous
 * request writes nothing to the database. Only a page navigation is remembered (a GET that is no htmx request and
 * not for the API or the actuator), and only as a path within the application: the cookie is read back as a local
 * path or not at all, so it can never send anyone to another site.
 */
class ReturnAddress implements RequestCache {

	static final String COOKIE = "SAMENSPEL_RETURN";

	private static final int MAX_LENGTH = 1000;

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| SecurityConfiguration.API.matches(request)) {
			return;
		}
		var path = local(pathOf(request));
		if (path != null) {
			response.addCookie(cookie(request, Base64.getUrlEncoder().withoutPadding()
				.encodeToString(path.getBytes(StandardCharsets.UTF_8)), 30 * 60));
		}
	}

	@Override
	public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		var path = saved(request);
		return path == null ? null : new SimpleSavedRequest(path);
	}

	/** The page asked for has been reached: forget it. */
	@Override
	public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		var path = saved(request);
		if (path != null && path.equals(pathOf(request))) {
			removeRequest(request, response);
		}
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (hasCookie(request)) {
			response.addCookie(cookie(request, "", 0));
		}
	}

	/** A path within this application ({@code /...}), or null for anything that could lead elsewhere. */
	static @Nullable String local(@Nullable String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
			return null;
		}
		if (path.startsWith("//") || path.startsWith("/\\")) {
			return null;
		}
		for (int i = 0; i < path.length(); i++) {
			var c = path.charAt(i);
			if (c < 0x21 || c == 0x7f || c == '\\') {
				return null;
			}
		}
		return path;
	}

	private static String pathOf(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

	private static @Nullable String saved(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (var cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					return local(new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}

	private static boolean hasCookie(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies != null) {
			for (var cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
		var cookie = new Cookie(COOKIE, value);
		cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}
}
