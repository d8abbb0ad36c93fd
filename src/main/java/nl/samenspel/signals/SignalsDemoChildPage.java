package nl.samenspel.signals;


import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * A second demo signal, about Ayşe, who also has a place at the cooking club and a referral to the Jeugdfonds: so one
 * child's page shows every panel (places, attendance, referrals, and for the safeguarding officer signals and a
 * Meldcode case). Raised by the worker, taken into a case by the officer. Once only: not when Ayşe already has a
 * signal, so a second run of the demo (another test context on the same database) adds nothing.
 */
@Component
@Order(51)
class SignalsDemoChildPage implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final ChildManagement children;
	private final Signals signals;
	private final Meldcode meldcode;
	private final SignalStore store;

	SignalsDemoChildPage(DemoMode demo, UserManagement users, ChildManagement children, Signals signals,
			Meldcode meldcode, SignalStore store) {
		this.demo = demo;
		this.users = users;
		this.children = children;
		this.signals = signals;
		this.meldcode = meldcode;
		this.store = store;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var worker = users.actingAs(organisation, "worker", Role.WORKER).orElse(null);
		var officer = users.actingAs(organisation, "safeguarding", Role.SAFEGUARDING_OFFICER).orElse(null);
		if (worker == null || officer == null) {
			return;
		}
		children.search(worker, new ChildQuery("ayse", null, null, null, null, false), PageRequest.of(0, 1))
			.getContent().stream().findFirst()
			.filter(ayse -> store.ofChild(organisation, ayse.id(), 1).isEmpty())
			.ifPresent(ayse -> {
				var id = signals.raise(worker, new SignalRequest(ayse.id(), DutchTime.today(), Category.DEVELOPMENT,
						Worry.LOW, "Ayşe is de laatste weken stil. Bij de kookclub at ze niet mee en speelde ze alleen.",
						null, null));
				meldcode.open(officer, id);
			});
	}
}
