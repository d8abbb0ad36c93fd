package nl.samenspel.signals.web;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.signals.Meldcode;
import nl.samenspel.signals.MeldcodeDecisions;
import nl.samenspel.signals.MeldcodeSteps;
import nl.samenspel.signals.Signals;
import nl.samenspel.signals.StepRequests;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * A Meldcode case, step by step: one page that explains each step in plain Dutch and offers the form of the step
 * that is next; a step out of turn is refused with its message next to the form. Need to know is the service's.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
class CaseController {

	private final Meldcode meldcode;
	private final MeldcodeSteps steps;
	private final MeldcodeDecisions decisions;
	private final Signals signals;

	CaseController(Meldcode meldcode, MeldcodeSteps steps, MeldcodeDecisions decisions, Signals signals) {
		this.meldcode = meldcode;
		this.steps = steps;
		this.decisions = decisions;
		this.signals = signals;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return page(id, "", FieldMessages.NONE, model);
	}

	private String page(UUID id, String failedForm, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		var concernCase = meldcode.concernCase(user, id);
		var officer = user.hasRole(Role.SAFEGUARDING_OFFICER);
		var members = officer ? meldcode.possibleMembers(user).stream()
			.filter(member -> concernCase.members().stream().noneMatch(it -> it.userId().equals(member.userId())))
			.filter(member -> !member.userId().equals(user.id()))
			.map(member -> new Option(member.userId().toString(), member.name(), false)).toList() : java.util.List.<Option>of();
		model.addAttribute("casePage", new Views.CasePage(concernCase, failedForm, errors, members,
				signals.accessHistory(user, id).getContent(), officer, DutchTime.today().toString()));
		return "signals/case";
	}

	private String step(UUID id, String form, BindingResult errors, Page page, Model model, RedirectAttributes redirect,
			Consumer<CurrentUser> action) {
		return Forms.submit(errors, () -> {
			action.accept(CurrentUser.required());
			redirect.addFlashAttribute("notice", "case.saved");
			return "redirect:/cases/" + id + "#" + form;
		}).orElseGet(() -> page(id, form, FieldMessages.of(errors, page.messages()), model));
	}

	@PostMapping("/{id}/observations")
	String observe(@PathVariable UUID id, @Valid @ModelAttribute("observation") StepRequests.Observation observation,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "step-1", errors, page, model, redirect, user -> steps.observe(user, id, observation));
	}

	@PostMapping("/{id}/hypotheses/{entryId}")
	String judge(@PathVariable UUID id, @PathVariable UUID entryId, @RequestParam boolean confirmed,
			RedirectAttributes redirect) {
		steps.judgeHypothesis(CurrentUser.required(), id, entryId, confirmed);
		redirect.addFlashAttribute("notice", "case.saved");
		return "redirect:/cases/" + id + "#step-1";
	}

	@PostMapping("/{id}/consultations")
	String consult(@PathVariable UUID id, @Valid @ModelAttribute("consultation") StepRequests.Consultation consultation,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "step-2", errors, page, model, redirect, user -> steps.consult(user, id, consultation));
	}

	@PostMapping("/{id}/conversations")
	String converse(@PathVariable UUID id, @Valid @ModelAttribute("conversation") StepRequests.Conversation conversation,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "step-3", errors, page, model, redirect, user -> steps.converse(user, id, conversation));
	}

	@PostMapping("/{id}/weighing")
	String weigh(@PathVariable UUID id, @Valid @ModelAttribute("answer") StepRequests.Answer answer,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "step-4", errors, page, model, redirect, user -> steps.weigh(user, id, answer));
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decision") StepRequests.Decision decision,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "step-5", errors, page, model, redirect, user -> decisions.decide(user, id, decision));
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable UUID id, @Valid @ModelAttribute("report") StepRequests.Report report,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "report", errors, page, model, redirect, user -> decisions.report(user, id, report));
	}

	@PostMapping("/{id}/help")
	String help(@PathVariable UUID id, @Valid @ModelAttribute("help") StepRequests.Help help, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "help", errors, page, model, redirect, user -> decisions.agreeHelp(user, id, help));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable UUID id, @Valid @ModelAttribute("closure") StepRequests.Closure closure,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "close", errors, page, model, redirect, user -> decisions.close(user, id, closure));
	}

	@PostMapping("/{id}/members")
	@PreAuthorize("hasRole('SAFEGUARDING_OFFICER')")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("member") StepRequests.Member member,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return step(id, "members", errors, page, model, redirect, user -> meldcode.addMember(user, id, member.userId()));
	}

	@PostMapping("/{id}/members/{userId}/remove")
	@PreAuthorize("hasRole('SAFEGUARDING_OFFICER')")
	String removeMember(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		meldcode.removeMember(CurrentUser.required(), id, userId);
		redirect.addFlashAttribute("notice", "case.saved");
		return "redirect:/cases/" + id + "#members";
	}
}
