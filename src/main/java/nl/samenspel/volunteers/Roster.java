package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.SessionVolunteers;
import nl.samenspel.kernel.DutchTime;

/**
 * What a VOLUNTEER sees in the programme: the sessions with a CONFIRMED assignment of the volunteer record linked to
 * their account, and only while that volunteer is cleared today (active, a valid VOG, the code of conduct signed). The
 * day the VOG lapses or the volunteer is deactivated, they see no session and no child's information any more.
 */
@Component
@Transactional(readOnly = true)
class Roster implements SessionVolunteers {

	private final VolunteerStore volunteers;
	private final AssignmentStore assignments;
	private final Clock clock;

	Roster(VolunteerStore volunteers, AssignmentStore assignments, Clock clock) {
		this.volunteers = volunteers;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	public Set<UUID> sessionsOf(UUID userId, LocalDate from, LocalDate to) {
		return volunteers.ofUser(userId).filter(it -> it.clearedOn(DutchTime.today(clock)))
			.map(it -> assignments.confirmedSessions(it.id(), from, to))
			.orElse(Set.of());
	}

	@Override
	public boolean worksAt(UUID userId, UUID sessionId) {
		return volunteers.ofUser(userId).filter(it -> it.clearedOn(DutchTime.today(clock)))
			.map(it -> assignments.confirmedFor(it.id(), sessionId))
			.orElse(false);
	}
}
