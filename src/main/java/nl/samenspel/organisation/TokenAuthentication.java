package nl.samenspel.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.samenspel.kernel.CurrentUser;

/**
 * A request signed in with a personal access token: its owner, for this one request, within the token's
 * {@link TokenScope}. Never a session: what only a signed-in session may do ({@link #refuse()}) is refused to it.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;
	private final TokenScope scope;

	TokenAuthentication(CurrentUser user, TokenScope scope) {
		super(user.getAuthorities());
		this.user = user;
		this.scope = scope;
		setAuthenticated(true);
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	TokenScope scope() {
		return scope;
	}

	/** Whether the current request is signed in with a token rather than a session. */
	static boolean current() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication;
	}

	/**
	 * Refuses (403) a request signed in with a token: the password, and making or revoking tokens, need a signed-in
	 * session, or a stolen token could lock its owner out or renew itself for ever.
	 */
	static void refuse() {
		if (current()) {
			throw new AccessDeniedException("Only a signed-in session may do this, not a personal access token");
		}
	}
}
