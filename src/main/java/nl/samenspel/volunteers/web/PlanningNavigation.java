package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The volunteers' planning in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	@Bean
	NavigationItem volunteerPlanningNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "nav.volunteerPlanning", "/volunteers/planning", 18,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}
}
