package nl.samenspel.volunteers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * A volunteer's availability: weekly time slots and periods away. A VOLUNTEER keeps their own (the record linked to
 * their account: {@code volunteerId} null); a COORDINATOR keeps any volunteer's of the organisation. Bad input is
 * refused with nothing saved ({@link Availability}'s rules), checked under a lock on the volunteer's row so that two
 * slots sent at once cannot overlap.
 */
@Service
@Transactional
public class Availabilities {

	private final AvailabilityStore store;
	private final VolunteerRecords records;
	private final AuditLog audit;

	Availabilities(AvailabilityStore store, VolunteerRecords records, AuditLog audit) {
		this.store = store;
		this.records = records;
		this.audit = audit;
	}

	/** The signed-in user's own volunteer record, if their account has one in their organisation. */
	@Transactional(readOnly = true)
	public Optional<Volunteer> ownRecord(CurrentUser user) {
		return records.own(user);
	}

	/** The volunteer whose availability is kept: the user's own (null) or, for a COORDINATOR, one of theirs. */
	@Transactional(readOnly = true)
	public Volunteer volunteer(CurrentUser user, @Nullable UUID volunteerId) {
		if (volunteerId == null) {
			return records.ownOrNotFound(user);
		}
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators keep another volunteer's availability");
		}
		return records.of(user.organisationId(), volunteerId);
	}

	@Transactional(readOnly = true)
	public Availability availability(CurrentUser user, @Nullable UUID volunteerId) {
		var volunteer = volunteer(user, volunteerId);
		return store.of(volunteer.organisationId(), volunteer.id());
	}

	/** A volunteer's availability for the organisation's own checks (open shifts, assignments); empty if unknown. */
	@Transactional(readOnly = true)
	public Availability of(UUID organisationId, UUID volunteerId) {
		return store.of(organisationId, volunteerId);
	}

	public WeeklySlot addSlot(CurrentUser user, @Nullable UUID volunteerId, DayOfWeek day, LocalTime from,
			LocalTime until) {
		var volunteer = volunteer(user, volunteerId);
		store.lock(volunteer.id());
		var slot = new WeeklySlot(UUID.randomUUID(), volunteer.id(), day, from.withSecond(0).withNano(0),
				until.withSecond(0).withNano(0));
		store.of(volunteer.organisationId(), volunteer.id()).checkNew(slot);
		store.insert(volunteer.organisationId(), slot);
		audit.record(AuditAction.UPDATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
		return slot;
	}

	public void removeSlot(CurrentUser user, @Nullable UUID volunteerId, UUID slotId) {
		var volunteer = volunteer(user, volunteerId);
		if (!store.deleteSlot(volunteer.organisationId(), volunteer.id(), slotId)) {
			throw new NotFound();
		}
		audit.record(AuditAction.UPDATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
	}

	public AwayPeriod addAway(CurrentUser user, @Nullable UUID volunteerId, LocalDate from, LocalDate until,
			@Nullable String note) {
		var volunteer = volunteer(user, volunteerId);
		store.lock(volunteer.id());
		var period = new AwayPeriod(UUID.randomUUID(), volunteer.id(), from, until,
				note == null || note.isBlank() ? null : note.strip());
		store.of(volunteer.organisationId(), volunteer.id()).checkNew(period);
		store.insert(volunteer.organisationId(), period);
		audit.record(AuditAction.UPDATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
		return period;
	}

	public void removeAway(CurrentUser user, @Nullable UUID volunteerId, UUID periodId) {
		var volunteer = volunteer(user, volunteerId);
		if (!store.deleteAway(volunteer.organisationId(), volunteer.id(), periodId)) {
			throw new NotFound();
		}
		audit.record(AuditAction.UPDATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
	}
}
