package nl.samenspel.network;

import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/** The first demo organisation's social map, with the demo PARTNER working at the Jeugdfonds Sport &amp; Cultuur. */
@Component
@Order(40)
class NetworkDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final SocialMap map;
	private final UserManagement users;
	private final Referrals referrals;
	private final ReferralProgress progress;
	private final nl.samenspel.children.ChildManagement children;

	NetworkDemoData(DemoMode demo, SocialMap map, UserManagement users, Referrals referrals, ReferralProgress progress,
			nl.samenspel.children.ChildManagement children) {
		this.demo = demo;
		this.map = map;
		this.users = users;
		this.referrals = referrals;
		this.progress = progress;
		this.children = children;
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
		if (jeugdfonds.isEmpty() || !map.partnersOf(organisation, jeugdfonds.get().id()).isEmpty()) {
			return;
		}
		map.linkPartner(planner, jeugdfonds.get().id(), partner);
		// Ayşe, whose father agreed, referred to the Jeugdfonds for the swimming club: the partner sees it
		children.search(planner, new nl.samenspel.children.ChildQuery("ayse", null, null, null, null, false),
				org.springframework.data.domain.PageRequest.of(0, 1)).getContent().stream().findFirst().ifPresent(ayse -> {
					var child = children.child(planner, ayse.id());
					var guardian = children.guardians(child).stream().findFirst().orElse(null);
					if (guardian == null) {
						return;
					}
					var referral = referrals.refer(planner, new ReferralRequest(ayse.id(), jeugdfonds.get().id(),
							"Ayşe wil graag op zwemles bij de zwemclub; het gezin kan de contributie niet betalen.",
							guardian.getId(), null, false, "Vader, Yusuf Demir, 06 11223344", null));
					progress.changeStatus(planner, referral.id(), ReferralStatus.SENT);
				});
	}
}
