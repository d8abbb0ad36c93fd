package nl.samenspel.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the shared layout needs, handed to every page as the model attribute {@code page}: the texts in the
 * request's language, who is signed in, the CSRF token for forms and htmx, the navigation and a one-off notice.
 */
public record Page(Messages messages, @Nullable CurrentUser user, @Nullable Csrf csrf, String path,
		List<NavigationItem> navigation, @Nullable String notice) {

	/** The CSRF token as forms ({@code parameterName}) and htmx ({@code headerName}) send it back. */
	public record Csrf(String parameterName, String headerName, String token) {
	}

	public String t(String key, Object... arguments) {
		return messages.t(key, arguments);
	}

	public String lang() {
		return messages.language();
	}

	/** The language a switch link offers: English on a Dutch page and the other way round. */
	public String otherLang() {
		return "en".equals(lang()) ? "nl" : "en";
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean isCurrent(NavigationItem item) {
		return path.equals(item.path()) || path.startsWith(item.path() + "/");
	}

	/** The htmx {@code hx-headers} value that carries the CSRF token. */
	public String htmxHeaders() {
		if (csrf == null) {
			return "{}";
		}
		return "{\"" + csrf.headerName() + "\": \"" + csrf.token() + "\"}";
	}
}
