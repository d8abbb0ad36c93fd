package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The staff's way to children's own logins in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ChildLoginNavigation {

	@Bean
	NavigationItem childLoginNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.login.nav", "/participation/logins", 19,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}
}
