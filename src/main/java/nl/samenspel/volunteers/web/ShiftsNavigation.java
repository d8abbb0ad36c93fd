package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The shift pages in the main navigation: a volunteer's own three, and the coordinator's volunteers wanted. */
@Configuration(proxyBeanMethods = false)
class ShiftsNavigation {

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
	NavigationItem availabilityNavigationItem() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "volunteers.availability.nav", "/volunteers/availability", 9,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem shiftNeedsNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.shifts.nav.needs", "/volunteers/shift-needs", 18,
				Set.of(Role.COORDINATOR));
	}
}
