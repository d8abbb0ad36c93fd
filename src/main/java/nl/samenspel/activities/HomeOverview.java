package nl.samenspel.activities;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * What the activities module puts on a role's home: the day's sessions with their counts (scoped as the sessions
 * page scopes them: the organisation's for staff, a volunteer's own), the waiting lists that moved, a parent's
 * children's next sessions and the school years whose holidays are not entered yet. Each read is one query, bounded.
 */
@Service
@Transactional(readOnly = true)
public class HomeOverview {

	/** How far back a change on a waiting list counts as news. */
	public static final int MOVED_DAYS = 7;

	private final Programme programme;
	private final OverviewStore store;
	private final Holidays holidays;
	private final ChildManagement children;
	private final OrganisationManagement organisations;
	private final ProgrammeClock today;
	private final Clock clock;

	HomeOverview(Programme programme, OverviewStore store, Holidays holidays, ChildManagement children,
			OrganisationManagement organisations, ProgrammeClock today, Clock clock) {
		this.programme = programme;
		this.store = store;
		this.holidays = holidays;
		this.children = children;
		this.organisations = organisations;
		this.today = today;
		this.clock = clock;
	}

	/** Children with a place, present so far and on the waiting list, as the attendance page counts them. */
	public record Counts(int enrolled, int present, int waiting) {

		static final Counts NONE = new Counts(0, 0, 0);
	}

	/** A session of today with its counts and the name of its location. */
	public record TodaysSession(Session session, String location, Counts counts) {
	}

	/** Today's sessions the user may take attendance at, in the order of the day. */
	public List<TodaysSession> today(CurrentUser user) {
		var sessions = programme.sessionsBetween(user, today.today(), today.today());
		if (sessions.isEmpty()) {
			return List.of();
		}
		var counts = store.counts(sessions.stream().map(Session::id).toList());
		var locations = locationNames(user.organisationId());
		return sessions.stream()
			.map(it -> new TodaysSession(it, locations.getOrDefault(it.locationId(), ""),
					counts.getOrDefault(it.id(), Counts.NONE)))
			.toList();
	}

	/** A child who joined a waiting list or moved up from one to a place. */
	public record Move(UUID childId, String childName, UUID activityId, String activity, boolean movedUp,
			java.time.Instant at) {
	}

	/**
	 * The organisation's waiting-list changes of the last {@link #MOVED_DAYS} days, newest first, for staff who plan
	 * (COORDINATOR, WORKER); children the user may not see are left out.
	 */
	public List<Move> moves(CurrentUser user, int limit) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			return List.of();
		}
		var rows = store.moves(user.organisationId(), clock.instant().minus(Duration.ofDays(MOVED_DAYS)), limit);
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(OverviewStore.Move::childId).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		return rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new Move(row.childId(), names.get(row.childId()), row.activityId(), row.title(), row.movedUp(),
					row.at()))
			.toList();
	}

	/** A session to come that a parent's child has a place in. */
	public record Next(UUID childId, String childName, UUID activityId, String activity, LocalDate date,
			LocalTime startsAt, LocalTime endsAt, String location) {
	}

	/** A parent's child with its next sessions. */
	public record ChildNext(UUID childId, String childName, List<Next> sessions) {
	}

	/** Each of a PARENT's own children, by first name, with their next sessions (at most {@code perChild}). */
	public List<ChildNext> nextForChildren(CurrentUser parent, int perChild) {
		var own = children.childrenOf(parent);
		if (own.isEmpty()) {
			return List.of();
		}
		var names = new HashMap<UUID, String>();
		var sessions = new LinkedHashMap<UUID, List<Next>>();
		own.stream().sorted(java.util.Comparator.comparing(child -> child.getFirstName())).forEach(child -> {
			names.put(child.getId(), child.getFirstName());
			sessions.put(child.getId(), new ArrayList<>());
		});
		var locations = locationNames(parent.organisationId());
		for (var row : store.next(parent.organisationId(), names.keySet(), today.today(), today.now(),
				own.size() * perChild * 4)) {
			var list = sessions.get(row.childId());
			if (list.size() < perChild) {
				list.add(new Next(row.childId(), names.get(row.childId()), row.activityId(), row.title(), row.date(),
						row.startsAt(), row.endsAt(), locations.getOrDefault(row.locationId(), "")));
			}
		}
		return sessions.entrySet().stream()
			.map(entry -> new ChildNext(entry.getKey(), names.get(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * The first days of the school years (1 August), this one and the next, for which the organisation's list has no
	 * holiday of its region yet: for a COORDINATOR, who enters them on the holidays page.
	 */
	@Transactional
	public List<LocalDate> schoolYearsWithoutHolidays(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			return List.of();
		}
		var region = organisations.organisation(user.organisationId()).getRegion();
		var list = holidays.holidays(user.organisationId());
		var missing = new ArrayList<LocalDate>();
		var season = Coverage.season(today.today());
		for (var start : List.of(season[0], season[0].plusYears(1))) {
			var end = start.plusYears(1).minusDays(1);
			if (list.stream().noneMatch(it -> it.region() == region && !it.startsOn().isBefore(start)
					&& !it.startsOn().isAfter(end))) {
				missing.add(start);
			}
		}
		return missing;
	}

	private Map<UUID, String> locationNames(UUID organisationId) {
		var names = new HashMap<UUID, String>();
		organisations.allLocations(organisationId).forEach(location -> names.put(location.getId(), location.getName()));
		return names;
	}
}
