package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The demo volunteer Vincent (screened by {@link VolunteersDemoData}) assigned by the demo coordinator, through
 * {@link Assignments}, to the cooking club today and to the playground and homework club in the coming three weeks;
 * the playground and the technology club ask for four eyes (the technology club, with one worker, shows the warning).
 * Once: not when Vincent has any assignment already.
 */
@Component
@Order(85)
class AssignmentsDemoData implements ApplicationRunner {

	private static final List<String> ASSIGNED = List.of("Kookclub", "Speeltuin inloop", "Huiswerkclub");
	private static final List<String> FOUR_EYES = List.of("Speeltuin inloop", "Techniekclub");

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final AssignmentStore store;
	private final Assignments assignments;
	private final ActivityRules rules;
	private final Programme programme;
	private final Clock clock;

	AssignmentsDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, AssignmentStore store,
			Assignments assignments, ActivityRules rules, Programme programme, Clock clock) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
		this.store = store;
		this.assignments = assignments;
		this.rules = rules;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var planner = users.actingAs(organisation, "coordinator", Role.COORDINATOR).orElse(null);
		var vincent = users.userId(organisation, "volunteer").flatMap(volunteers::ofUser).orElse(null);
		var today = DutchTime.today(clock);
		if (planner == null || vincent == null
				|| !store.confirmedSessions(vincent.id(), today.minusYears(5), today.plusYears(5)).isEmpty()) {
			return;
		}
		var sessions = programme.sessionsBetween(planner, today, today.plusWeeks(3));
		sessions.stream().filter(it -> FOUR_EYES.contains(it.title())).map(Session::activityId).distinct()
			.forEach(activity -> rules.set(planner, activity, true, false));
		for (var session : sessions) {
			var once = !session.title().equals("Kookclub") || session.date().equals(today);
			if (ASSIGNED.contains(session.title()) && once && !session.cancelled()) {
				try {
					assignments.assign(planner, session.id(), vincent.id());
				}
				catch (FieldRejected notThisOne) {
					// a session Vincent cannot take is left out
				}
			}
		}
	}
}
