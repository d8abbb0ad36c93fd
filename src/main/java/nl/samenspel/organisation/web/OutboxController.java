package nl.samenspel.organisation.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/**
 * The demo's outbox: mails that were kept instead of sent, because no SMTP server is configured. Only in demo mode;
 * an ADMIN sees the links of mails to their own address only ({@link Mailer#outbox(nl.samenspel.kernel.CurrentUser, int)}).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {


	private final Mailer mailer;
	private final DemoMode demo;

	OutboxController(Mailer mailer, DemoMode demo) {
		this.mailer = mailer;
		this.demo = demo;
	}

	@GetMapping("/outbox")
	String outbox(Model model) {
		if (!demo.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("outbox", new Views.OutboxView(mailer.outbox(nl.samenspel.kernel.CurrentUser.required(), 50)));
		return "organisation/outbox";
	}

	@Configuration(proxyBeanMethods = false)
	static class OutboxNavigation {

		@Bean
		NavigationItem outboxNavigation(DemoMode demo) {
			return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.outbox", "/outbox", 190,
					Set.of(Role.ADMIN), demo.enabled());
		}
	}
}
