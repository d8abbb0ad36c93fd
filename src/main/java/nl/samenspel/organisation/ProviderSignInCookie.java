package nl.samenspel.organisation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

import nl.samenspel.kernel.Cookies;
import nl.samenspel.kernel.Encryption;

/**
 * Keeps the sign-in a visitor started at their organisation's provider (state, nonce, PKCE verifier) in a cookie
 * rather than a session, so that starting a sign-in writes nothing to the database. The cookie is sealed with the
 * application's key (AES-GCM, so it can be neither read nor changed), lives ten minutes, is sent only to the
 * provider's way back ({@code /login/oauth2/}) and is used once. With secure cookies ({@link Cookies#secure()}) it is
 * {@code __Host-SAMENSPEL_SIGNIN} with Path=/, as that prefix requires: it then also rides along with this host's
 * other requests for those minutes, sealed and HttpOnly, while the browser is mostly at the provider anyway.
 */
class ProviderSignInCookie implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	private static final String PURPOSE = "oidc-authorization-request";
	private static final Duration LIFE = Duration.ofMinutes(10);
	private static final int MAX_COOKIE = 3800;

	private final Encryption encryption;
	private final Clock clock;
	private final Cookies cookies;

	ProviderSignInCookie(Encryption encryption, Clock clock, Cookies cookies) {
		this.encryption = encryption;
		this.clock = clock;
		this.cookies = cookies;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		var stored = read(request);
		var state = request.getParameter(OAuth2ParameterNames.STATE);
		if (stored == null || state == null || !state.equals(stored.getState())) {
			return null;
		}
		return stored;
	}

	@Override
	public void saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			HttpServletRequest request, HttpServletResponse response) {
		if (authorizationRequest == null) {
			removeAuthorizationRequest(request, response);
			return;
		}
		var value = Base64.getUrlEncoder().withoutPadding().encodeToString(encryption.seal(encode(authorizationRequest),
				PURPOSE).getBytes(StandardCharsets.UTF_8));
		if (value.length() > MAX_COOKIE) {
			throw new IllegalStateException("sign-in request too large for a cookie");
		}
		response.addCookie(cookie(request, value, (int) LIFE.toSeconds()));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		var stored = loadAuthorizationRequest(request);
		if (hasCookie(request)) {
			response.addCookie(cookie(request, "", 0));
		}
		return stored;
	}

	private String encode(OAuth2AuthorizationRequest request) {
		var fields = new StringJoiner("&");
		add(fields, "at", Long.toString(Instant.now(clock).getEpochSecond()));
		add(fields, "authorizationUri", request.getAuthorizationUri());
		add(fields, "clientId", request.getClientId());
		add(fields, "redirectUri", request.getRedirectUri());
		add(fields, "scope", String.join(" ", request.getScopes()));
		add(fields, "state", request.getState());
		add(fields, "requestUri", request.getAuthorizationRequestUri());
		request.getAdditionalParameters().forEach((key, value) -> add(fields, "p." + key, String.valueOf(value)));
		request.getAttributes().forEach((key, value) -> add(fields, "a." + key, String.valueOf(value)));
		return fields.toString();
	}

	private @Nullable OAuth2AuthorizationRequest read(HttpServletRequest request) {
		var cookie = cookieValue(request);
		if (cookie == null || cookie.isEmpty() || cookie.length() > MAX_COOKIE) {
			return null;
		}
		Map<String, String> fields = new HashMap<>();
		try {
			var plain = encryption.open(new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8), PURPOSE);
			if (plain == null) {
				return null;
			}
			for (var pair : plain.split("&")) {
				var equals = pair.indexOf('=');
				fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
			var at = Instant.ofEpochSecond(Long.parseLong(fields.get("at")));
			if (at.plus(LIFE).isBefore(Instant.now(clock))) {
				return null;
			}
		}
		catch (RuntimeException e) {
			// not sealed by us, changed, or sealed with a key that is gone: no sign-in to continue
			return null;
		}
		var parameters = new HashMap<String, Object>();
		var attributes = new HashMap<String, Object>();
		fields.forEach((key, value) -> {
			if (key.startsWith("p.")) {
				parameters.put(key.substring(2), value);
			}
			else if (key.startsWith("a.")) {
				attributes.put(key.substring(2), value);
			}
		});
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(fields.get("authorizationUri"))
			.clientId(fields.get("clientId"))
			.redirectUri(fields.get("redirectUri"))
			.scopes(new LinkedHashSet<>(java.util.List.of(fields.getOrDefault("scope", "").split(" "))))
			.state(fields.get("state"))
			.additionalParameters(parameters)
			.attributes(attributes)
			.authorizationRequestUri(fields.get("requestUri"))
			.build();
	}

	private static void add(StringJoiner fields, String key, @Nullable String value) {
		if (value != null) {
			fields.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private @Nullable String cookieValue(HttpServletRequest request) {
		return cookies.value(request, Cookies.SIGN_IN);
	}

	private boolean hasCookie(HttpServletRequest request) {
		return cookieValue(request) != null;
	}

	// SameSite=Lax: the provider sends the browser back with a top-level GET, which carries it
	private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
		return cookies.httpOnly(request, Cookies.SIGN_IN, request.getContextPath() + "/login/oauth2/", value, maxAge);
	}
}
