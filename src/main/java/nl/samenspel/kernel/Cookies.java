package nl.samenspel.kernel;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's cookies, named in one place, and whether they are held to production's rules. With
 * {@code samenspel.security.secure-cookies=true} (production behind HTTPS, docs/operations.md) every cookie is
 * Secure, named with the {@code __Host-} prefix, with Path=/ and no Domain: the browser sends it only over HTTPS
 * and only to this host, and no other host (a neighbouring subdomain) and no plain-HTTP answer can set or overwrite
 * it (ASVS 5.0 3.3.1, 3.3.3). Off by default, so the demo over http://localhost and plain-HTTP test clients work;
 * off, a cookie is Secure only when its request came over HTTPS.
 */
@Component
public class Cookies {

	/** What the browser requires of a cookie so named: Secure, Path=/, no Domain. */
	public static final String HOST_PREFIX = "__Host-";

	/** The session (Spring Session). */
	public static final String SESSION = "SAMENSPEL_SESSION";

	/** The CSRF token for htmx and scripts, the one cookie a script may read. */
	public static final String CSRF = "XSRF-TOKEN";

	/** The page asked for before signing in. */
	public static final String RETURN_ADDRESS = "SAMENSPEL_RETURN";

	/** A sign-in in progress at an organisation's OpenID Connect provider. */
	public static final String SIGN_IN = "SAMENSPEL_SIGNIN";

	/**
	 * The key of a kiosk (participation): a random token a worker's browser got when they opened the kiosk on it;
	 * SameSite=Strict ({@link #strict}), read only under {@code /kiosk}.
	 */
	public static final String KIOSK = "SAMENSPEL_KIOSK";

	/** The language chosen with {@code ?lang=}. */
	public static final String LANGUAGE = "samenspel-lang";

	private final boolean secure;

	public Cookies(@Value("${samenspel.security.secure-cookies:false}") boolean secure) {
		this.secure = secure;
	}

	/** Whether every cookie is Secure and {@code __Host-} prefixed. */
	public boolean secure() {
		return secure;
	}

	/** The name a cookie is sent under: one of the constants here, prefixed when {@link #secure()}. */
	public String name(String cookie) {
		return secure ? HOST_PREFIX + cookie : cookie;
	}

	/** The cookie's path: {@code /} when {@link #secure()} (the prefix requires it), else the one given. */
	public String path(String path) {
		return secure ? "/" : path;
	}

	/** Whether a cookie set in answer to this request is Secure: always when {@link #secure()}, else over HTTPS. */
	public boolean secure(HttpServletRequest request) {
		return secure || request.isSecure();
	}

	/**
	 * A cookie no script reads (HttpOnly, SameSite=Lax) under its {@link #name}, {@link #path} and
	 * {@link #secure(HttpServletRequest) Secure} flag; {@code maxAge} 0 deletes it.
	 */
	public Cookie httpOnly(HttpServletRequest request, String cookie, String path, String value, int maxAge) {
		var result = new Cookie(name(cookie), value);
		result.setPath(path(path));
		result.setHttpOnly(true);
		result.setSecure(secure(request));
		result.setMaxAge(maxAge);
		result.setAttribute("SameSite", "Lax");
		return result;
	}

	/** The same as {@link #httpOnly}, but SameSite=Strict: not even a link from another site sends it. */
	public Cookie strict(HttpServletRequest request, String cookie, String path, String value, int maxAge) {
		var result = httpOnly(request, cookie, path, value, maxAge);
		result.setAttribute("SameSite", "Strict");
		return result;
	}

	/** The value of the request's cookie of that {@link #name}, or null. */
	public @org.jspecify.annotations.Nullable String value(HttpServletRequest request, String cookie) {
		var cookies = request.getCookies();
		if (cookies != null) {
			var name = name(cookie);
			for (var candidate : cookies) {
				if (name.equals(candidate.getName())) {
					return candidate.getValue();
				}
			}
		}
		return null;
	}
}
