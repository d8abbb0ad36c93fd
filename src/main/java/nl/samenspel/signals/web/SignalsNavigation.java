package nl.samenspel.signals.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entry in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SignalsNavigation {

	@Bean
	NavigationItem signalsNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.signals", "/signals", 12,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));
	}
}
