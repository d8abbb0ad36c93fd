package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** Recruitment's entries in the main navigation: the applications and the VOG renewals, for the coordinator. */
@Configuration(proxyBeanMethods = false)
class RecruitmentNavigation {

	@Bean
	NavigationItem applicationsNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.recruitment.nav", "/volunteers/applications", 18,
				Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem renewalsNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.renewal.nav", "/volunteers/renewals", 19,
				Set.of(Role.COORDINATOR));
	}
}
