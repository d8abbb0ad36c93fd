package nl.samenspel.organisation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * Who may see and end which sessions: every user their own, after typing their password again; an ADMIN those of any
 * user of their organisation (another organisation's user is not found). Every ending is audited against the user
 * whose session it was.
 */
@Service
public class SessionManagement {

	private final UserSessions sessions;
	private final UserManagement users;
	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final LoginThrottle throttle;
	private final AuditLog audit;

	SessionManagement(UserSessions sessions, UserManagement users, UserAccounts accounts, PasswordEncoder encoder,
			LoginThrottle throttle, AuditLog audit) {
		this.sessions = sessions;
		this.users = users;
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
	}

	/** The user's own sessions; {@code currentId} (the request's session id) is marked as the current one. */
	public List<SessionInfo> mine(CurrentUser me, @Nullable String currentId) {
		return sessions.of(me.getUsername(), currentId);
	}

	/**
	 * Ends the chosen ones of the user's own sessions, once they typed their password again (ASVS 7.5.2); how many
	 * were still there to end.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public int endMine(CurrentUser me, List<String> handles, @Nullable String password) {
		if (handles.isEmpty()) {
			throw new FieldRejected("session", "accountSessions.noneChosen");
		}
		confirm(me, password);
		var ended = (int) handles.stream().distinct().filter(handle -> sessions.endOne(me.getUsername(), handle)).count();
		if (ended > 0) {
			audit.record(AuditAction.SESSION_ENDED, "user", me.id(), AuditResult.SUCCESS);
		}
		return ended;
	}

	/** Ends the user's sessions except the one they are using, once they typed their password again. */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void endMyOthers(CurrentUser me, String currentId, @Nullable String password) {
		confirm(me, password);
		sessions.end(me.getUsername(), currentId);
		audit.record(AuditAction.SESSION_ENDED, "user", me.id(), AuditResult.SUCCESS);
	}

	/**
	 * The signed-in user's password, typed again: a wrong one counts as a failed login (so a borrowed session cannot
	 * guess it) and is audited; only from a session, never with a token.
	 */
	private void confirm(CurrentUser me, @Nullable String password) {
		TokenAuthentication.refuse();
		var user = accounts.findById(me.id()).orElseThrow(NotFound::new);
		var attempt = throttle.begin(user.getUsername(), LoginThrottle.currentAddress())
			.orElseThrow(() -> new FieldRejected("currentPassword", "login.blocked"));
		if (password == null || user.passwordHash() == null || !encoder.matches(password, user.passwordHash())) {
			audit.record(AuditAction.SESSION_ENDED, "user", me.id(), AuditResult.FAILURE);
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		throttle.succeeded(attempt);
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
