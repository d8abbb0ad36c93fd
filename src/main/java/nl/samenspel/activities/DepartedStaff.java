package nl.samenspel.activities;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.organisation.UserDeactivated;

/**
 * A user was deactivated (they left, or may not work for the organisation for now): they no longer stand on the
 * staff of sessions still to come, nor on an activity's staff that new sessions start with, so the coverage page
 * shows the gap for a coordinator to fill. Sessions that took place keep who worked them. Reactivating the user does
 * not put them back; a coordinator does. Doing it twice is doing it once.
 */
@Component
class DepartedStaff {

	private final SessionStore sessions;
	private final ActivityStore activities;
	private final ProgrammeClock clock;

	DepartedStaff(SessionStore sessions, ActivityStore activities, ProgrammeClock clock) {
		this.sessions = sessions;
		this.activities = activities;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(UserDeactivated event) {
		sessions.removeStaffFrom(event.organisationId(), event.userId(), clock.today());
		activities.removeStaff(event.organisationId(), event.userId());
	}
}
