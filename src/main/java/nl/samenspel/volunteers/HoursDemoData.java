package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The demo volunteer's hours besides the sessions: a training the coordinator approved three weeks ago, and an
 * evening of preparation last week that waits for the coordinator (so the coordinator's home shows it). Once.
 */
@Component
@Order(81)
class HoursDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final HoursStore hours;
	private final Clock clock;

	HoursDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, HoursStore hours, Clock clock) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
		this.hours = hours;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var user = users.userId(organisation, "volunteer").orElse(null);
		var coordinator = users.userId(organisation, "coordinator").orElse(null);
		var volunteer = user == null ? null : volunteers.ofUser(user).orElse(null);
		if (volunteer == null || hours.anyOf(volunteer.id())) {
			return;
		}
		var today = DutchTime.today(clock);
		var now = clock.instant();
		hours.insert(new HourEntry(UUID.randomUUID(), organisation, volunteer.id(), today.minusWeeks(3), 180,
				HourKind.TRAINING, "Training kindermishandeling herkennen (Meldcode)", HourStatus.APPROVED, user, now,
				coordinator, now, null, 0));
		hours.insert(new HourEntry(UUID.randomUUID(), organisation, volunteer.id(), today.minusWeeks(1), 90,
				HourKind.PREPARATION, "Knutselmateriaal voor de voorleesmiddag klaargezet", HourStatus.SUBMITTED, user, now,
				null, null, null, 0));
	}
}
