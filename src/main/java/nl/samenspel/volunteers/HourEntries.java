package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.PlainText;

/**
 * Hours typed by hand: a VOLUNTEER submits their own (and may correct or withdraw them until they are approved), a
 * COORDINATOR enters them for a volunteer (approved at once) and approves or rejects what was submitted. The
 * controllers check the roles; every rule here refuses with a {@link FieldRejected} and saves nothing.
 */
@Service
@Transactional
public class HourEntries {

	/** The longest reason for a rejection. */
	public static final int REASON = 500;

	private static final int DAY = 24 * 60;

	private final HoursStore hours;
	private final HoursAccess access;
	private final AuditLog audit;
	private final Clock clock;

	HourEntries(HoursStore hours, HoursAccess access, AuditLog audit, Clock clock) {
		this.hours = hours;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in volunteer's own entry, to change it. */
	@Transactional(readOnly = true)
	public HourEntry own(CurrentUser user, UUID entryId) {
		return access.ownEntry(user, entryId);
	}

	/** The signed-in volunteer logs hours of their own: they wait for the coordinator. */
	public HourEntry submit(CurrentUser user, HourEntryDetails details) {
		return add(user, access.own(user), details, HourStatus.SUBMITTED);
	}

	/**
	 * A coordinator enters hours for a volunteer of the organisation: approved at once, unless the volunteer is the
	 * coordinator themselves (then another coordinator approves them).
	 */
	public HourEntry enter(CurrentUser user, UUID volunteerId, HourEntryDetails details) {
		var volunteer = access.of(user, volunteerId);
		return add(user, volunteer, details, user.id().equals(volunteer.userId()) ? HourStatus.SUBMITTED : HourStatus.APPROVED);
	}

	/** The volunteer corrects an entry of their own that is not approved yet; it is submitted again. */
	public void correct(CurrentUser user, UUID entryId, HourEntryDetails details) {
		var entry = access.ownEntry(user, entryId);
		if (!entry.openToVolunteer()) {
			throw new FieldRejected("entry", "volunteers.hours.error.approved");
		}
		var minutes = check(user.organisationId(), entry.volunteerId(), details, entry.id());
		if (!hours.resubmit(entry, details.workedOn(), minutes, details.kind(), details.description().strip())) {
			throw new FieldRejected("entry", "volunteers.hours.error.changed");
		}
		audit.record(AuditAction.UPDATED, "volunteer_hour_entry", entry.id(), AuditResult.SUCCESS);
	}

	/** The volunteer withdraws an entry of their own that is not approved. */
	public void withdraw(CurrentUser user, UUID entryId) {
		var entry = access.ownEntry(user, entryId);
		if (!entry.openToVolunteer() || !hours.withdraw(user.organisationId(), entry.id())) {
			throw new FieldRejected("entry", "volunteers.hours.error.approved");
		}
		audit.record(AuditAction.DEACTIVATED, "volunteer_hour_entry", entry.id(), AuditResult.SUCCESS);
	}

	/** A coordinator approves a submitted entry; from now on it counts. Never their own. */
	public void approve(CurrentUser user, UUID entryId) {
		var entry = decidable(user, entryId);
		if (!hours.decide(user.organisationId(), entry.id(), HourStatus.APPROVED, user.id(), clock.instant(), null)) {
			throw new FieldRejected("entry", "volunteers.hours.error.notWaiting");
		}
		audit.record(AuditAction.UPDATED, "volunteer_hour_entry", entry.id(), AuditResult.SUCCESS);
	}

	/** A coordinator rejects a submitted entry with a reason the volunteer sees. */
	public void reject(CurrentUser user, UUID entryId, @Nullable String reason) {
		var entry = decidable(user, entryId);
		var text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new FieldRejected("reason", "volunteers.hours.error.reason");
		}
		if (text.length() > REASON) {
			throw new FieldRejected("reason", "volunteers.hours.error.reasonLong", REASON);
		}
		if (!new PlainText.Validator().isValid(text, null)) {
			throw new FieldRejected("reason", "validation.plainText");
		}
		if (!hours.decide(user.organisationId(), entry.id(), HourStatus.REJECTED, user.id(), clock.instant(), text)) {
			throw new FieldRejected("entry", "volunteers.hours.error.notWaiting");
		}
		audit.record(AuditAction.UPDATED, "volunteer_hour_entry", entry.id(), AuditResult.SUCCESS);
	}

