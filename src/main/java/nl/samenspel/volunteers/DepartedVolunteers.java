package nl.samenspel.volunteers;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.UserDeactivated;

/**
 * A user account was deactivated: the volunteer record linked to it becomes INACTIVE from today, so the safety rule
 * refuses them at sessions with children. A record inactive already keeps its date: twice is once. Reactivating the
 * account does not reactivate the record; a coordinator does.
 */
@Component
class DepartedVolunteers {

	private final VolunteerRecordStore records;
	private final Clock clock;

	DepartedVolunteers(VolunteerRecordStore records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(UserDeactivated event) {
		records.deactivateAccount(event.organisationId(), event.userId(), DutchTime.today(clock));
	}
}
