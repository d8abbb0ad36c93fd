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
 * Starts the session's absolute clock ({@link AbsoluteSessionTimeout}), writes the login to the audit log, and sends a
 * user who needs a second step there ({@link SecondFactorGate}).
 */
class LoginSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditLog audit;
	private final Clock clock;
	private final SecondFactors secondFactors;

	LoginSucceeded(AuditLog audit, Clock clock, SecondFactors secondFactors) {
		this.audit = audit;
		this.clock = clock;
		this.secondFactors = secondFactors;
		setDefaultTargetUrl("/");
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().setAttribute(AbsoluteSessionTimeout.LOGIN_AT, Instant.now(clock).toEpochMilli());
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			// the page asked for stays remembered until the second step is done
			var state = secondFactors.state(user);
			if (state == SecondFactors.State.CODE) {
				// the login succeeds, and is audited, once the code is right
				getRedirectStrategy().sendRedirect(request, response, SecondFactorGate.CODE_PAGE);
				return;
			}
			audit.record(AuditLog.Actor.of(user), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), AuditResult.SUCCESS);
			if (state == SecondFactors.State.ENROLMENT) {
				getRedirectStrategy().sendRedirect(request, response, SecondFactorGate.ENROLMENT_PAGE);
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
