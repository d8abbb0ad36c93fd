package nl.samenspel.organisation;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * For the role rule of a route that only a signed-in session may use, not a personal access token (the password,
 * making and revoking tokens): {@code @PreAuthorize("@sessionOnly.signedIn(authentication)")}, which the security
 * filter chain checks before the request is read.
 */
@Component
public class SessionOnly {

	/** The rule, to put in {@code @PreAuthorize}. */
	public static final String RULE = "@sessionOnly.signedIn(authentication)";

	/** Whether a user signed in with a session (not a token, not anonymous). */
	public boolean signedIn(Authentication authentication) {
		return authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)
				&& !(authentication instanceof TokenAuthentication);
	}
}
