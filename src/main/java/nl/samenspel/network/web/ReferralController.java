package nl.samenspel.network.web;

import java.util.List;
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
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.network.ReferralProgress;
import nl.samenspel.network.ReferralRequest;
import nl.samenspel.network.ReferralStatus;
import nl.samenspel.network.Referrals;
import nl.samenspel.network.Route;
import nl.samenspel.network.SocialMap;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * Referrals for staff (making one, following it up, the letter for parents who apply themselves) and for the PARTNER
 * it is addressed to (answering and following up).
 */
@Controller
class ReferralController {

	private final Referrals referrals;
	private final ReferralProgress progress;
	private final SocialMap map;
	private final ChildManagement children;

	ReferralController(Referrals referrals, ReferralProgress progress, SocialMap map, ChildManagement children) {
		this.referrals = referrals;
		this.progress = progress;
		this.map = map;
		this.children = children;
	}

	@GetMapping("/referrals")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String list(Model model) {
		var user = CurrentUser.required();
		model.addAttribute("referrals", new Views.ReferralList(referrals.list(user, null), referrals.due(user)));
		return "network/referrals";
	}

	@GetMapping("/referrals/new")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String create(@RequestParam UUID childId, @RequestParam(required = false) @Nullable UUID serviceId,
			@ModelAttribute("page") Page page, Model model) {
		var request = new ReferralRequest(childId, serviceId, null, null, null, false, null, null);
		return form(request, FieldMessages.NONE, page, model);
	}

	@PostMapping("/referrals")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String refer(@Valid @ModelAttribute("referral") ReferralRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var referral = referrals.refer(CurrentUser.required(), request);
			redirect.addFlashAttribute("notice", "referral.saved");
			return "redirect:/referrals/" + referral.id();
		}).orElseGet(() -> form(request, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String form(ReferralRequest request, FieldMessages errors, Page page, Model model) {
		var user = CurrentUser.required();
		if (request.childId() == null) {
			// the form is always about one child: without a (readable) child id there is no form to show again
			throw new nl.samenspel.kernel.NotFound();
		}
		var child = children.child(user, request.childId());
		var services = map.services(user.organisationId(), false).stream()
			.filter(it -> it.route() != Route.INFORM)
			.map(it -> new Option(it.id().toString(), it.name() + " · " + page.t("network.route." + it.route().name()),
					it.id().equals(request.serviceId())))
			.toList();
		var guardians = children.guardians(child).stream()
			.map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(request.consentGuardianId())))
			.toList();
		var chosen = request.serviceId() == null ? null : map.services(user.organisationId(), false).stream()
			.filter(it -> it.id().equals(request.serviceId())).findFirst().orElse(null);
		model.addAttribute("form", new Views.ReferralForm(request, child.getName(), services, guardians, errors, chosen));
		return "network/referralForm";
	}

	@GetMapping("/referrals/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("referralPage", new Views.ReferralPage(referrals.referral(CurrentUser.required(), id)));
		return "network/referral";
	}

	@PostMapping("/referrals/{id}/status")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String status(@PathVariable UUID id, @RequestParam ReferralStatus status, RedirectAttributes redirect) {
		try {
			progress.changeStatus(CurrentUser.required(), id, status);
			redirect.addFlashAttribute("notice", "referral.statusSaved");
		}
		catch (FieldRejected rejected) {
			redirect.addFlashAttribute("notice", rejected.messageKey());
		}
		return "redirect:/referrals/" + id;
	}

	@GetMapping("/referrals/{id}/letter")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER')")
	String letter(@PathVariable UUID id, Model model) {
		model.addAttribute("letterPage", new Views.LetterPage(referrals.letter(CurrentUser.required(), id)));
		return "network/letter";
	}

	// partners

	@GetMapping("/partner/referrals")
	@PreAuthorize("hasRole('PARTNER')")
	String partnerList(Model model) {
		var user = CurrentUser.required();
		model.addAttribute("partner", new Views.PartnerList(progress.forPartner(user), map.serviceOf(user).isPresent()));
		return "network/partnerList";
	}

	@GetMapping("/partner/referrals/{id}")
	@PreAuthorize("hasRole('PARTNER')")
	String partnerShow(@PathVariable UUID id, Model model) {
		model.addAttribute("partnerPage", new Views.PartnerPage(progress.forPartner(CurrentUser.required(), id)));
		return "network/partnerReferral";
	}

	/**
	 * The partner's answer. Declining comes from its own form with a reason; without one (or with one too long) the
	 * page comes back with the form open and the message next to the field, and nothing has changed.
	 */
	@PostMapping("/partner/referrals/{id}/status")
	@PreAuthorize("hasRole('PARTNER')")
	String partnerStatus(@PathVariable UUID id, @RequestParam ReferralStatus status,
			@RequestParam(required = false) @Nullable String reason, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		var user = CurrentUser.required();
		try {
			progress.changeStatus(user, id, status, reason);
			redirect.addFlashAttribute("notice", "referral.statusSaved");
		}
		catch (FieldRejected rejected) {
			if ("reason".equals(rejected.field())) {
				model.addAttribute("partnerPage", new Views.PartnerPage(progress.forPartner(user, id), reason,
						FieldMessages.of(rejected, page.messages())));
				return "network/partnerReferral";
			}
			redirect.addFlashAttribute("notice", rejected.messageKey());
		}
		return "redirect:/partner/referrals/" + id;
	}

}
