package nl.samenspel.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;

/**
 * Reserves an attempt with the throttle before the password is checked (checking and counting in one step), takes
 * it back on success, and writes refused and failed attempts to the audit log: for the account the name belongs
 * to, so its organisation's ADMINs see them; an unknown name stays without organisation or name.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final UserAccounts users;

	ThrottledAuthentication(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit,
			UserAccounts users) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		var attempt = throttle.begin(username, address);
		if (attempt.isEmpty()) {
			audit.record(target(username), AuditAction.LOGIN_THROTTLED, null, null, AuditResult.DENIED);
			throw new LoginThrottled();
		}
		try {
			var result = delegate.authenticate(authentication);
			throttle.succeeded(attempt.get());
			return result;
		}
		catch (AuthenticationException e) {
			audit.record(target(username), AuditAction.LOGIN_FAILED, null, null, AuditResult.FAILURE);
			throw e;
		}
	}

	/** The account the name belongs to, as the audit log's actor; nobody for an unknown name. */
	private AuditLog.Actor target(@Nullable String username) {
		return users.findByUsername(UserManagement.canonical(username))
			.map(user -> new AuditLog.Actor(user.getOrganisationId(), user.getId(), user.getUsername(), null))
			.orElseGet(() -> AuditLog.Actor.anonymous(null));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}
}
