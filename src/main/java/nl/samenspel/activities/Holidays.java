package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * The organisation's list of school holidays, which schedules plan around. It starts as a copy of the published
 * holidays of every region; a COORDINATOR adds and removes holidays (the controllers check the role).
 */
@Service
@Transactional
public class Holidays {

	private final HolidayStore store;
	private final AuditLog audit;

	Holidays(HolidayStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	/** The organisation's school holidays (all regions), copied from the published list the first time. */
	public List<Holiday> holidays(UUID organisationId) {
		if (!store.any(organisationId)) {
			store.copyPublished(organisationId);
		}
		return store.holidays(organisationId);
	}

	public Holiday addHoliday(CurrentUser user, HolidayDetails details) {
		if (details.endsOn().isBefore(details.startsOn())) {
			throw new FieldRejected("endsOn", "holiday.error.endBeforeStart");
		}
		if (details.startsOn().plusDays(92).isBefore(details.endsOn())) {
			throw new FieldRejected("endsOn", "holiday.error.tooLong");
		}
		holidays(user.organisationId());
		var holiday = new Holiday(UUID.randomUUID(), details.region(), details.name().strip(), details.startsOn(),
				details.endsOn());
		store.insert(user.organisationId(), holiday);
		audit.record(AuditAction.CREATED, "holiday", holiday.id(), AuditResult.SUCCESS);
		return holiday;
	}

	/** Removes a holiday from the organisation's list; sessions already made stay as they are. */
	public void removeHoliday(CurrentUser user, UUID id) {
		if (!store.delete(user.organisationId(), id)) {
			throw new NotFound();
		}
		audit.record(AuditAction.DEACTIVATED, "holiday", id, AuditResult.SUCCESS);
	}
}
