package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

/**
 * Warnings another module has about a session, shown to staff on the session's pages (the volunteers module's
 * four-eyes rule: fewer than two screened adults). A warning, never a refusal. Each is a message key with its
 * arguments (counts and dates, never a person's input).
 */
public interface SessionNotices {

	/** One warning: its message key and arguments. */
	record Notice(String messageKey, List<Object> arguments) {

		public Object[] args() {
			return arguments.toArray();
		}
	}

	/** The warnings about the session of the organisation; empty when there are none. */
	List<Notice> notices(UUID organisationId, Session session);
}
