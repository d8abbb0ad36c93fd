package nl.samenspel.organisation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A user's sessions on every node: they live in the database (Spring Session JDBC), so ending them here signs the
 * user out everywhere at once, as a role change, a deactivation or a new password requires.
 */
@Component
class UserSessions {

	/** The session attribute with the browser's User-Agent, shortened ({@link Devices}), set at login. */
	static final String DEVICE = "samenspel.device";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends the user's other sessions: every one but the current request's (a changed password or second factor). */
	void endOthers(String username) {
		HttpSession own = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getSession(false) : null;
		end(username, own == null ? null : own.getId());
	}

	/** Ends the user's sessions, except the one given (the request's own, when a user changes their password). */
	void end(String username, @Nullable String except) {
		sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(except))
			.forEach(sessions::deleteById);
	}

	/** The user's sessions that have not expired, the most recently active first; {@code current} is marked. */
	List<SessionInfo> of(String username, @Nullable String current) {
		return sessions.findByPrincipalName(username).values().stream()
			.filter(session -> !session.isExpired())
			.map(session -> info(session, current))
			.sorted(Comparator.comparing(SessionInfo::lastActive).reversed())
			.toList();
	}

	/** Ends the user's session with this handle; false when the user has none with it (ended already, or not theirs). */
	boolean endOne(String username, String handle) {
		Optional<String> id = sessions.findByPrincipalName(username).keySet().stream()
			.filter(it -> handle(it).equals(handle)).findFirst();
		id.ifPresent(sessions::deleteById);
		return id.isPresent();
	}

	static String handle(String sessionId) {
		return Secrets.hash(sessionId).substring(0, 32);
	}

	private static SessionInfo info(Session session, @Nullable String current) {
		Object loginAt = session.getAttribute(AbsoluteSessionTimeout.LOGIN_AT);
		Object device = session.getAttribute(DEVICE);
		return new SessionInfo(handle(session.getId()),
				loginAt instanceof Long millis ? Instant.ofEpochMilli(millis) : session.getCreationTime(),
				session.getLastAccessedTime(), device instanceof String text ? text : "",
				session.getId().equals(current));
	}
}
