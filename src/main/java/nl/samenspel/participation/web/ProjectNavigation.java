package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The children's projects in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ProjectNavigation {

	@Bean
	NavigationItem participationProjectsNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.projects.nav", "/participation/projects", 19,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}
}
