package nl.samenspel.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentWithdrawn;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Places in activities. Staff (COORDINATOR, WORKER) enrol any child of the organisation and may let a child outside
 * the age range in, with a reason; a PARENT enrols only their own children. Every enrolment needs the guardians'
 * consent to registration. Who gets a place and who waits is decided by {@link Places}; when a place frees up, the
 * first child waiting gets it and the guardians are told by e-mail ({@link GuardianMail}, after the commit). When a
 * guardian withdraws the consent to registration, the child's places to come are given up. Enrolments of one
 * activity are decided one at a time (a row lock on the activity), so two requests never take the last place twice.
 */
@Service
@Transactional
public class Enrolments {

	private final ActivityStore activities;
	private final SessionStore sessions;
	private final EnrolmentStore store;
	private final ChildManagement children;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final ProgrammeClock today;
	private final Clock clock;

	Enrolments(ActivityStore activities, SessionStore sessions, EnrolmentStore store, ChildManagement children,
			AuditLog audit, ApplicationEventPublisher events, ProgrammeClock today, Clock clock) {
		this.activities = activities;
		this.sessions = sessions;
		this.store = store;
		this.children = children;
		this.audit = audit;
		this.events = events;
		this.today = today;
		this.clock = clock;
	}

	public Enrolment enrol(CurrentUser user, UUID activityId, EnrolmentRequest request) {
		var activity = activities.activity(user.organisationId(), activityId);
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
		var age = child.ageOn(referenceDate(activity, session));

		activities.lock(activityId);
		var sessionId = session == null ? null : session.id();
		var places = store.places(activity, sessionId);
		places.admit(age, staff, request.overrideReason());
		var id = UUID.randomUUID();
		var status = places.enrol(id, child.id(), request.acceptsWaitingList());
		store.insert(id, user.organisationId(), activityId, sessionId, child.id(), status,
				staff ? request.overrideReason() : null, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "enrolment", id, AuditResult.SUCCESS);
		changed(activity, sessionId, id, null, status, places);
		return enrolment(user, id);
	}

	private @Nullable Session session(CurrentUser user, Activity activity, @Nullable UUID sessionId) {
		if (activity.mode() != Mode.PER_SESSION) {
			return null;
		}
		if (sessionId == null) {
			throw new FieldRejected("sessionId", "enrolment.error.sessionRequired");
		}
		var session = sessions.findSession(sessionId)
			.filter(it -> it.organisationId().equals(user.organisationId()) && it.activityId().equals(activity.id()))
			.orElseThrow(() -> new FieldRejected("sessionId", "enrolment.error.session"));
		if (session.cancelled() || session.date().isBefore(today.today())) {
			throw new FieldRejected("sessionId", "enrolment.error.session");
		}
		return session;
	}

	/** The day the age range applies to: the session's, or the first coming session's of a series. */
	private LocalDate referenceDate(Activity activity, @Nullable Session session) {
		if (session != null) {
			return session.date();
		}
		return sessions.firstPlanned(activity.id(), today.today()).orElse(today.today());
	}

	/** Cancels a place (staff, or a guardian of the child); the first child waiting gets it. */
	public void cancel(CurrentUser user, UUID enrolmentId) {
		var row = store.find(user.organisationId(), enrolmentId).orElseThrow(NotFound::new);
		var staff = user.hasAnyRole(Role.COORDINATOR, Role.WORKER);
		if (!staff && (!user.hasRole(Role.PARENT) || children.cards(user, List.of(row.childId())).isEmpty())) {
			throw new NotFound();
		}
		if (row.status() == EnrolmentStatus.CANCELLED) {
			return;
		}
		cancel(activities.activity(user.organisationId(), row.activityId()), row);
	}

