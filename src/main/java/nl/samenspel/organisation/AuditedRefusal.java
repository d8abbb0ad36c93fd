package nl.samenspel.organisation;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * Writes a DENIED entry to the audit log when the filter chain refuses a signed-in user (a role rule of
 * {@link DeclaredAccess}, the actuator's rules, a missing CSRF token), then lets the page or the API answer. The entry
 * names the user, the organisation and the route ({@code GET /api/v1/signals/{id}}; the path where no route
 * matched), never the parameters or the body.
 */
class AuditedRefusal implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(AuditedRefusal.class);

	private final AccessDeniedHandler answer;
	private final AuditLog audit;

	AuditedRefusal(AccessDeniedHandler answer, AuditLog audit) {
		this.answer = answer;
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			var route = request.getAttribute(DeclaredAccess.ROUTE) instanceof String pattern ? pattern
					: request.getRequestURI().substring(request.getContextPath().length());
			try {
				audit.record(AuditLog.Actor.of(user), AuditAction.REQUEST, "route", request.getMethod() + " " + route,
						AuditResult.DENIED);
			}
			catch (RuntimeException e) {
				// the refusal stands whether or not the log could be written
				log.warn("Could not write the refusal of {} {} to the audit log: {}", request.getMethod(), route,
						e.toString());
			}
		}
		answer.handle(request, response, exception);
	}
}
