package nl.samenspel.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/** Writes a logout to the audit log. */
class LoggedOut implements LogoutHandler {

	private final AuditLog audit;

	LoggedOut(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			audit.record(AuditLog.Actor.of(user), AuditAction.LOGOUT, "user", user.id(), AuditResult.SUCCESS);
		}
	}
}
