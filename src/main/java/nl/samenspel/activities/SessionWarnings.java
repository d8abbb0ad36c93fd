package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The warnings every {@link SessionNotices} has about a session, for the session's pages (staff only). */
@Component
public class SessionWarnings {

	private final ObjectProvider<SessionNotices> notices;

	SessionWarnings(ObjectProvider<SessionNotices> notices) {
		this.notices = notices;
	}

	public List<SessionNotices.Notice> of(UUID organisationId, Session session) {
		return notices.orderedStream().flatMap(it -> it.notices(organisationId, session).stream()).toList();
	}
}
