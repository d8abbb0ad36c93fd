package nl.samenspel.volunteers.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.ScreeningProfile;
import nl.samenspel.volunteers.ScreeningState;
import nl.samenspel.volunteers.Volunteer;
import nl.samenspel.volunteers.VolunteerAccounts;
import nl.samenspel.volunteers.VolunteerDetails;
import nl.samenspel.volunteers.VolunteerInvitation;
import nl.samenspel.volunteers.VolunteerQuery;
import nl.samenspel.volunteers.VolunteerStatus;
import nl.samenspel.volunteers.Volunteers;

/**
 * The COORDINATOR's volunteer records: the list with its search and filters, registering and editing a volunteer,
 * the record's page (opening it is logged), deactivating and reactivating, and linking a VOLUNTEER account. The VOG
 * and code-of-conduct forms are {@link ScreeningController}'s.
 */
@Controller
@RequestMapping("/volunteers")
@PreAuthorize("hasRole('COORDINATOR')")
class VolunteerController {

	private final Volunteers volunteers;
	private final VolunteerAccounts accounts;

	VolunteerController(Volunteers volunteers, VolunteerAccounts accounts) {
		this.volunteers = volunteers;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable VolunteerStatus status,
			@RequestParam(required = false) @Nullable ScreeningState screening, @RequestParam(defaultValue = "0") int page,
			@ModelAttribute("page") Page view, Model model) {
		var user = CurrentUser.required();
		var result = volunteers.search(user, new VolunteerQuery(q, status, screening),
				PageRequest.of(Math.max(page, 0), 25));
		var today = volunteers.today();
		var link = UriComponentsBuilder.fromPath("/volunteers").queryParam("q", SearchTerm.of(q));
		if (status != null) {
			link.queryParam("status", status);
		}
		if (screening != null) {
			link.queryParam("screening", screening);
		}
		var messages = view.messages();
		model.addAttribute("volunteers", new Views.VolunteerList(
				result.getContent().stream().map(volunteer -> Views.Standing.of(volunteer, today)).toList(),
				SearchTerm.of(q), Options.enumOptions(VolunteerStatus.class, "volunteers.record.status.", messages, status),
				Options.enumOptions(ScreeningState.class, "volunteers.record.screening.", messages, screening),
				Pager.of(result, link)));
		return "volunteers/list";
	}

	@GetMapping("/new")
	String create(@ModelAttribute("page") Page page, Model model) {
		return form(null, new VolunteerDetails(null, null, null, null, null, null, null, volunteers.today()),
				FieldMessages.NONE, page, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("details") VolunteerDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var volunteer = volunteers.register(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "volunteers.record.saved");
			return "redirect:/volunteers/" + volunteer.id();
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return show(id, FieldMessages.NONE, page, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var volunteer = volunteers.view(CurrentUser.required(), id);
		return form(id, new VolunteerDetails(volunteer.firstName(), volunteer.lastName(), volunteer.email(),
				volunteer.phone(), volunteer.skills(), volunteer.languages(), volunteer.ageBand(), volunteer.intakeOn()),
				FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") VolunteerDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		volunteers.find(CurrentUser.required(), id);
		return Forms.submit(errors, () -> {
			volunteers.update(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "volunteers.record.saved");
			return "redirect:/volunteers/" + id;
		}).orElseGet(() -> form(id, details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		volunteers.deactivate(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "volunteers.record.deactivated");
		return "redirect:/volunteers/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			volunteers.reactivate(CurrentUser.required(), id);
		}
		catch (FieldRejected rejected) {
			return show(id, FieldMessages.of(rejected, page.messages()), page, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.record.reactivated");
		return "redirect:/volunteers/" + id;
	}

	@PostMapping("/{id}/account")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID accountId,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			if (accountId == null) {
				throw new FieldRejected("accountId", "volunteers.record.error.chooseAccount");
			}
			accounts.linkAccount(CurrentUser.required(), id, accountId);
		}
		catch (FieldRejected rejected) {
			return show(id, FieldMessages.of(rejected, page.messages()), page, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.record.accountLinked");
		return "redirect:/volunteers/" + id;
	}

	@PostMapping("/{id}/account/invite")
	String invite(@PathVariable UUID id, @Valid @ModelAttribute("invitation") VolunteerInvitation invitation,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		volunteers.find(CurrentUser.required(), id);
		return Forms.submit(errors, () -> {
			accounts.inviteAccount(CurrentUser.required(), id, invitation);
			redirect.addFlashAttribute("notice", "volunteers.record.accountInvited");
			return "redirect:/volunteers/" + id;
		}).orElseGet(() -> show(id, FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/{id}/account/remove")
	String unlink(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.unlinkAccount(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "volunteers.record.accountUnlinked");
		return "redirect:/volunteers/" + id;
	}

	private String show(UUID id, FieldMessages accountErrors, Page page, Model model) {
		var user = CurrentUser.required();
		var volunteer = volunteers.view(user, id);
		var account = accounts.account(user, volunteer).map(it -> it.getDisplayName() + " (" + it.getUsername() + ")")
			.orElse(null);
		var linkable = volunteer.userId() != null ? java.util.List.<Option>of()
				: accounts.linkableAccounts(user).stream()
					.map(it -> new Option(it.getId().toString(), it.getDisplayName() + " (" + it.getUsername() + ")", false))
					.toList();
		var checkedBy = volunteer.vogCheckedBy() == null ? null : volunteers.userName(user, volunteer.vogCheckedBy()).orElse(null);
		model.addAttribute("view", new Views.VolunteerPage(Views.Standing.of(volunteer, volunteers.today()),
				profileLabel(volunteer, page), checkedBy, account, linkable,
				java.util.List.of(new Option("nl", page.t("language.nl"), true), new Option("en", page.t("language.en"), false)),
				accountErrors));
		return "volunteers/show";
	}

	/** The screening profile as a person reads it: the name of a known one, or the text typed. */
	static @Nullable String profileLabel(Volunteer volunteer, Page page) {
		var profile = ScreeningProfile.of(volunteer.vogProfile());
		if (profile == null) {
			return null;
		}
		return profile == ScreeningProfile.OTHER ? volunteer.vogProfile() : page.t(profile.messageKey());
	}

	private String form(@Nullable UUID id, VolunteerDetails details, FieldMessages errors, Page page, Model model) {
		model.addAttribute("form", new Views.VolunteerForm(id, details,
				Options.enumOptions(AgeBand.class, "volunteers.record.ageBand.", page.messages(), details.ageBand()), errors));
		return "volunteers/form";
	}
}
