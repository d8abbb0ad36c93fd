package nl.samenspel.volunteers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Session;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Open shifts: sessions of the coming weeks of activities for which the coordinator set a number of volunteers wanted
 * per session (no number or 0: no open shifts), that have fewer volunteers on them than that. A VOLUNTEER sees those
 * that lie within one of their weekly slots and outside their periods away and that they are not yet on, and signs
 * up: REQUESTED, or CONFIRMED at once when the activity confirms sign-ups itself ({@code volunteer_activity_rule}).
 * A sign-up passes the safety rule ({@link Volunteer#missingOn}) on the session's day, and is refused for a session
 * that is full, cancelled or begun, or that the volunteer is already on. Sign-ups for one activity are counted under a
 * lock on its row of wanted volunteers, so two for the last place cannot both succeed.
 */
@Service
@Transactional
public class OpenShifts {

	/** How far ahead open shifts are offered. */
	public static final int WEEKS_AHEAD = 6;

	/** The most volunteers a session can ask for. */
	public static final int MAX_WANTED = 20;

	private final ShiftStore store;
	private final ShiftSessions sessions;
	private final VolunteerRecords records;
	private final AvailabilityStore availability;
	private final AuditLog audit;

	OpenShifts(ShiftStore store, ShiftSessions sessions, VolunteerRecords records, AvailabilityStore availability,
			AuditLog audit) {
		this.store = store;
		this.sessions = sessions;
		this.records = records;
		this.availability = availability;
		this.audit = audit;
	}

	/** For the COORDINATOR: the volunteers wanted per session, by activity id (absent: none). */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Integer> wanted(CurrentUser coordinator) {
		coordinatorOnly(coordinator);
		return store.wanted(coordinator.organisationId());
	}

	/** The COORDINATOR sets how many volunteers each session of the activity wants (0: no open shifts). */
	public void setWanted(CurrentUser coordinator, UUID activityId, int wanted) {
		coordinatorOnly(coordinator);
		if (wanted < 0 || wanted > MAX_WANTED) {
			throw new FieldRejected("wanted", "volunteers.shifts.error.wantedRange", MAX_WANTED);
		}
		sessions.ofActivity(coordinator.organisationId(), activityId, sessions.today(), sessions.today());
		store.setWanted(coordinator.organisationId(), activityId, wanted);
		audit.record(AuditAction.UPDATED, "activity", activityId, AuditResult.SUCCESS);
	}

	/** The open shifts for the signed-in VOLUNTEER, soonest first; none when their account has no volunteer record. */
	@Transactional(readOnly = true)
	public List<OpenShift> open(CurrentUser user) {
		var volunteer = records.own(user).orElse(null);
		if (volunteer == null) {
			return List.of();
		}
		var today = sessions.today();
		var fits = availability.of(volunteer.organisationId(), volunteer.id());
		if (fits.slots().isEmpty()) {
			return List.of();
		}
		var candidates = new ArrayList<Session>();
		var wanted = new HashMap<UUID, Integer>();
		var confirms = new HashMap<UUID, Boolean>();
		for (var need : store.needs(volunteer.organisationId())) {
			wanted.put(need.activityId(), need.wanted());
			confirms.put(need.activityId(), store.autoConfirms(volunteer.organisationId(), need.activityId()));
			for (var session : sessions.ofActivity(volunteer.organisationId(), need.activityId(), today,
					today.plusWeeks(WEEKS_AHEAD))) {
				if (!session.cancelled() && !sessions.begun(session)
						&& fits.fits(session.date(), session.startsAt(), session.endsAt())) {
					candidates.add(session);
				}
			}
		}
		var ids = candidates.stream().map(Session::id).toList();
		var taken = store.taken(ids);
		var mine = store.onSessions(volunteer.id(), ids);
		var locations = candidates.isEmpty() ? java.util.Map.<UUID, String>of()
				: sessions.locationNames(volunteer.organisationId());
		var open = new ArrayList<OpenShift>();
		for (var session : candidates) {
			var left = wanted.get(session.activityId()) - taken.getOrDefault(session.id(), 0);
			var on = mine.get(session.id());
			if (left > 0 && (on == null || !on.active())) {
				open.add(new OpenShift(session, locations.getOrDefault(session.locationId(), ""), left,
						confirms.get(session.activityId()),
						volunteer.missingOn(session.date())));
			}
		}
		open.sort(Comparator.comparing((OpenShift it) -> it.session().date())
			.thenComparing(it -> it.session().startsAt()));
		return open;
	}

	/**
	 * Signs the VOLUNTEER up for a session: the new shift, REQUESTED or (when the activity confirms itself) CONFIRMED.
	 * Refused, with nothing saved, when the safety rule names something missing on the session's day (the message
	 * names it), when the session wants no volunteers, is full, cancelled or begun, is outside the volunteer's
	 * availability, or when they are on it already.
	 */
	public Shift signUp(CurrentUser user, UUID sessionId) {
		var volunteer = records.ownOrNotFound(user);
		var fact = store.session(volunteer.organisationId(), sessionId).orElseThrow(NotFound::new);
		var wanted = store.lockWanted(volunteer.organisationId(), fact.activityId());
		var session = sessions.ofActivity(volunteer.organisationId(), fact.activityId(), fact.date(), fact.date()).stream()
			.filter(it -> it.id().equals(sessionId)).findFirst().orElseThrow(NotFound::new);
		if (wanted <= 0) {
			throw new FieldRejected("session", "volunteers.shifts.error.notOpen");
		}
		if (session.cancelled()) {
			throw new FieldRejected("session", "volunteers.shifts.error.cancelled");
		}
		if (sessions.begun(session)) {
			throw new FieldRejected("session", "volunteers.shifts.error.past");
		}
		var missing = volunteer.missingOn(session.date());
		if (!missing.isEmpty()) {
			throw new FieldRejected("session", "volunteers.shifts.error.notCleared", MissingText.of(missing));
		}
		if (!availability.of(volunteer.organisationId(), volunteer.id()).fits(session.date(), session.startsAt(),
				session.endsAt())) {
			throw new FieldRejected("session", "volunteers.shifts.error.notAvailable");
		}
		var existing = store.onSessions(volunteer.id(), List.of(sessionId)).get(sessionId);
		if (existing != null && existing.active()) {
			throw new FieldRejected("session", "volunteers.shifts.error.already");
		}
		if (store.taken(List.of(sessionId)).getOrDefault(sessionId, 0) >= wanted) {
			throw new FieldRejected("session", "volunteers.shifts.error.full");
		}
		var status = store.autoConfirms(volunteer.organisationId(), fact.activityId()) ? AssignmentStatus.CONFIRMED
				: AssignmentStatus.REQUESTED;
		var id = existing != null ? existing.assignmentId() : UUID.randomUUID();
		try {
			if (existing == null) {
				store.insert(id, volunteer.organisationId(), volunteer.id(), sessionId, status, user.id(), sessions.now());
			}
			else if (!store.reopen(id, status, user.id(), sessions.now())) {
				throw new FieldRejected("session", "volunteers.shifts.error.already");
			}
		}
		catch (DuplicateKeyException signedUpAtTheSameTime) {
			throw new FieldRejected("session", "volunteers.shifts.error.already");
		}
		audit.record(AuditAction.CREATED, "volunteer_assignment", id, AuditResult.SUCCESS);
		return new Shift(id, volunteer.id(), sessionId, fact.activityId(), fact.date(), status);
	}

	private static void coordinatorOnly(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators set the volunteers wanted");
		}
	}
}
