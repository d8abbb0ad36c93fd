package nl.samenspel.organisation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * Starts the session's absolute clock ({@link AbsoluteSessionTimeout}), notes the device for the sessions page
 * ({@link UserSessions}), keeps the time for the access review ({@link AccessReviews}) and writes the login to the
 * audit log.
 */
class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditLog audit;
	private final Clock clock;
	private final AccessReviewStore reviews;

	LoginSucceeded(AuditLog audit, Clock clock, AccessReviewStore reviews) {
		this.audit = audit;
		this.reviews = reviews;
		this.clock = clock;
		setDefaultTargetUrl("/");
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		var now = Instant.now(clock);
		var session = request.getSession();
		session.setAttribute(AbsoluteSessionTimeout.LOGIN_AT, now.toEpochMilli());
		// what the sessions page shows (account/sessions); no address: the owner and an ADMIN need no more
		session.setAttribute(UserSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			reviews.recordLogin(user.id(), now);
			audit.record(AuditLog.Actor.of(user), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), AuditResult.SUCCESS);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