	private void cancel(Activity activity, Enrolment row) {
		activities.lock(activity.id());
		var places = store.places(activity, row.sessionId());
		store.changeStatus(row.id(), EnrolmentStatus.CANCELLED, clock.instant());
		audit.record(AuditAction.UPDATED, "enrolment", row.id(), AuditResult.SUCCESS);
		places.cancel(row.id());
		changed(activity, row.sessionId(), row.id(), row.status(), EnrolmentStatus.CANCELLED, places);
		if (row.status() == EnrolmentStatus.ENROLLED) {
			moveUp(activity, row.sessionId(), places);
		}
	}

	/**
	 * A guardian withdrew the consent to registration, on which every place rests: the child's places and waiting-list
	 * entries in what is still to come are cancelled, and children waiting move up. What already happened stays as it
	 * was. A second delivery finds nothing left to cancel.
	 */
	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.purpose() != ConsentPurpose.REGISTRATION) {
			return;
		}
		for (var row : store.ofChildren(event.organisationId(), List.of(event.childId()), today.today())) {
			cancel(activities.activity(event.organisationId(), row.activityId()), row);
		}
	}

	/** After the capacity went up: children waiting get the new places. */
	void fillFreePlaces(Activity activity) {
		if (activity.mode() == Mode.SERIES) {
			moveUp(activity, null);
		}
		else if (activity.mode() == Mode.PER_SESSION) {
			store.sessionsWithWaiting(activity.id()).forEach(session -> moveUp(activity, session));
		}
	}

	private void moveUp(Activity activity, @Nullable UUID sessionId) {
		if (activity.capacity() != null) {
			moveUp(activity, sessionId, store.places(activity, sessionId));
		}
	}

	private void moveUp(Activity activity, @Nullable UUID sessionId, Places places) {
		for (var next = places.moveUp(); next.isPresent(); next = places.moveUp()) {
			var enrolmentId = next.get().enrolmentId();
			store.changeStatus(enrolmentId, EnrolmentStatus.ENROLLED, clock.instant());
			audit.record(AuditAction.UPDATED, "enrolment", enrolmentId, AuditResult.SUCCESS);
			changed(activity, sessionId, enrolmentId, EnrolmentStatus.WAITING, EnrolmentStatus.ENROLLED, places);
		}
	}

	/** Tells the other modules, and the guardians' mail ({@link GuardianMail}) when a child moved up. */
	private void changed(Activity activity, @Nullable UUID sessionId, UUID enrolmentId,
			@Nullable EnrolmentStatus previous, EnrolmentStatus status, Places places) {
		events.publishEvent(new EnrolmentChanged(activity.organisationId(), activity.id(), sessionId, enrolmentId,
				previous, status, places.enrolled(), places.waiting()));
	}

	// reading

	/** One enrolment, for staff or the child's guardian. */
	@Transactional(readOnly = true)
	public Enrolment enrolment(CurrentUser user, UUID id) {
		var found = named(user, store.find(user.organisationId(), id).stream().toList());
		if (found.isEmpty()) {
			throw new NotFound();
		}
		return found.get(0);
	}

	/** The places and the waiting list of an activity (cancelled ones left out), for staff. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofActivity(CurrentUser user, UUID activityId) {
		activities.activity(user.organisationId(), activityId);
		return named(user, store.ofActivity(user.organisationId(), activityId));
	}

	/** A parent's children's current and future places. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofOwnChildren(CurrentUser parent) {
		var own = children.childrenOf(parent).stream().map(it -> it.getId()).toList();
		if (own.isEmpty()) {
			return List.of();
		}
		return named(parent, store.ofChildren(parent.organisationId(), own, today.today()));
	}

	/** The rows with the children's first names and waiting positions; children the user may not see left out. */
	private List<Enrolment> named(CurrentUser user, List<Enrolment> rows) {
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
				position = store.waitingPosition(row);
			}
			result.add(new Enrolment(row.id(), row.activityId(), row.activityTitle(), row.sessionId(), row.sessionDate(),
					row.childId(), names.get(row.childId()), row.status(), row.overrideReason(), row.createdAt(), position));
		}
		return result;
	}
}
