package nl.samenspel.volunteers.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class VolunteersNavigation {

	/** The coordinator plans with volunteers as with sessions: in the planning group, beside coverage. */
	@Bean
	NavigationItem volunteersNavigationItem() {
		return new NavigationItem(NavigationGroup.PLANNING, "volunteers.record.nav.list", "/volunteers", 15,
				Set.of(Role.COORDINATOR));
	}

	/** The ADMIN sets the volunteer policy with the organisation's other settings (the coordinator from the list). */
	@Bean
	NavigationItem volunteerPolicyNavigationItem() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "volunteers.record.nav.policy", "/volunteers/policy",
				120, Set.of(Role.ADMIN));
	}

	@Bean
	NavigationItem ownVolunteerRecordNavigationItem() {
		return new NavigationItem(NavigationGroup.ACCOUNT, "volunteers.record.nav.own", "/volunteers/me", 190,
				Set.of(Role.VOLUNTEER));
	}
}
