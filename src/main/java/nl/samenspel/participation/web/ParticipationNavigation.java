package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ParticipationNavigation {

	@Bean
	NavigationItem ideasNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.ideas.nav", "/participation/rounds", 19,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}

	@Bean
	NavigationItem kioskNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.kiosk.nav", "/participation/kiosks", 19,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}
}
