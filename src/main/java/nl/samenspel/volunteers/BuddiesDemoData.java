package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.ActivityDetails;
import nl.samenspel.activities.Programme;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The first demo organisation's generations (task 9): the Kookclub is marked intergenerational, the demo volunteer
 * Vincent has been its buddy for fourteen months with a meeting a month, and a resident was a buddy of the same group
 * for eight months until the goal was reached. Once (not when the organisation has pairs already).
 */
@Component
@Order(81)
class BuddiesDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final BuddyPairStore store;
	private final BuddyPairs pairs;
	private final Programme programme;
	private final Clock clock;

	BuddiesDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, BuddyPairStore store,
			BuddyPairs pairs, Programme programme, Clock clock) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
		this.store = store;
		this.pairs = pairs;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var coordinatorId = users.userId(organisation, "coordinator").orElse(null);
		var userId = users.userId(organisation, "volunteer").orElse(null);
		if (coordinatorId == null || userId == null || !store.list(organisation, false).isEmpty()
				|| !store.list(organisation, true).isEmpty()) {
			return;
		}
		var vincent = volunteers.ofUser(userId).orElse(null);
		var cooking = programme.activities(organisation, "Kookclub", false, PageRequest.of(0, 1)).getContent().stream()
			.findFirst().orElse(null);
		if (vincent == null || cooking == null) {
			return;
		}
		var coordinator = new CurrentUser(coordinatorId, organisation, "coordinator", "Demo", EnumSet.of(Role.COORDINATOR),
				"nl", null);
		var d = cooking.details();
		programme.update(coordinator, cooking.id(), new ActivityDetails(d.title(), d.description(), d.descriptionEn(),
				d.tasks(), d.themes(), d.locationId(), d.minAge(), d.maxAge(), d.capacity(), d.cost(), d.price(), d.mode(),
				d.accessibility(), d.languages(), d.intervention(), d.staff(), d.published(), true));
		var today = DutchTime.today(clock);
		var pair = pairs.start(coordinator,
				new BuddyPairDetails(vincent.id(), null, null, null, cooking.id(), today.minusMonths(14)));
		for (int month = 13; month >= 0; month--) {
			pairs.logMeeting(coordinator, pair.id(), new BuddyMeetingDetails(today.minusMonths(month), 90, null));
		}
		var resident = pairs.start(coordinator, new BuddyPairDetails(null, "Mevrouw Yilmaz", AgeBand.FROM_70, null,
				cooking.id(), today.minusMonths(11)));
		for (int month = 10; month >= 4; month -= 2) {
			pairs.logMeeting(coordinator, resident.id(), new BuddyMeetingDetails(today.minusMonths(month), 60, null));
		}
		pairs.end(coordinator, resident.id(), new BuddyPairEnd(today.minusMonths(3), BuddyEndReason.GOAL_REACHED));
	}
}
