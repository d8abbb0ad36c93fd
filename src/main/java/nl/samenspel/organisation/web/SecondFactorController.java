package nl.samenspel.organisation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.ReturnAddress;
import nl.samenspel.organisation.SecondFactorGate;
import nl.samenspel.organisation.SecondFactors;
import nl.samenspel.organisation.SessionOnly;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * Two-factor login: the second step after the password ({@code /login/second-factor}) and a user's own second factor
 * ({@code /account/second-factor}: enrol, renew the recovery codes, remove it). Only from a signed-in session, never
 * with a token.
 */
@Controller
@PreAuthorize(SessionOnly.RULE)
class SecondFactorController {

	private final SecondFactors secondFactors;
	private final ReturnAddress returnAddress;

	SecondFactorController(SecondFactors secondFactors, ReturnAddress returnAddress) {
		this.secondFactors = secondFactors;
		this.returnAddress = returnAddress;
	}

	@GetMapping("/login/second-factor")
	String secondStep(Model model) {
		if (!waiting()) {
			return "redirect:/";
		}
		return step(FieldMessages.NONE, model);
	}

	@PostMapping("/login/second-factor")
	String checkCode(@RequestParam(defaultValue = "") String code, @ModelAttribute("page") Page page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!waiting()) {
			return "redirect:/";
		}
		return switch (secondFactors.verifyLogin(CurrentUser.required(), code)) {
			case PASSED -> {
				SecondFactorGate.grant(request, response);
				yield "redirect:" + returnAddress.next(request, response);
			}
			case WRONG -> step(FieldMessages.of(new FieldRejected("code", "secondFactor.codeWrong"), page.messages()), model);
			case THROTTLED -> step(FieldMessages.of(new FieldRejected("code", "login.blocked"), page.messages()), model);
		};
	}

	@GetMapping("/account/second-factor")
	String show(Model model) {
		return view(FieldMessages.NONE, "", model);
	}

	@PostMapping("/account/second-factor")
	String enrol(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String code, @ModelAttribute("page") Page page, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var user = CurrentUser.required();
		if (secondFactors.enrolled(user.id())) {
			return "redirect:/account/second-factor";
		}
		List<String> codes;
		try {
			codes = secondFactors.confirm(user, currentPassword, code);
		}
		catch (FieldRejected rejected) {
			return view(FieldMessages.of(rejected, page.messages()), "", model);
		}
		var next = "/account/second-factor";
		if (!SecondFactorGate.passed(SecurityContextHolder.getContext().getAuthentication())) {
			// the code just given is this login's second factor
			SecondFactorGate.grant(request, response);
			next = returnAddress.next(request, response);
		}
		model.addAttribute("codes", new Views.RecoveryCodesView(codes, next));
		return "account/recoveryCodes";
	}

	@PostMapping("/account/second-factor/recovery-codes")
	String renew(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String code, @ModelAttribute("page") Page page, Model model) {
		try {
			var codes = secondFactors.renewRecoveryCodes(CurrentUser.required(), currentPassword, code);
			model.addAttribute("codes", new Views.RecoveryCodesView(codes, "/account/second-factor"));
			return "account/recoveryCodes";
		}
		catch (FieldRejected rejected) {
			return view(FieldMessages.of(rejected, page.messages()), "renew", model);
		}
	}

	@PostMapping("/account/second-factor/remove")
	String remove(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String code, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			secondFactors.remove(CurrentUser.required(), currentPassword, code);
		}
		catch (FieldRejected rejected) {
			return view(FieldMessages.of(rejected, page.messages()), "remove", model);
		}
		redirect.addFlashAttribute("notice", "secondFactor.removed");
		return "redirect:/account/second-factor";
	}

	/** Whether this session still waits for a code (signed in with a password, second factor active). */
	private boolean waiting() {
		return !SecondFactorGate.passed(SecurityContextHolder.getContext().getAuthentication())
				&& secondFactors.state(CurrentUser.required()) == SecondFactors.State.CODE;
	}

	private String step(FieldMessages errors, Model model) {
		model.addAttribute("step", new Views.SecondStepView(errors, secondFactors.demoCode(CurrentUser.required()).orElse(null)));
		return "account/secondStep";
	}

	private String view(FieldMessages errors, String form, Model model) {
		var user = CurrentUser.required();
		var enrolled = secondFactors.enrolled(user.id());
		model.addAttribute("factor", new Views.SecondFactorView(enrolled, secondFactors.required(user),
				enrolled ? null : secondFactors.enrolment(user), enrolled ? secondFactors.recoveryCodesLeft(user.id()) : 0,
				errors, form));
		return "account/secondFactor";
	}
}
