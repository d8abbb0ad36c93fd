package nl.samenspel.organisation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a session that has lasted longer than the absolute limit (8 hours), however active it was. */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	/** The session attribute holding when the user signed in (epoch milliseconds), set by {@link LoginSucceeded}. */
	static final String LOGIN_AT = "samenspel.loginAt";

	private final SecuritySettings settings;
	private final Clock clock;

	AbsoluteSessionTimeout(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (session != null && session.getAttribute(LOGIN_AT) instanceof Long loginAt
				&& Instant.ofEpochMilli(loginAt).plus(settings.sessionAbsoluteTimeout()).isBefore(Instant.now(clock))) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}
}
