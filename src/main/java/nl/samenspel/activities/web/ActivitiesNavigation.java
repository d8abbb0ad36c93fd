package nl.samenspel.activities.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ActivitiesNavigation {

	@Bean
	NavigationItem sessionsNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "nav.sessions", "/sessions", 5,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.VOLUNTEER));
	}

	@Bean
	NavigationItem activitiesNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "nav.activities", "/activities", 6,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}

	@Bean
	NavigationItem coverageNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "nav.coverage", "/coverage", 16, Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem holidaysNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "nav.holidays", "/holidays", 17, Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem portalActivitiesNavigationItem() {
		return new NavigationItem(NavigationGroup.ACTIVITIES, "nav.portalActivities", "/portal/activities", 11,
				Set.of(Role.PARENT));
	}
}
