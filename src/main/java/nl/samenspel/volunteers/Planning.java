package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * The volunteers' planning of a month: each day's sessions with their staff, the volunteers on them (confirmed or
 * waiting for confirmation), whether the four-eyes rule is met, and the volunteers to choose from. A few bounded
 * queries per month, none per session: the month's sessions (the Programme), its assignments with their volunteers,
 * the rules, the staff's names and at most {@link #INLINE_CHOICES} volunteers.
 */
@Service
@Transactional(readOnly = true)
public class Planning {

	/** Up to this many volunteers, each session gets a pick list on the month's page; more, a search on its own page. */
	public static final int INLINE_CHOICES = 40;

	/** The most volunteers a session's page lists for one search. */
	public static final int SEARCH_CHOICES = 50;

	private final Programme programme;
	private final AssignmentStore assignments;
	private final UserManagement users;
	private final Clock clock;

	Planning(Programme programme, AssignmentStore assignments, UserManagement users, Clock clock) {
		this.programme = programme;
		this.assignments = assignments;
		this.users = users;
		this.clock = clock;
	}

	/** A volunteer on a session: their name, the state, absent, and what keeps them from it on the day (if anything). */
	public record Placement(UUID assignmentId, UUID volunteerId, String name, AssignmentStatus status, boolean absent,
			Set<Missing> missing) {
	}

	/** A volunteer to choose for a session, with what keeps them from it on the session's date (empty: cleared). */
	public record Choice(UUID volunteerId, String name, Set<Missing> missing) {

		public boolean cleared() {
			return missing.isEmpty();
		}
	}

	/**
	 * One session on the planning: its staff's names, its volunteers, the screened adults, whether four eyes are asked
	 * and met, how many adults are still needed, and the volunteers to choose from (null: too many, search instead).
	 */
	public record Row(Session session, List<String> staff, List<Placement> volunteers, int adults, boolean fourEyes,
			boolean fourEyesWarning, int open, boolean assignable, boolean started, @Nullable List<Choice> choices) {
	}

	public record Day(LocalDate date, List<Row> rows) {
	}

	public record Month(YearMonth month, List<Day> days, int requested, boolean mayAssign) {
	}

	public Month month(CurrentUser user, YearMonth month) {
		var from = month.atDay(1);
		var to = month.atEndOfMonth();
		var sessions = programme.sessionsBetween(user, from, to);
		var placed = new HashMap<UUID, List<AssignmentStore.Placed>>();
		assignments.placedBetween(user.organisationId(), from, to)
			.forEach(it -> placed.computeIfAbsent(it.assignment().sessionId(), x -> new ArrayList<>()).add(it));
		var rules = assignments.rules(user.organisationId());
		var names = staffNames(user.organisationId());
		var mayAssign = user.hasRole(Role.COORDINATOR);
		var candidates = mayAssign ? assignments.choices(user.organisationId(), "", INLINE_CHOICES + 1) : List.<Volunteer>of();
		var inline = candidates.size() <= INLINE_CHOICES;
		var days = new LinkedHashMap<LocalDate, List<Row>>();
		var requested = 0;
		for (var session : sessions) {
			var own = placed.getOrDefault(session.id(), List.of());
			requested += (int) own.stream().filter(it -> it.assignment().requested()).count();
			days.computeIfAbsent(session.date(), x -> new ArrayList<>()).add(row(session, own,
					rules.getOrDefault(session.activityId(), ActivityRule.none(session.activityId())), names,
					mayAssign && inline ? candidates : null, mayAssign));
		}
		return new Month(month, days.entrySet().stream().map(it -> new Day(it.getKey(), it.getValue())).toList(), requested,
				mayAssign);
	}

	/** One session's planning, with the volunteers whose name contains the text to choose from. */
	public Row session(CurrentUser user, UUID sessionId, String search) {
		var session = programme.session(user, sessionId);
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			throw new NotFound();
		}
		var mayAssign = user.hasRole(Role.COORDINATOR);
		return row(session, assignments.placedAt(user.organisationId(), List.of(sessionId)),
				assignments.rule(user.organisationId(), session.activityId()), staffNames(user.organisationId()),
				mayAssign ? assignments.choices(user.organisationId(), search, SEARCH_CHOICES) : null, mayAssign);
	}

	private Row row(Session session, List<AssignmentStore.Placed> placed, ActivityRule rule, Map<UUID, String> names,
			@Nullable List<Volunteer> candidates, boolean mayAssign) {
		var day = session.date();
		var adults = FourEyes.screenedAdults(session, placed);
		var warning = FourEyes.notMet(rule, session, adults);
		var placements = placed.stream()
			.map(it -> new Placement(it.assignment().id(), it.volunteer().id(), it.volunteer().name(),
					it.assignment().status(), it.assignment().absent(), it.volunteer().missingOn(day)))
			.toList();
		var taken = placed.stream().map(it -> it.volunteer().id()).toList();
		var today = DutchTime.today(clock);
		var assignable = mayAssign && !session.cancelled() && !day.isBefore(today);
		List<Choice> choices = candidates == null || !assignable ? null
				: candidates.stream().filter(it -> !taken.contains(it.id()))
					.map(it -> new Choice(it.id(), it.name(), it.missingOn(day)))
					.toList();
		return new Row(session, session.staff().stream().map(it -> names.getOrDefault(it, "—")).toList(), placements,
				adults, rule.fourEyes(), warning, rule.fourEyes() ? Math.max(0, FourEyes.ADULTS - adults) : 0, assignable,
				!day.isAfter(today), choices);
	}

	private Map<UUID, String> staffNames(UUID organisationId) {
		var names = new HashMap<UUID, String>();
		users.activeUsersWithAnyRole(organisationId, Programme.SESSION_STAFF)
			.forEach(it -> names.put(it.getId(), it.getDisplayName()));
		return names;
	}
}
