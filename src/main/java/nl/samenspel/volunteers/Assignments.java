package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * A COORDINATOR puts volunteers on sessions: assigns one (CONFIRMED), confirms one who signed up (REQUESTED), cancels
 * one with a reason, and notes who did not come. Every assignment and confirmation passes the safety rule on the
 * session's date ({@link #refusal}): a volunteer who is not active, has no valid VOG on that day or has not signed the
 * code of conduct is refused with a message that names what is missing. A cancelled session, one in the past and a
 * volunteer already on the session are refused too. Scoped to the coordinator's organisation.
 */
@Service
@Transactional
public class Assignments {

	/** The form field every refusal belongs to. */
	public static final String FIELD = "volunteerId";

	private final AssignmentStore store;
	private final VolunteerStore volunteers;
	private final Programme programme;
	private final AuditLog audit;
	private final Clock clock;

	Assignments(AssignmentStore store, VolunteerStore volunteers, Programme programme, AuditLog audit, Clock clock) {
		this.store = store;
		this.volunteers = volunteers;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Why the volunteer may not work at a session with children on the day, as a rejection of {@link #FIELD} that names
	 * everything missing ({@code volunteers.assignment.missing.<NAME>}, as noun phrases); empty when they may. The one check every slice calls: the
	 * planning, the sign-up for open shifts, the confirmation.
	 */
	public Optional<FieldRejected> refusal(Volunteer volunteer, LocalDate sessionDate) {
		var missing = volunteer.missingOn(sessionDate);
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		var names = missing.stream().map(it -> new DefaultMessageSourceResolvable("volunteers.assignment.missing." + it.name())).toArray();
		return Optional.of(new FieldRejected(FIELD, "volunteers.assignment.refused." + names.length, names));
	}

	/** Puts the volunteer on the session, CONFIRMED; a cancelled assignment of theirs on it comes back. */
	public Assignment assign(CurrentUser user, UUID sessionId, UUID volunteerId) {
		coordinator(user);
		var session = programme.session(user, sessionId);
		var volunteer = volunteers.find(user.organisationId(), volunteerId)
			.orElseThrow(() -> new FieldRejected(FIELD, "volunteers.assignment.error.unknown"));
		var existing = store.of(volunteerId, sessionId);
		if (existing.isPresent() && existing.get().status() != AssignmentStatus.CANCELLED) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.already");
		}
		check(session, volunteer);
		var now = clock.instant();
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			store.confirm(id, AssignmentStatus.CANCELLED, user.id(), now);
		}
		else {
			id = UUID.randomUUID();
			store.insert(id, user.organisationId(), volunteerId, sessionId, AssignmentStatus.CONFIRMED, user.id(), now);
		}
		audit.record(AuditAction.CREATED, "volunteer-assignment", id, AuditResult.SUCCESS);
		return store.find(user.organisationId(), id).orElseThrow();
	}

	/** Confirms a volunteer's sign-up (REQUESTED), once more through the safety rule on the session's date. */
	public Assignment confirm(CurrentUser user, UUID assignmentId) {
		coordinator(user);
		var assignment = assignment(user, assignmentId);
		if (!assignment.requested()) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.notRequested");
		}
		var session = programme.session(user, assignment.sessionId());
		var volunteer = volunteers.find(user.organisationId(), assignment.volunteerId()).orElseThrow(NotFound::new);
		check(session, volunteer);
		if (!store.confirm(assignmentId, AssignmentStatus.REQUESTED, user.id(), clock.instant())) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.notRequested");
		}
		audit.record(AuditAction.UPDATED, "volunteer-assignment", assignmentId, AuditResult.SUCCESS);
		return store.find(user.organisationId(), assignmentId).orElseThrow();
	}

	/** Takes the volunteer off the session (or turns down their sign-up), with the reason. */
	public Assignment cancel(CurrentUser user, UUID assignmentId, String reason) {
		coordinator(user);
		var assignment = assignment(user, assignmentId);
		var text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new FieldRejected("reason", "volunteers.assignment.error.reason");
		}
		if (text.length() > 500) {
			throw new FieldRejected("reason", "volunteers.assignment.error.reasonLength");
		}
		if (!store.cancel(assignment.id(), user.id(), clock.instant(), text)) {
			throw new FieldRejected("reason", "volunteers.assignment.error.alreadyCancelled");
		}
		audit.record(AuditAction.UPDATED, "volunteer-assignment", assignmentId, AuditResult.SUCCESS);
		return store.find(user.organisationId(), assignmentId).orElseThrow();
	}

	/** Notes that a confirmed volunteer did not come (no hours for it), or did after all; on or after the day only. */
	public Assignment markAbsent(CurrentUser user, UUID assignmentId, boolean absent) {
		coordinator(user);
		var assignment = assignment(user, assignmentId);
		if (!assignment.confirmed()) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.notConfirmed");
		}
		var session = programme.session(user, assignment.sessionId());
		if (session.date().isAfter(DutchTime.today(clock))) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.absentFuture");
		}
		store.markAbsent(assignmentId, absent);
		audit.record(AuditAction.UPDATED, "volunteer-assignment", assignmentId, AuditResult.SUCCESS);
		return store.find(user.organisationId(), assignmentId).orElseThrow();
	}

	/** One assignment of the organisation. */
	@Transactional(readOnly = true)
	public Assignment assignment(CurrentUser user, UUID assignmentId) {
		return store.find(user.organisationId(), assignmentId).orElseThrow(NotFound::new);
	}

	private void check(Session session, Volunteer volunteer) {
		if (session.cancelled()) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.cancelled");
		}
		if (session.date().isBefore(DutchTime.today(clock))) {
			throw new FieldRejected(FIELD, "volunteers.assignment.error.past");
		}
		var refused = refusal(volunteer, session.date());
		if (refused.isPresent()) {
			throw refused.get();
		}
	}

	private static void coordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("coordinator");
		}
	}
}
