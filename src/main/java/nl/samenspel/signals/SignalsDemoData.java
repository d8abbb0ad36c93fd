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
 * One demo signal, raised by the worker about Łukasz (poverty: no winter coat, often hungry), which the safeguarding
 * officer has taken into a Meldcode case at step 1. Only `worker` and `safeguarding` can read it.
 */
@Component
@Order(50)
class SignalsDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final ChildManagement children;
	private final Signals signals;
	private final Meldcode meldcode;
	private final SignalStore store;

	SignalsDemoData(DemoMode demo, UserManagement users, ChildManagement children, Signals signals, Meldcode meldcode,
			SignalStore store) {
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
		if (!demo.enabled() || store.any()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var worker = users.actingAs(organisation, "worker", Role.WORKER).orElse(null);
		var officer = users.actingAs(organisation, "safeguarding", Role.SAFEGUARDING_OFFICER).orElse(null);
		if (worker == null || officer == null) {
			return;
		}
		children.search(worker, new ChildQuery("lukasz", null, null, null, null, false), PageRequest.of(0, 1)).getContent()
			.stream().findFirst().ifPresent(lukasz -> {
				var id = signals.raise(worker, new SignalRequest(lukasz.id(), DutchTime.today(),
						Category.POVERTY, Worry.MEDIUM,
						"Łukasz kwam zonder jas, terwijl het vroor. Hij at drie boterhammen en zei dat er thuis geen ontbijt was.",
						null, null));
				meldcode.open(officer, id);
			});
	}
}
