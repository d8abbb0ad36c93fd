package nl.samenspel.organisation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * Who may see and end which sessions: every user their own; an ADMIN those of any user of their organisation (another
 * organisation's user is not found). Every ending is audited against the user whose session it was.
 */
@Service
public class SessionManagement {

	private final UserSessions sessions;
	private final UserManagement users;
	private final AuditLog audit;

	SessionManagement(UserSessions sessions, UserManagement users, AuditLog audit) {
		this.sessions = sessions;
		this.users = users;
		this.audit = audit;
	}

	/** The user's own sessions; {@code currentId} (the request's session id) is marked as the current one. */
	public List<SessionInfo> mine(CurrentUser me, @Nullable String currentId) {
		return sessions.of(me.getUsername(), currentId);
	}

	/** Ends one of the user's own sessions; false when it has ended already. */
	public boolean endMine(CurrentUser me, String handle) {
		var ended = sessions.endOne(me.getUsername(), handle);
		if (ended) {
			audit.record(AuditAction.SESSION_ENDED, "user", me.id(), AuditResult.SUCCESS);
		}
		return ended;
	}

	/** Ends the user's sessions except the one they are using. */
	public void endMyOthers(CurrentUser me, String currentId) {
		sessions.end(me.getUsername(), currentId);
		audit.record(AuditAction.SESSION_ENDED, "user", me.id(), AuditResult.SUCCESS);
	}

	/** The sessions of a user of the ADMIN's organisation (404 for anyone else's). */
	public List<SessionInfo> of(CurrentUser admin, UUID userId, @Nullable String currentId) {
		return sessions.of(users.user(admin.organisationId(), userId).getUsername(), currentId);
	}

	/** Ends one session of a user of the ADMIN's organisation (404 for anyone else's); false when it ended already. */
	public boolean end(CurrentUser admin, UUID userId, String handle) {
		var user = users.user(admin.organisationId(), userId);
		var ended = sessions.endOne(user.getUsername(), handle);
		if (ended) {
			audit.record(AuditAction.SESSION_ENDED, "user", user.getId(), AuditResult.SUCCESS);
		}
		return ended;
	}

	/** Ends every session of a user of the ADMIN's organisation (404 for anyone else's), the ADMIN's own excepted. */
	public void endAll(CurrentUser admin, UUID userId, @Nullable String currentId) {
		var user = users.user(admin.organisationId(), userId);
		sessions.end(user.getUsername(), currentId);
		audit.record(AuditAction.SESSION_ENDED, "user", user.getId(), AuditResult.SUCCESS);
	}
}
