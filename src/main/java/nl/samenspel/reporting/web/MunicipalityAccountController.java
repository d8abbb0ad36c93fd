package nl.samenspel.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.reporting.MunicipalityAccounts;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/**
 * The platform operator's page for {@link MunicipalityAccounts}: which MUNICIPALITY user reads which municipality's
 * figures, a form to link one and a button to unlink. A platform operator only, as the API
 * ({@link MunicipalityAccountApiController}); an organisation's ADMIN gets 403.
 */
@Controller
@RequestMapping("/platform/municipality-accounts")
@PreAuthorize(MunicipalityAccountApiController.OPERATOR)
class MunicipalityAccountController {

	/** The link form: a user name and the CBS code of the municipality. */
	record LinkForm(@NotBlank @Size(max = 100) @Nullable String username,
			@NotBlank @Pattern(regexp = "GM\\d{4}", message = "{validation.municipalityCode}") @Nullable String municipalityCode) {
	}

	private final MunicipalityAccounts accounts;

	MunicipalityAccountController(MunicipalityAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		return view("", "", FieldMessages.NONE, model);
	}

	@PostMapping
	String link(@Valid @ModelAttribute("form") LinkForm form, BindingResult errors, @ModelAttribute("page") Page page,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			try {
				accounts.link(CurrentUser.required(), form.username(), form.municipalityCode());
			}
			catch (NotFound unknown) {
				throw new FieldRejected("username", "municipalityAccounts.error.unknownUser");
			}
			redirect.addFlashAttribute("notice", "municipalityAccounts.linked");
			return "redirect:/platform/municipality-accounts";
		}).orElseGet(() -> view(form.username(), form.municipalityCode(), FieldMessages.of(errors, page.messages()),
				model));
	}

	@PostMapping("/unlink")
	String unlink(@RequestParam(defaultValue = "") String username, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.unlink(CurrentUser.required(), username);
		}
		catch (NotFound unknown) {
			return view("", "", FieldMessages.global(page.t("municipalityAccounts.error.unknownUser")), model);
		}
		redirect.addFlashAttribute("notice", "municipalityAccounts.unlinked");
		return "redirect:/platform/municipality-accounts";
	}

	private String view(@Nullable String username, @Nullable String code, FieldMessages errors, Model model) {
		model.addAttribute("accounts", new Views.MunicipalityAccountPage(accounts.links(CurrentUser.required()),
				username == null ? "" : username, code == null ? "" : code, errors));
		return "reporting/municipalityAccounts";
	}
}