	private HourEntry decidable(CurrentUser user, UUID entryId) {
		var entry = access.entry(user, entryId);
		var volunteer = access.of(user, entry.volunteerId());
		if (user.id().equals(volunteer.userId())) {
			throw new FieldRejected("entry", "volunteers.hours.error.ownEntry");
		}
		if (entry.status() != HourStatus.SUBMITTED) {
			throw new FieldRejected("entry", "volunteers.hours.error.notWaiting");
		}
		return entry;
	}

	private HourEntry add(CurrentUser user, Volunteer volunteer, HourEntryDetails details, HourStatus status) {
		var minutes = check(user.organisationId(), volunteer.id(), details, null);
		var now = clock.instant();
		var approved = status == HourStatus.APPROVED;
		var entry = new HourEntry(UUID.randomUUID(), user.organisationId(), volunteer.id(), details.workedOn(), minutes,
				details.kind(), details.description().strip(), status, user.id(), now, approved ? user.id() : null,
				approved ? now : null, null, 0);
		hours.insert(entry);
		audit.record(AuditAction.CREATED, "volunteer_hour_entry", entry.id(), AuditResult.SUCCESS);
		return entry;
	}

	/** The rules of an entry; its minutes when it passes. */
	private int check(UUID organisationId, UUID volunteerId, HourEntryDetails details, @Nullable UUID except) {
		if (details.workedOn() == null) {
			throw new FieldRejected("workedOn", "NotNull");
		}
		var today = DutchTime.today(clock);
		if (details.workedOn().isAfter(today)) {
			throw new FieldRejected("workedOn", "volunteers.hours.error.future");
		}
		if (details.workedOn().isBefore(earliest(today))) {
			throw new FieldRejected("workedOn", "volunteers.hours.error.tooOld",
					String.valueOf(earliest(today).getYear()));
		}
		if ((details.hours() != null && details.hours() < 0) || (details.minutes() != null && details.minutes() < 0)) {
			throw new FieldRejected("hours", "volunteers.hours.error.negative");
		}
		if (details.minutes() != null && details.minutes() > 59) {
			throw new FieldRejected("minutes", "volunteers.hours.error.minutes");
		}
		var minutes = details.totalMinutes();
		if (minutes == 0) {
			throw new FieldRejected("hours", "volunteers.hours.error.zero");
		}
		if (minutes > DAY || minutes + hours.entryMinutesOn(organisationId, volunteerId, details.workedOn(), except)
				+ hours.sessionMinutesOn(organisationId, volunteerId, details.workedOn()) > DAY) {
			throw new FieldRejected("hours", "volunteers.hours.error.day");
		}
		if (details.kind() == null) {
			throw new FieldRejected("kind", "NotNull");
		}
		var description = details.description() == null ? "" : details.description().strip();
		if (description.isEmpty()) {
			throw new FieldRejected("description", "NotBlank");
		}
		if (description.length() > HourEntryDetails.DESCRIPTION) {
			throw new FieldRejected("description", "volunteers.hours.error.description", HourEntryDetails.DESCRIPTION);
		}
		if (!new PlainText.Validator().isValid(description, null)) {
			throw new FieldRejected("description", "validation.plainText");
		}
		return minutes;
	}

	/** Hours may be logged for this year and the one before. */
	static LocalDate earliest(LocalDate today) {
		return LocalDate.of(today.getYear() - 1, 1, 1);
	}
}
