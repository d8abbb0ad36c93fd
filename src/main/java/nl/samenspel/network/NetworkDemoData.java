package nl.samenspel.network;

import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.CurrentUser;
import nl.samenspel.ui.Role;

/** The first demo organisation's social map, with the demo PARTNER working at the Jeugdfonds Sport &amp; Cultuur. */
@Component
@Order(40)
class NetworkDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final SocialMap map;
	private final UserManagement users;

	NetworkDemoData(DemoMode demo, SocialMap map, UserManagement users) {
		this.demo = demo;
		this.map = map;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var coordinator = users.userId(organisation, "coordinator").orElse(null);
		var partner = users.userId(organisation, "partner").orElse(null);
		if (coordinator == null || partner == null) {
			return;
		}
		var planner = new CurrentUser(coordinator, organisation, "coordinator", "Demo", EnumSet.of(Role.COORDINATOR), "nl", null);
		var jeugdfonds = map.services(organisation, false).stream().filter(it -> it.kind() == ServiceKind.JEUGDFONDS)
			.findFirst();
		if (jeugdfonds.isPresent() && map.partnersOf(organisation, jeugdfonds.get().id()).isEmpty()) {
			map.linkPartner(planner, jeugdfonds.get().id(), partner);
		}
	}
}
