package nl.samenspel.children.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ChildrenNavigation {

	@Bean
	NavigationItem childrenNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.children", "/children", 10,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));
	}

	@Bean
	NavigationItem consentTextsNavigationItem() {
		return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.consentTexts", "/consent-texts", 15,
				Set.of(Role.COORDINATOR));
	}

	@Bean
	NavigationItem portalNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.portal", "/portal", 10, Set.of(Role.PARENT));
	}
}
