package nl.samenspel.volunteers.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.AgeBand;
import nl.samenspel.volunteers.ApplicationForm;
import nl.samenspel.volunteers.ApplicationsThrottled;
import nl.samenspel.volunteers.Recruitment;

/**
 * The public "become a volunteer" form at {@code /vrijwilliger-worden}: no sign-in. The organisation is chosen as on
 * the public programme: {@code ?organisatie=<id>} preselects one of the active organisations. A robot's form (the
 * hidden field filled) is answered like any other and saves nothing; too many applications from one address or for
 * one organisation in an hour are answered 429 with the form and a message, and save nothing.
 */
@Controller
@RequestMapping("/vrijwilliger-worden")
class ApplyController {

	private final Recruitment recruitment;
	private final OrganisationManagement organisations;

	ApplyController(Recruitment recruitment, OrganisationManagement organisations) {
		this.recruitment = recruitment;
		this.organisations = organisations;
	}

	@GetMapping
	String form(@RequestParam(name = "organisatie", required = false) @Nullable String organisation,
			@ModelAttribute("page") Page page, Model model) {
		return form(ApplicationForm.empty(uuid(organisation)), FieldMessages.NONE, page, model);
	}

	@PostMapping
	String apply(@Valid @ModelAttribute("application") ApplicationForm form, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasFieldErrors("consent") && !Boolean.TRUE.equals(form.consent()) && !form.robot()) {
			errors.rejectValue("consent", "volunteers.recruitment.error.consent");
		}
		try {
			return Forms.submit(errors, () -> {
				recruitment.apply(form, request.getRemoteAddr(), page.lang());
				return "redirect:/vrijwilliger-worden/bedankt";
			}).orElseGet(() -> form(form, FieldMessages.of(errors, page.messages()), page, model));
		}
		catch (ApplicationsThrottled throttled) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(form, FieldMessages.global(page.t("volunteers.recruitment.error.throttled")), page, model);
		}
	}

	@GetMapping("/bedankt")
	String thanks() {
		return "volunteers/applyThanks";
	}

	private String form(ApplicationForm form, FieldMessages errors, Page page, Model model) {
		var choices = organisations.activeOrganisations().stream()
			.map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(form.organisation())))
			.toList();
		var bands = Arrays.stream(AgeBand.values())
			.map(it -> new Option(it.name(), page.t("volunteers.recruitment.ageBand." + it.name()), it == form.ageBand()))
			.toList();
		model.addAttribute("apply", new RecruitmentViews.ApplyPage(form, choices, bands, errors));
		return "volunteers/apply";
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
