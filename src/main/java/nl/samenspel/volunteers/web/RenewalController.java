package nl.samenspel.volunteers.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.volunteers.Renewals;

/** The coordinator's VOG renewals: active volunteers whose renewal is due within 60 days or overdue, soonest first. */
@Controller
class RenewalController {

	private final Renewals renewals;

	RenewalController(Renewals renewals) {
		this.renewals = renewals;
	}

	@GetMapping("/volunteers/renewals")
	@PreAuthorize("hasRole('COORDINATOR')")
	String list(Model model) {
		model.addAttribute("renewals", new RecruitmentViews.RenewalList(renewals.due(CurrentUser.required())));
		return "volunteers/renewals";
	}
}
