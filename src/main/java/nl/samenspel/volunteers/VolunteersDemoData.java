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
 * The first demo organisation's volunteer record for the demo user 'volunteer' (Vincent Vrijwilliger), older resident,
 * screened: a VOG seen a year ago (profile 84, renewal in two years) and the code of conduct signed. Once.
 */
@Component
@Order(80)
class VolunteersDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final Clock clock;

	VolunteersDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, Clock clock) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
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
		if (user == null || volunteers.ofUser(user).isPresent()) {
			return;
		}
		var today = DutchTime.today(clock);
		var issued = today.minusYears(1);
		volunteers.insert(new Volunteer(UUID.randomUUID(), organisation, user, "Vincent", "Vrijwilliger",
				"vincent@example.org", "06 12345678", "Voorlezen, tuinieren, schaken", "Nederlands, Arabisch",
				AgeBand.FROM_70, VolunteerStatus.ACTIVE, issued.minusWeeks(3), issued.minusWeeks(2), "2026-1", issued,
				Volunteer.DEFAULT_PROFILE, coordinator, issued.plusDays(5), issued.plusYears(3), null, 0), clock.instant());
	}
}
