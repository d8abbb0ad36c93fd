package nl.samenspel.organisation.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.RoleChange;
import nl.samenspel.organisation.RoleGrantManagement;
import nl.samenspel.organisation.SecondFactors;
import nl.samenspel.organisation.UserAccount;
import nl.samenspel.organisation.InvitationManagement;
import nl.samenspel.organisation.SessionManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/** An ADMIN invites users, changes their roles and deactivates them. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

	private final UserManagement users;
	private final InvitationManagement invitations;
	private final RoleGrantManagement grants;
	private final SessionManagement sessions;
	private final SecondFactors secondFactors;

	UserController(UserManagement users, InvitationManagement invitations, RoleGrantManagement grants,
			SessionManagement sessions, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.grants = grants;
		this.sessions = sessions;
		this.users = users;
		this.invitations = invitations;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = Views.limit(q);
		var result = users.users(CurrentUser.required().organisationId(), query,
				PageRequest.of(Math.max(page, 0), Views.PAGE_SIZE, Sort.by("username")));
		model.addAttribute("users", new Views.UserList(result.getContent(), query, Pager.of(result, "/users", query)));
		return "users/list";
	}

	@GetMapping("/invite")
	String inviteForm(@ModelAttribute("page") Page page, Model model) {
		return invitation(new InvitationDetails(null, null, null, null, "nl"), FieldMessages.NONE, page, model);
	}

	@PostMapping("/invite")
	String invite(@Valid @ModelAttribute("details") InvitationDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var invited = invitations.invite(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", invited.pending() == null ? "users.invited" : "users.invited.grant");
			return "redirect:/users/" + invited.user().getId();
		}).orElseGet(() -> invitation(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var user = users.user(CurrentUser.required().organisationId(), id);
		return view(user, user.getRoles(), FieldMessages.NONE, page, model);
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@PathVariable UUID id, @Valid @ModelAttribute("change") RoleChange change,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var admin = CurrentUser.required();
		var user = users.user(admin.organisationId(), id);
		return Forms.submit(errors, () -> {
			var result = users.changeRoles(admin, id, change.roles());
			redirect.addFlashAttribute("notice", result.pending() == null ? "users.rolesChanged" : "users.grant.requested");
			return "redirect:/users/" + id;
		}).orElseGet(() -> view(user, change.roles(), FieldMessages.of(errors, page.messages()), page, model));
	}

	@PostMapping("/grants/{id}/approve")
	String approve(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return decide(id, true, page, model, redirect);
	}

	@PostMapping("/grants/{id}/reject")
	String reject(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return decide(id, false, page, model, redirect);
	}

	private String decide(UUID id, boolean approve, Page page, Model model, RedirectAttributes redirect) {
		var admin = CurrentUser.required();
		var grant = grants.grant(admin.organisationId(), id);
		try {
			if (approve) {
				grants.approve(admin, id);
			}
			else {
				grants.reject(admin, id);
			}
		}
		catch (FieldRejected rejected) {
			var user = users.user(admin.organisationId(), grant.userId());
			return view(user, user.getRoles(), FieldMessages.global(page.t(rejected.messageKey())), page, model);
		}
		redirect.addFlashAttribute("notice", approve ? "users.grant.approved" : "users.grant.rejected");
		return "redirect:/users/" + grant.userId();
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		var admin = CurrentUser.required();
		try {
			users.deactivate(admin, id);
		}
		catch (FieldRejected rejected) {
			var user = users.user(admin.organisationId(), id);
			return view(user, user.getRoles(), FieldMessages.global(page.t(rejected.messageKey())), page, model);
		}
		redirect.addFlashAttribute("notice", "users.deactivated");
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/sessions/end")
	String endSession(@PathVariable UUID id, @RequestParam(defaultValue = "") String session,
			RedirectAttributes redirect) {
		var ended = sessions.end(CurrentUser.required(), id, session);
		redirect.addFlashAttribute("notice", ended ? "accountSessions.ended" : "accountSessions.gone");
		return "redirect:/users/" + id + "#sessions";
	}

	@PostMapping("/{id}/sessions/end-all")
	String endSessions(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		sessions.endAll(CurrentUser.required(), id, AccountSessionController.current(request));
		redirect.addFlashAttribute("notice", "accountSessions.allEnded");
		return "redirect:/users/" + id + "#sessions";
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		users.reactivate(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "users.reactivated");
		return "redirect:/users/" + id;
	}

	/** A lost phone: the user's second factor goes, and their sessions end; audited. */
	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		secondFactors.reset(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "users.secondFactor.reset.done");
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var admin = CurrentUser.required();
		try {
			invitations.resendInvitation(admin.organisationId(), id);
		}
		catch (FieldRejected rejected) {
			var user = users.user(admin.organisationId(), id);
			return view(user, user.getRoles(), FieldMessages.global(page.t(rejected.messageKey())), page, model);
		}
		redirect.addFlashAttribute("notice", "users.invited");
		return "redirect:/users/" + id;
	}

	private String invitation(InvitationDetails details, FieldMessages errors, Page page, Model model) {
		var languages = List.of(new Option("nl", page.t("language.nl"), !"en".equals(details.preferredLanguage())),
				new Option("en", page.t("language.en"), "en".equals(details.preferredLanguage())));
		model.addAttribute("form", new Views.InvitationForm(details,
				Options.enumChoices(Role.class, "role.", page.messages(), details.roles()), languages, errors));
		return "users/invite";
	}

	private static @Nullable String currentSession() {
		// never getSessionId() of the request attributes: that would start a session
		return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
				instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
						? AccountSessionController.current(attributes.getRequest()) : null;
	}

	private String view(UserAccount user, java.util.@Nullable Set<Role> roles, FieldMessages errors, Page page,
			Model model) {
		var me = CurrentUser.required();
		var pending = grants.pending(me.organisationId(), user.getId()).stream()
			.map(grant -> new Views.PendingGrant(grant.id(), grant.roles().stream().map(role -> page.t(role.messageKey()))
				.sorted().collect(java.util.stream.Collectors.joining(", ")), grant.requestedAt(),
					grant.approvableBy(me.id())))
			.toList();
		model.addAttribute("view", new Views.UserView(user, Options.enumChoices(Role.class, "role.", page.messages(), roles),
				errors, user.getId().equals(me.id()), pending, sessions.of(me, user.getId(), currentSession())));
		model.addAttribute("secondFactor", secondFactors.enrolled(user.getId()));
		return "users/show";
	}
}
