package nl.samenspel.volunteers;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;

/**
 * Whose hours a request is about: the signed-in volunteer's own record, or a volunteer of the coordinator's
 * organisation. Anything else (no record linked, another organisation's volunteer or entry) is "not found".
 */
@Component
class HoursAccess {

	private final VolunteerRecords volunteers;
	private final HoursStore hours;

	HoursAccess(VolunteerRecords volunteers, HoursStore hours) {
		this.volunteers = volunteers;
		this.hours = hours;
	}

	/** The volunteer record linked to the signed-in user's account. */
	Volunteer own(CurrentUser user) {
		return volunteers.ownOrNotFound(user);
	}

	/** A volunteer of the user's organisation. */
	Volunteer of(CurrentUser user, UUID volunteerId) {
		return volunteers.of(user.organisationId(), volunteerId);
	}

	/** An entry of the user's organisation. */
	HourEntry entry(CurrentUser user, UUID entryId) {
		return hours.find(user.organisationId(), entryId).orElseThrow(NotFound::new);
	}

	/** An entry of the signed-in volunteer's own: another volunteer's is not found. */
	HourEntry ownEntry(CurrentUser user, UUID entryId) {
		var volunteer = own(user);
		var entry = entry(user, entryId);
		if (!entry.volunteerId().equals(volunteer.id())) {
			throw new NotFound();
		}
		return entry;
	}
}
