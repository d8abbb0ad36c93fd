package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** Buddy pairs (buurtmaatjes) in the main navigation, for coordinators. */
@Configuration(proxyBeanMethods = false)
class BuddyNavigation {

	@Bean
	NavigationItem volunteersBuddiesNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "volunteers.buddies.nav", "/volunteers/buddies", 40,
				Set.of(Role.COORDINATOR));
	}
}
