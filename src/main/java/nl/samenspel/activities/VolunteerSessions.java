package nl.samenspel.activities;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sessions a VOLUNTEER works at, from the module that provides {@link SessionVolunteers} (volunteers' assignments),
 * or none. Every place in the programme that decides a volunteer's own sessions asks here.
 */
@Component
class VolunteerSessions {

	/** "At any date": the bounds used where a volunteer's sessions count whenever they are. */
	static final LocalDate EVER_FROM = LocalDate.of(2000, 1, 1);
	static final LocalDate EVER_TO = LocalDate.of(2999, 12, 31);

	private final ObjectProvider<SessionVolunteers> volunteers;

	VolunteerSessions(ObjectProvider<SessionVolunteers> volunteers) {
		this.volunteers = volunteers;
	}

	Set<UUID> between(UUID userId, LocalDate from, LocalDate to) {
		return provider().sessionsOf(userId, from, to);
	}

	boolean worksAt(UUID userId, UUID sessionId) {
		return provider().worksAt(userId, sessionId);
	}

	private SessionVolunteers provider() {
		return volunteers.getIfAvailable(() -> SessionVolunteers.NONE);
	}
}
