package nl.samenspel.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A user's sessions on every node: they live in the database (Spring Session JDBC), so ending them here signs the
 * user out everywhere at once, as a role change, a deactivation or a new password requires.
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends the user's sessions, except the one given (the request's own, when a user changes their password). */
	void end(String username, @Nullable String except) {
		sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(except))
			.forEach(sessions::deleteById);
	}
}
