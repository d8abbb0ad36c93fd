package nl.samenspel.activities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;

/**
 * The programme's activities and the sessions they have. Everything is scoped to the user's organisation;
 * COORDINATOR and WORKER plan (the controllers check the roles). Schedules make the sessions ({@link Schedules}),
 * single sessions are changed or cancelled in {@link SessionChanges}, and the school holidays are kept in
 * {@link Holidays}.
 */
@Service
@Transactional
public class Programme {

	/**
	 * Who can be put on a session as its staff: the organisation's own people. Volunteers are not staff: they are
	 * assigned on the volunteers module's planning, which checks their screening ({@link SessionVolunteers}).
	 */
	public static final Set<Role> SESSION_STAFF = EnumSet.of(Role.COORDINATOR, Role.WORKER);

	private final ActivityStore activities;
	private final SessionStore sessions;
	private final PlanningChecks checks;
	private final AuditLog audit;
	private final Enrolments enrolments;
	private final VolunteerSessions volunteers;
	private final Clock clock;

	Programme(ActivityStore activities, SessionStore sessions, PlanningChecks checks, AuditLog audit,
			Enrolments enrolments, VolunteerSessions volunteers, Clock clock) {
		this.activities = activities;
		this.sessions = sessions;
		this.checks = checks;
		this.audit = audit;
		this.enrolments = enrolments;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	// activities

	/** The organisation's activities, active ones unless asked otherwise, by title. */
	@Transactional(readOnly = true)
	public Page<Activity> activities(UUID organisationId, String query, boolean inactiveToo, Pageable pageable) {
		return activities(organisationId, query, inactiveToo, false, pageable);
	}

	/** The same, only the activities marked intergenerational when asked (task 9). */
	@Transactional(readOnly = true)
	public Page<Activity> activities(UUID organisationId, String query, boolean inactiveToo,
			boolean intergenerationalOnly, Pageable pageable) {
		return activities.page(organisationId, SearchTerm.of(query).toLowerCase(java.util.Locale.ROOT), inactiveToo,
				intergenerationalOnly, pageable);
	}

	@Transactional(readOnly = true)
	public Activity activity(UUID organisationId, UUID id) {
		return activities.activity(organisationId, id);
	}

	public Activity create(CurrentUser user, ActivityDetails details) {
		check(user.organisationId(), details);
		var id = UUID.randomUUID();
		activities.insert(id, user.organisationId(), details, clock.instant());
		audit.record(AuditAction.CREATED, "activity", id, AuditResult.SUCCESS);
		return activities.activity(user.organisationId(), id);
	}

	public Activity update(CurrentUser user, UUID id, ActivityDetails details) {
		var before = activities.activity(user.organisationId(), id);
		check(user.organisationId(), details);
		activities.lock(id);
		activities.update(id, user.organisationId(), details);
		audit.record(AuditAction.UPDATED, "activity", id, AuditResult.SUCCESS);
		var after = activities.activity(user.organisationId(), id);
		if (after.capacity() != null && (before.capacity() == null || after.capacity() > before.capacity())) {
			enrolments.fillFreePlaces(after);
		}
		return after;
	}

	/** Takes the activity off the programme; its history (sessions, attendance) stays. */
	public void deactivate(CurrentUser user, UUID id) {
		activities.activity(user.organisationId(), id);
		activities.deactivate(id);
		audit.record(AuditAction.DEACTIVATED, "activity", id, AuditResult.SUCCESS);
	}

	private void check(UUID organisationId, ActivityDetails details) {
		if (details.minAge() != null && details.maxAge() != null && details.maxAge() < details.minAge()) {
			throw new FieldRejected("maxAge", "activity.error.agesInverted");
		}
		if (details.mode() != null && details.mode().takesEnrolments() && details.capacity() == null) {
			throw new FieldRejected("capacity", "activity.error.capacityRequired");
		}
		if (details.cost() == Cost.PAID && details.price() == null) {
			throw new FieldRejected("price", "activity.error.priceRequired");
		}
		checks.checkLocation(organisationId, details.locationId());
		checks.checkStaff(organisationId, details.staffList(), "staff");
	}

	// sessions

	/** The activity's sessions in a period. */
	@Transactional(readOnly = true)
	public List<Session> sessions(UUID organisationId, UUID activityId, LocalDate from, LocalDate to) {
		activities.activity(organisationId, activityId);
		return sessions.ofActivity(activityId, from, to);
	}

	/**
	 * One session, for staff of the organisation, or a VOLUNTEER assigned to it (and cleared today:
	 * {@link SessionVolunteers}).
	 */
	@Transactional(readOnly = true)
	public Session session(CurrentUser user, UUID id) {
		var session = sessions.session(user.organisationId(), id);
		if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER) && !volunteers.worksAt(user.id(), id)) {
			throw new NotFound();
		}
		return session;
	}

	/**
	 * The sessions in a period: all of the organisation's for staff, a VOLUNTEER's own assignments (while cleared
	 * today) for a volunteer, none for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<Session> sessionsBetween(CurrentUser user, LocalDate from, LocalDate to) {
		if (user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			return sessions.ofOrganisation(user.organisationId(), from, to);
		}
		return sessions.ofIds(user.organisationId(), volunteers.between(user.id(), from, to));
	}

	@Transactional(readOnly = true)
	public List<Overlap> overlaps(UUID organisationId, List<Session> sessions) {
		return this.sessions.overlaps(organisationId, sessions.stream().map(Session::id).toList());
	}

	/** The weekdays, Monday first, for filters. */
	public static List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}
}
