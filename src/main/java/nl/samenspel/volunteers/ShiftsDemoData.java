package nl.samenspel.volunteers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The demo volunteer (Vincent Vrijwilliger) can help on weekday afternoons (14:00-18:00), and every activity of the
 * first demo organisation wants one volunteer per session, so his home and "Open diensten" show open shifts. Once: only
 * while he has no slots.
 */
@Component
@Order(81)
class ShiftsDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final AvailabilityStore availability;
	private final ShiftStore shifts;
	private final Programme programme;

	ShiftsDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, AvailabilityStore availability,
			ShiftStore shifts, Programme programme) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
		this.availability = availability;
		this.shifts = shifts;
		this.programme = programme;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var volunteer = users.userId(organisation, "volunteer").flatMap(volunteers::ofUser).orElse(null);
		if (volunteer == null || !availability.of(organisation, volunteer.id()).slots().isEmpty()) {
			return;
		}
		for (var day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY }) {
			availability.insert(organisation, new WeeklySlot(UUID.randomUUID(), volunteer.id(), day, LocalTime.of(14, 0),
					LocalTime.of(18, 0)));
		}
		for (var activity : programme.activities(organisation, "", false, PageRequest.of(0, 50))) {
			shifts.setWanted(organisation, activity.id(), 1);
		}
	}
}
