package nl.samenspel.network.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** This module's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

	@Bean
	NavigationItem referralsNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.referrals", "/referrals", 13,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));
	}

	@Bean
	NavigationItem networkNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.network", "/network", 14,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));
	}

	@Bean
	NavigationItem partnerNavigationItem() {
		return new NavigationItem(NavigationGroup.CHILDREN, "nav.partnerReferrals", "/partner/referrals", 10,
				Set.of(Role.PARTNER));
	}
}
