package nl.samenspel.network.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The shared calendar in the main navigation, for staff and partners. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem partnerCalendarNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.partnerCalendar", "/network/calendar", 15,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER, Role.PARTNER));
	}
}
