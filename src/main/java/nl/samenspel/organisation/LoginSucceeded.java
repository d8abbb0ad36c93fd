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
 * ({@link UserSessions}), and sends a user who needs a second step there ({@link SecondFactorGate}); a login that
 * needs no second step, or passed one at the organisation's own provider, is written to the audit log and kept as the
 * user's last login for the access review ({@link AccessReviews}) here, one with a code once the code is right.
 */
class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditLog audit;
	private final Clock clock;
	private final AccessReviewStore reviews;
	private final SecondFactors secondFactors;

	LoginSucceeded(AuditLog audit, Clock clock, AccessReviewStore reviews, SecondFactors secondFactors) {
		this.audit = audit;
		this.reviews = reviews;
		this.clock = clock;
		this.secondFactors = secondFactors;
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
			// the page asked for stays remembered until the second step is done; a provider's login did its own
			var state = SecondFactorGate.passed(authentication) ? SecondFactors.State.NONE : secondFactors.state(user);
			if (state == SecondFactors.State.CODE) {
				// the login succeeds, and is audited, once the code is right
				getRedirectStrategy().sendRedirect(request, response, SecondFactorGate.CODE_PAGE);
				return;
			}
			reviews.recordLogin(user.id(), now);
			audit.record(AuditLog.Actor.of(user), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), AuditResult.SUCCESS);
			if (state == SecondFactors.State.ENROLMENT) {
				getRedirectStrategy().sendRedirect(request, response, SecondFactorGate.ENROLMENT_PAGE);
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
