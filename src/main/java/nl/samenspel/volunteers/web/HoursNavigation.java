package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The hours in the main navigation: a volunteer's own, and the coordinator's approvals. */
@Configuration(proxyBeanMethods = false)
class HoursNavigation {

	@Bean
	NavigationItem myHoursNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.hours.nav.mine", MyHoursController.BASE, 12,
				Set.of(Role.VOLUNTEER));
	}

	@Bean
	NavigationItem hourApprovalsNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.hours.nav.approvals",
				VolunteerHoursController.APPROVALS, 19, Set.of(Role.COORDINATOR));
	}
}
