package nl.samenspel.organisation;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;

/** Checks the throttle before the password, counts failures, and writes both outcomes to the audit log. */
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;
	private final LoginThrottle throttle;
	private final AuditLog audit;

	ThrottledAuthentication(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.isBlocked(username, address)) {
			audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_THROTTLED, null, null, AuditResult.DENIED);
			throw new LoginThrottled();
		}
		try {
			var result = delegate.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (AuthenticationException e) {
			throttle.recordFailure(username, address);
			audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_FAILED, null, null, AuditResult.FAILURE);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}
}
