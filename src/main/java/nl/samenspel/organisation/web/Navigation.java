package nl.samenspel.organisation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class Navigation {

	@Bean
	NavigationItem locationsNavigation() {
		return new NavigationItem("nav.locations", "/locations", 50, Set.of(Role.ADMIN, Role.COORDINATOR, Role.WORKER));
	}

	@Bean
	NavigationItem neighbourhoodsNavigation() {
		return new NavigationItem("nav.neighbourhoods", "/neighbourhoods", 60, Set.of(Role.ADMIN, Role.COORDINATOR));
	}

	@Bean
	NavigationItem municipalitiesNavigation() {
		return new NavigationItem("nav.municipalities", "/municipalities", 70, Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/users", 80, Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem organisationNavigation() {
		return new NavigationItem("nav.organisation", "/organisation", 90, Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem accountNavigation() {
		return new NavigationItem("nav.account", "/account", 200, Set.of());
	}
}
