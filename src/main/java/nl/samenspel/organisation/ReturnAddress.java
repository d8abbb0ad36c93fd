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
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Cookies;

/**
 * Remembers the page a visitor asked for before signing in, in a cookie rather than a session, so that an anonymous
 * request writes nothing to the database. Only a page navigation is remembered (a GET that is no htmx request and
 * not for the API or the actuator), and only as a path within the application: the cookie is read back as a local
 * path or not at all, so it can never send anyone to another site. The cookie is {@link Cookies#RETURN_ADDRESS}.
 */
@Component
public class ReturnAddress implements RequestCache {

	private static final int MAX_LENGTH = 1000;

	private final Cookies cookies;

	ReturnAddress(Cookies cookies) {
		this.cookies = cookies;
	}

	/** The page the user asked for before signing in (and forgets it), or the start page. */
	public String next(HttpServletRequest request, HttpServletResponse response) {
		var saved = getRequest(request, response);
		removeRequest(request, response);
		return saved == null ? "/" : saved.getRedirectUrl();
	}

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
		if (cookies.value(request, Cookies.RETURN_ADDRESS) != null) {
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

	private @Nullable String saved(HttpServletRequest request) {
		var value = cookies.value(request, Cookies.RETURN_ADDRESS);
		if (value == null) {
			return null;
		}
		try {
			return local(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
		return cookies.httpOnly(request, Cookies.RETURN_ADDRESS,
				request.getContextPath().isEmpty() ? "/" : request.getContextPath(), value, maxAge);
	}
}
