package nl.samenspel.signals.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.SocialMap;
import nl.samenspel.signals.CaseListing;
import nl.samenspel.signals.Category;
import nl.samenspel.signals.Meldcode;
import nl.samenspel.signals.SignalRequest;
import nl.samenspel.signals.Signals;
import nl.samenspel.signals.Worry;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;

/**
 * Raising a signal (from a child's page or the attendance list, in seconds) and reading signals with need to know.
 * A VOLUNTEER raises a signal and is thanked; they cannot open it afterwards.
 */
@Controller
class SignalController {

	private final Signals signals;
	private final Meldcode meldcode;
	private final ChildManagement children;
	private final SocialMap socialMap;
	private final CaseListing caseListing;

	SignalController(Signals signals, Meldcode meldcode, ChildManagement children, SocialMap socialMap,
			CaseListing caseListing) {
		this.signals = signals;
		this.meldcode = meldcode;
		this.caseListing = caseListing;
		this.children = children;
		this.socialMap = socialMap;
	}

	@GetMapping("/signals/new")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'VOLUNTEER')")
	String create(@RequestParam UUID childId, @RequestParam(required = false) @Nullable UUID sessionId,
			@ModelAttribute("page") Page page, Model model) {
		var request = new SignalRequest(childId, DutchTime.today(), null, Worry.MEDIUM, null, null,
				sessionId);
		return form(request, FieldMessages.NONE, page, model);
	}

	@PostMapping("/signals")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'VOLUNTEER')")
	String raise(@Valid @ModelAttribute("signal") SignalRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var id = signals.raise(CurrentUser.required(), request);
			redirect.addFlashAttribute("notice", "signal.raised");
			var user = CurrentUser.required();
			if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER)) {
				return request.sessionId() == null ? "redirect:/signals/thanks" : "redirect:/sessions/" + request.sessionId();
			}
			return "redirect:/signals/" + id;
		}).orElseGet(() -> form(request, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String form(SignalRequest request, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		var child = request.childId() == null ? null : children.cardOfAssigned(user, request.childId()).orElse(null);
		if (child == null) {
			throw new NotFound();
		}
		model.addAttribute("form", new Views.SignalForm(request, child.firstName(),
				Options.enumOptions(Category.class, "signal.category.", page.messages(), request.category()),
				Options.enumOptions(Worry.class, "signal.worry.", page.messages(), request.worry()), errors,
				request.sessionId()));
		return "signals/form";
	}

	@GetMapping("/signals/thanks")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'VOLUNTEER')")
	String thanks() {
		return "signals/thanks";
	}

	/**
	 * The signals and cases the user may open, named, with the page's words for their role: the safeguarding officer
	 * sees all of them; a coordinator also sees that the other cases exist and where they stand, without names.
	 */
	@GetMapping("/signals")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String list(Model model) {
		var user = CurrentUser.required();
		var officer = user.hasRole(Role.SAFEGUARDING_OFFICER);
		var overview = !officer && user.hasRole(Role.COORDINATOR);
		model.addAttribute("signals", new Views.SignalList(Views.SignalList.roleOf(user), signals.readable(user),
				caseListing.readable(user), overview ? meldcode.overview(user) : java.util.List.of(), overview));
		return "signals/list";
	}

	@GetMapping("/signals/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String show(@PathVariable UUID id, Model model) {
		var user = CurrentUser.required();
		var signal = signals.signal(user, id);
		var poverty = signal.category() == Category.POVERTY ? socialMap.againstPoverty(user.organisationId())
				: java.util.List.<nl.samenspel.network.NetworkOrganisation>of();
		model.addAttribute("signalPage", new Views.SignalPage(signal, poverty,
				signals.accessHistory(user, id).getContent(), signal.caseId() == null));
		return "signals/show";
	}

	@PostMapping("/signals/{id}/case")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String openCase(@PathVariable UUID id, RedirectAttributes redirect) {
		var caseId = meldcode.open(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "case.opened");
		return "redirect:/cases/" + caseId;
	}
}
