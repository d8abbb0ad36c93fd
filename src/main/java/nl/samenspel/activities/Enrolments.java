package nl.samenspel.activities;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Places in activities. Staff (COORDINATOR, WORKER) enrol any child of the organisation and may let a child outside
 * the age range in, with a reason; a PARENT enrols only their own children. Every enrolment needs the guardians'
 * consent to registration. A full activity puts the child on the waiting list when the request allows it; when a
 * place frees up, the first child waiting gets it and the guardians are told by e-mail. Enrolments of one activity
 * are decided one at a time (a row lock on the activity), so two requests never take the last place twice.
 */
@Service
@Transactional
public class Enrolments {

	private final ProgrammeStore store;
	private final ChildManagement children;
	private final AuditLog audit;
	private final GuardianMail mail;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Enrolments(ProgrammeStore store, ChildManagement children, AuditLog audit, GuardianMail mail,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.children = children;
		this.audit = audit;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	public Enrolment enrol(CurrentUser user, UUID activityId, EnrolmentRequest request) {
		var activity = store.activity(user.organisationId(), activityId);
		var staff = user.hasAnyRole(Role.COORDINATOR, Role.WORKER);
		if (!staff && !user.hasRole(Role.PARENT)) {
			throw new AccessDeniedException("only staff and parents enrol children");
		}
		if (!activity.active() || (!staff && !activity.published())) {
			throw new NotFound();
		}
		if (!activity.mode().takesEnrolments()) {
			throw new FieldRejected("childId", "enrolment.error.dropIn");
		}
		var child = children.cards(user, List.of(request.childId())).stream().findFirst().orElseThrow(NotFound::new);
		if (!child.active()) {
			throw new FieldRejected("childId", "enrolment.error.childNotActive");
		}
		if (!child.mayRegister()) {
			throw new FieldRejected("childId", "enrolment.error.noConsent");
		}
		var session = session(user, activity, request.sessionId());
		checkAge(staff, activity, child, referenceDate(activity, session), request.overrideReason());

		store.lock(activityId);
		var sessionId = session == null ? null : session.id();
		var taken = store.jdbc().sql("""
				select count(*) from enrolment where activity_id = :activity and child_id = :child
				and status in ('ENROLLED', 'WAITING') and (session_id is null or session_id = :session)""")
			.param("activity", activityId)
			.param("child", child.id())
			.param("session", sessionId == null ? UUID.randomUUID() : sessionId)
			.query(Integer.class)
			.single();
		if (taken > 0) {
			throw new FieldRejected("childId", "enrolment.error.double");
		}
		var full = store.count(activityId, sessionId, EnrolmentStatus.ENROLLED) >= activity.capacity()
				|| store.count(activityId, sessionId, EnrolmentStatus.WAITING) > 0;
		if (full && !request.acceptsWaitingList()) {
			throw new FieldRejected("childId", "enrolment.error.full");
		}
		var status = full ? EnrolmentStatus.WAITING : EnrolmentStatus.ENROLLED;
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		store.jdbc().sql("""
				insert into enrolment (id, organisation_id, activity_id, session_id, child_id, status, override_reason,
				  enrolled_by, created_at, changed_at)
				values (:id, :organisation, :activity, :session, :child, :status, :reason, :by, :now, :now)""")
			.param("id", id)
			.param("organisation", user.organisationId())
			.param("activity", activityId)
			.param("session", sessionId)
			.param("child", child.id())
			.param("status", status.name())
			.param("reason", staff ? Programme.blankToNull(request.overrideReason()) : null)
			.param("by", user.id())
			.param("now", now)
			.update();
		audit.record(AuditAction.CREATED, "enrolment", id, AuditResult.SUCCESS);
		changed(activity, sessionId, id, status);
		return enrolment(user, id);
	}

	private @Nullable Session session(CurrentUser user, Activity activity, @Nullable UUID sessionId) {
		if (activity.mode() != Mode.PER_SESSION) {
			return null;
		}
		if (sessionId == null) {
			throw new FieldRejected("sessionId", "enrolment.error.sessionRequired");
		}
		var session = store.findSession(sessionId)
			.filter(it -> it.organisationId().equals(user.organisationId()) && it.activityId().equals(activity.id()))
			.orElseThrow(() -> new FieldRejected("sessionId", "enrolment.error.session"));
		if (session.cancelled() || session.date().isBefore(store.today())) {
			throw new FieldRejected("sessionId", "enrolment.error.session");
		}
		return session;
	}

	private LocalDate referenceDate(Activity activity, @Nullable Session session) {
		if (session != null) {
			return session.date();
		}
		return store.jdbc().sql("""
				select min(session_date) from activity_session where activity_id = :activity and status = 'PLANNED'
				and session_date >= :today""")
			.param("activity", activity.id())
			.param("today", ProgrammeStore.date(store.today()))
			.query(java.sql.Date.class)
			.optional()
			.map(java.sql.Date::toLocalDate)
			.orElse(store.today());
	}

	private static void checkAge(boolean staff, Activity activity, ChildCard child, LocalDate day,
			@Nullable String overrideReason) {
		var age = child.ageOn(day);
		if (age >= activity.minAge() && age <= activity.maxAge()) {
			return;
		}
		if (!staff) {
			throw new FieldRejected("childId", "enrolment.error.age");
		}
		if (overrideReason == null || overrideReason.isBlank()) {
			throw new FieldRejected("overrideReason", "enrolment.error.ageOverride");
		}
	}

	/** Cancels a place (staff, or a guardian of the child); the first child waiting gets it. */
	public void cancel(CurrentUser user, UUID enrolmentId) {
		var row = row(user.organisationId(), enrolmentId);
		var staff = user.hasAnyRole(Role.COORDINATOR, Role.WORKER);
		if (!staff && (!user.hasRole(Role.PARENT) || children.cards(user, List.of(row.childId())).isEmpty())) {
			throw new NotFound();
		}
		if (row.status() == EnrolmentStatus.CANCELLED) {
			return;
		}
		var activity = store.activity(user.organisationId(), row.activityId());
		store.lock(activity.id());
		store.jdbc().sql("update enrolment set status = 'CANCELLED', changed_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant())).param("id", enrolmentId).update();
		audit.record(AuditAction.UPDATED, "enrolment", enrolmentId, AuditResult.SUCCESS);
		changed(activity, row.sessionId(), enrolmentId, EnrolmentStatus.CANCELLED);
		if (row.status() == EnrolmentStatus.ENROLLED) {
			promote(activity, row.sessionId());
		}
	}

	/** After the capacity went up: children waiting get the new places. */
	void fillFreePlaces(Activity activity) {
		if (activity.mode() == Mode.SERIES) {
			promote(activity, null);
		}
		else if (activity.mode() == Mode.PER_SESSION) {
			store.jdbc().sql("select distinct session_id from enrolment where activity_id = :activity and status = 'WAITING'")
				.param("activity", activity.id())
				.query(UUID.class)
				.list()
				.forEach(session -> promote(activity, session));
		}
	}

	private void promote(Activity activity, @Nullable UUID sessionId) {
		if (activity.capacity() == null) {
			return;
		}
		while (store.count(activity.id(), sessionId, EnrolmentStatus.ENROLLED) < activity.capacity()) {
			var next = store.jdbc().sql("select id, child_id from enrolment where activity_id = :activity and status = 'WAITING' and "
					+ (sessionId == null ? "session_id is null" : "session_id = :session") + " order by created_at, id limit 1")
				.param("activity", activity.id())
				.param("session", sessionId == null ? UUID.randomUUID() : sessionId)
				.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
				.optional();
			if (next.isEmpty()) {
				return;
			}
			var enrolmentId = next.get()[0];
			store.jdbc().sql("update enrolment set status = 'ENROLLED', changed_at = :now where id = :id")
				.param("now", Timestamp.from(clock.instant())).param("id", enrolmentId).update();
			audit.record(AuditAction.UPDATED, "enrolment", enrolmentId, AuditResult.SUCCESS);
			changed(activity, sessionId, enrolmentId, EnrolmentStatus.ENROLLED);
			if (sessionId == null) {
				mail.tell(activity.organisationId(), next.get()[1], "mail.enrolmentPromoted", activity.title());
			}
			else {
				var date = store.findSession(sessionId).map(Session::date).orElse(store.today());
				mail.tell(activity.organisationId(), next.get()[1], "mail.enrolmentPromotedSession", activity.title(), date);
			}
		}
	}

	private void changed(Activity activity, @Nullable UUID sessionId, UUID enrolmentId, EnrolmentStatus status) {
		events.publishEvent(new EnrolmentChanged(activity.organisationId(), activity.id(), sessionId, enrolmentId, status,
				store.count(activity.id(), sessionId, EnrolmentStatus.ENROLLED),
				store.count(activity.id(), sessionId, EnrolmentStatus.WAITING)));
	}

	// reading

	/** One enrolment, for staff or the child's guardian. */
	@Transactional(readOnly = true)
	public Enrolment enrolment(CurrentUser user, UUID id) {
		var found = list(user, "e.id = :id", Map.of("id", id));
		if (found.isEmpty()) {
			throw new NotFound();
		}
		return found.get(0);
	}

	/** The places and the waiting list of an activity (cancelled ones left out), for staff. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofActivity(CurrentUser user, UUID activityId) {
		store.activity(user.organisationId(), activityId);
		return list(user, "e.activity_id = :activity and e.status <> 'CANCELLED'", Map.of("activity", activityId));
	}

	/** A parent's children's current and future places. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofOwnChildren(CurrentUser parent) {
		var own = children.childrenOf(parent).stream().map(it -> it.getId()).toList();
		if (own.isEmpty()) {
			return List.of();
		}
		return list(parent, "e.child_id in (:children) and e.status <> 'CANCELLED' and (s.id is null or s.session_date >= :today)",
				Map.of("children", own, "today", ProgrammeStore.date(store.today())));
	}

	private List<Enrolment> list(CurrentUser user, String condition, Map<String, ?> params) {
		var rows = store.jdbc().sql("""
				select e.id, e.activity_id, a.title, e.session_id, s.session_date, e.child_id, e.status, e.override_reason,
				  e.created_at
				from enrolment e join activity a on a.id = e.activity_id left join activity_session s on s.id = e.session_id
				where e.organisation_id = :organisation""" + " and " + condition + " order by a.title, s.session_date, e.status, e.created_at, e.id")
			.params(params)
			.param("organisation", user.organisationId())
			.query((rs, n) -> {
				var date = rs.getDate("session_date");
				return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
						rs.getString("title"), rs.getObject("session_id", UUID.class), date == null ? null : date.toLocalDate(),
						rs.getObject("child_id", UUID.class), "", EnrolmentStatus.valueOf(rs.getString("status")),
						rs.getString("override_reason"), rs.getTimestamp("created_at").toInstant(), 0);
			})
			.list();
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(Enrolment::childId).toList())
			.forEach(card -> names.put(card.id(), card.name()));
		var result = new ArrayList<Enrolment>();
		for (var row : rows) {
			if (!names.containsKey(row.childId())) {
				continue;
			}
			var position = 0;
			if (row.status() == EnrolmentStatus.WAITING) {
				position = waitingPosition(row);
			}
			result.add(new Enrolment(row.id(), row.activityId(), row.activityTitle(), row.sessionId(), row.sessionDate(),
					row.childId(), names.get(row.childId()), row.status(), row.overrideReason(), row.createdAt(), position));
		}
		return result;
	}

	private int waitingPosition(Enrolment row) {
		return 1 + store.jdbc().sql("select count(*) from enrolment where activity_id = :activity and status = 'WAITING' and "
				+ (row.sessionId() == null ? "session_id is null" : "session_id = :session")
				+ " and (created_at < :created or (created_at = :created and id < :id))")
			.param("activity", row.activityId())
			.param("session", row.sessionId() == null ? UUID.randomUUID() : row.sessionId())
			.param("created", Timestamp.from(row.createdAt()))
			.param("id", row.id())
			.query(Integer.class)
			.single();
	}

	private record Row(UUID activityId, @Nullable UUID sessionId, UUID childId, EnrolmentStatus status) {
	}

	private Row row(UUID organisationId, UUID id) {
		return store.jdbc().sql("select activity_id, session_id, child_id, status from enrolment where id = :id and organisation_id = :organisation")
			.param("id", id)
			.param("organisation", organisationId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					EnrolmentStatus.valueOf(rs.getString(4))))
			.optional()
			.orElseThrow(NotFound::new);
	}
}
