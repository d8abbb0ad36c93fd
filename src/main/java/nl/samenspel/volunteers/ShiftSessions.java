package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.Location;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The sessions behind shifts, read through the programme's Java API (one read per activity, never per shift), the
 * names of their locations, and the clock on Dutch time.
 */
@Component
class ShiftSessions {

	private final Programme programme;
	private final OrganisationManagement organisations;
	private final Clock clock;

	ShiftSessions(Programme programme, OrganisationManagement organisations, Clock clock) {
		this.programme = programme;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The sessions of the shifts, by session id. */
	Map<UUID, Session> of(UUID organisationId, Collection<Shift> shifts) {
		var sessions = new HashMap<UUID, Session>();
		var byActivity = shifts.stream().collect(Collectors.groupingBy(Shift::activityId));
		for (var entry : byActivity.entrySet()) {
			var from = entry.getValue().stream().map(Shift::date).min(LocalDate::compareTo).orElseThrow();
			var to = entry.getValue().stream().map(Shift::date).max(LocalDate::compareTo).orElseThrow();
			var wanted = entry.getValue().stream().map(Shift::sessionId).collect(Collectors.toSet());
			for (var session : programme.sessions(organisationId, entry.getKey(), from, to)) {
				if (wanted.contains(session.id())) {
					sessions.put(session.id(), session);
				}
			}
		}
		return sessions;
	}

	/** An activity's sessions between two days, with whether the activity is still on the programme. */
	List<Session> ofActivity(UUID organisationId, UUID activityId, LocalDate from, LocalDate to) {
		if (!programme.activity(organisationId, activityId).active()) {
			return List.of();
		}
		return programme.sessions(organisationId, activityId, from, to);
	}

	Map<UUID, String> locationNames(UUID organisationId) {
		return organisations.allLocations(organisationId).stream()
			.collect(Collectors.toMap(Location::getId, Location::getName, (a, b) -> a));
	}

	LocalDate today() {
		return DutchTime.today(clock);
	}

	/** Whether the session has begun (or is over) by now: no sign-up for it, no cancelling it. */
	boolean begun(Session session) {
		return !ZonedDateTime.of(session.date(), session.startsAt(), DutchTime.ZONE).toInstant().isAfter(clock.instant());
	}

	java.time.Instant now() {
		return clock.instant();
	}
}
