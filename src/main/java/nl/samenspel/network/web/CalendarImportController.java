package nl.samenspel.network.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.CalendarEntryDetails;
import nl.samenspel.network.CalendarImport;
import nl.samenspel.network.PartnerCalendar;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * A partner's calendar as an .ics file: a PARTNER uploads their own organisation's, a COORDINATOR any partner's. The
 * report says what was added, changed and removed, or what could not be read (and then nothing was imported).
 */
@Controller
@RequestMapping("/network/calendar/import")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PARTNER')")
class CalendarImportController {

	private final CalendarImport imports;
	private final PartnerCalendar calendar;

	CalendarImportController(CalendarImport imports, PartnerCalendar calendar) {
		this.imports = imports;
		this.calendar = calendar;
	}

	@GetMapping
	String form(Model model) {
		var user = CurrentUser.required();
		var defaults = new CalendarImport.Defaults(null, calendar.sees(user) ? calendar.defaultNeighbourhood(user) : null,
				CalendarEntryDetails.YOUNGEST, CalendarEntryDetails.OLDEST);
		return page(defaults, FieldMessages.NONE, null, model);
	}

	@PostMapping
	String upload(@Valid @ModelAttribute("defaults") CalendarImport.Defaults defaults, BindingResult errors,
			@RequestParam(required = false) @Nullable MultipartFile file, @ModelAttribute("page") Page page, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return page(defaults, FieldMessages.of(new FieldRejected("file", "network.calendar.import.noFile"), page.messages()),
					null, model);
		}
		var bytes = file.getSize() > imports.limits().maxBytes() ? new byte[imports.limits().maxBytes() + 1] : file.getBytes();
		var user = CurrentUser.required();
		return Forms.submit(errors, () -> page(defaults, FieldMessages.NONE, imports.upload(user, defaults, bytes), model))
			.orElseGet(() -> page(defaults, FieldMessages.of(errors, page.messages()), null, model));
	}

	private String page(CalendarImport.Defaults defaults, FieldMessages errors, CalendarImport.@Nullable Report report,
			Model model) {
		var user = CurrentUser.required();
		var linked = calendar.sees(user);
		var coordinator = user.hasRole(Role.COORDINATOR);
		if (!coordinator && calendar.editor(user).partnerId() == null) {
			linked = false;
		}
		var neighbourhoods = !linked ? List.<Option>of() : calendar.neighbourhoods(user).stream()
			.map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(defaults.neighbourhoodId())))
			.toList();
		var partners = !linked || !coordinator ? List.<Option>of() : calendar.partners(user).stream()
			.map(it -> new Option(it.id().toString(), it.name(), it.id().equals(defaults.partnerId()))).toList();
		model.addAttribute("importPage", new CalendarViews.ImportPage(neighbourhoods, partners, coordinator, defaults, errors,
				report, imports.limits(), linked));
		return "network/calendarImport";
	}

}
