package nl.samenspel.volunteers.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.volunteers.ActivityRules;

/** A COORDINATOR sets, per activity, whether each session asks for four eyes and whether sign-ups confirm themselves. */
@Controller
@RequestMapping("/volunteers/activities/{activityId}/rule")
@PreAuthorize("hasRole('COORDINATOR')")
class ActivityRuleController {

	private final ActivityRules rules;

	ActivityRuleController(ActivityRules rules) {
		this.rules = rules;
	}

	@GetMapping
	String show(@PathVariable UUID activityId, Model model) {
		model.addAttribute("ruled", rules.rule(CurrentUser.required(), activityId));
		return "volunteers/rule";
	}

	@PostMapping
	String save(@PathVariable UUID activityId, @RequestParam(defaultValue = "false") boolean fourEyes,
			@RequestParam(defaultValue = "false") boolean autoConfirm, RedirectAttributes redirect) {
		rules.set(CurrentUser.required(), activityId, fourEyes, autoConfirm);
		redirect.addFlashAttribute("notice", "volunteers.planning.ruleSaved");
		return "redirect:/volunteers/activities/" + activityId + "/rule";
	}
}
