package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/**
 * The volunteers module in the main navigation. The COORDINATOR gets the volunteers, their planning, the applications
 * and the buddy pairs; the renewals, the volunteers wanted per activity and the hours to approve are linked from the
 * volunteers page (and the renewals and hours from the home when something waits), so the menu stays short. The
 * VOLUNTEER gets their own shifts, the open shifts and their hours, and their availability and record under the account.
 */
@Configuration(proxyBeanMethods = false)
class VolunteersNavigation {

	@Bean
	NavigationItem volunteersNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.record.nav.list", "/volunteers", 15,
				Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem volunteerPlanningNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "nav.volunteerPlanning", "/volunteers/planning", 16,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}

	@Bean
	NavigationItem applicationsNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.recruitment.nav", "/volunteers/applications", 17,
				Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem volunteersBuddiesNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.buddies.nav", "/volunteers/buddies", 40,
				Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem myShiftsNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.shifts.nav.mine", "/volunteers/my-shifts", 7,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem openShiftsNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.shifts.nav.open", "/volunteers/open-shifts", 8,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem myHoursNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.hours.nav.mine", MyHoursController.BASE, 12,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem availabilityNavigationItem() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "volunteers.availability.nav", "/volunteers/availability", 9,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem ownVolunteerRecordNavigationItem() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "volunteers.record.nav.own", "/volunteers/me", 190,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem volunteerPolicyNavigationItem() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "volunteers.record.nav.policy", "/volunteers/policy", 120,
				Set.of(Role.ADMIN));
	}
}
