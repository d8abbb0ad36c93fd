package nl.samenspel.organisation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class Navigation {

	@Bean
	NavigationItem locationsNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.locations", "/locations", 50,
				Set.of(Role.ADMIN, Role.COORDINATOR, Role.WORKER));
	}

	@Bean
	NavigationItem neighbourhoodsNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.neighbourhoods", "/neighbourhoods", 60,
				Set.of(Role.ADMIN, Role.COORDINATOR));
	}

	@Bean
	NavigationItem municipalitiesNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.municipalities", "/municipalities", 70,
				Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.users", "/users", 80, Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem organisationNavigation() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.organisation", "/organisation", 90,
				Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem accountNavigation() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "nav.account", "/account", 200, Set.of());
	}
}
