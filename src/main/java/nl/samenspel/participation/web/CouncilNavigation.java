package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The children's council (Kinderraad) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CouncilNavigation {

	@Bean
	NavigationItem participationCouncilNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.council.nav", "/participation/councils", 19,
				Set.of(Role.COORDINATOR, Role.WORKER));
	}
}
