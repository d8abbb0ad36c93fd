package nl.samenspel.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import nl.samenspel.kernel.Role;
import nl.samenspel.network.CalendarClashes;
import nl.samenspel.network.CalendarEntry;
import nl.samenspel.network.CalendarEntryDetails;
import nl.samenspel.network.CalendarFeed;
import nl.samenspel.network.PartnerCalendar;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.DateParameter;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * The partners' shared calendar: a neighbourhood's week with its clashes and the gaps of the coming weeks, the entry
 * forms, and the neighbourhood's iCalendar export. Staff and PARTNERs see it; COORDINATORs, WORKERs and PARTNERs
 * enter (a PARTNER only for their own organisation).
 */
@Controller
@RequestMapping("/network/calendar")
@PreAuthorize(CalendarController.VIEWERS)
class CalendarController {

	static final String VIEWERS = "hasAnyRole('COORDINATOR', 'WORKER', 'SAFEGUARDING_OFFICER', 'PARTNER')";

	static final String EDITORS = "hasAnyRole('COORDINATOR', 'WORKER', 'PARTNER')";

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final PartnerCalendar calendar;
	private final CalendarFeed feed;
	private final OrganisationManagement organisations;

	CalendarController(PartnerCalendar calendar, CalendarFeed feed, OrganisationManagement organisations) {
		this.calendar = calendar;
		this.feed = feed;
		this.organisations = organisations;
	}

	@GetMapping
	String week(@RequestParam(required = false) @Nullable UUID neighbourhood,
			@RequestParam(defaultValue = "") String week, @ModelAttribute("page") Page page, Model model) {
		var user = CurrentUser.required();
		var editor = calendar.editor(user);
		var linked = calendar.sees(user);
		var day = DateParameter.parse(week, "week", calendar.today());
		var chosen = neighbourhood != null ? neighbourhood : linked ? calendar.defaultNeighbourhood(user) : null;
		var all = linked ? calendar.neighbourhoods(user) : List.<nl.samenspel.organisation.Neighbourhood>of();
		var options = all.stream().map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(chosen)))
			.toList();
		var monday = PartnerCalendar.monday(day);
		var canAdd = linked && (user.hasAnyRole(Role.COORDINATOR, Role.WORKER)
				|| (user.hasRole(Role.PARTNER) && editor.partnerId() != null));
		var canImport = linked && (user.hasRole(Role.COORDINATOR) || editor.partnerId() != null);
		if (chosen == null || all.stream().noneMatch(it -> it.getId().equals(chosen))) {
			model.addAttribute("calendar", new CalendarViews.Week(options, null, null, monday, List.of(), List.of(), 0,
					List.of(), CalendarClashes.BANDS, canAdd, canImport, linked));
			return "network/calendar";
		}
		var shown = calendar.week(user, chosen, day);
		var own = own(user);
		var days = new ArrayList<CalendarViews.Day>();
		var ownClashes = new ArrayList<CalendarViews.Line>();
		var clashCount = 0;
		for (var offset = 0; offset < 7; offset++) {
			var date = monday.plusDays(offset);
			var lines = new ArrayList<CalendarViews.Line>();
			for (var entry : shown.entries()) {
				if (!entry.localStart().toLocalDate().equals(date)) {
					continue;
				}
				var clashes = shown.clashes().getOrDefault(entry.id(), List.of()).stream()
					.map(other -> new CalendarViews.Clash(owner(other, own), other.title(), other)).toList();
				var mine = editor.partner() && editor.partnerId() != null && editor.partnerId().equals(entry.partnerId());
				var line = new CalendarViews.Line(entry, owner(entry, own), canAdd && editor.mayEdit(entry), mine, clashes);
				lines.add(line);
				clashCount += clashes.size();
				if (mine && !clashes.isEmpty()) {
					ownClashes.add(line);
				}
			}
			days.add(new CalendarViews.Day(date, lines));
		}
		var name = all.stream().filter(it -> it.getId().equals(chosen)).findFirst().map(it -> it.getName()).orElse("");
		model.addAttribute("calendar", new CalendarViews.Week(options, chosen, name, shown.monday(), days, ownClashes,
				clashCount / 2, shown.offer(), CalendarClashes.BANDS, canAdd, canImport, true));
		return "network/calendar";
	}

	@GetMapping("/new")
	@PreAuthorize(EDITORS)
	String create(@RequestParam(required = false) @Nullable UUID neighbourhood, @ModelAttribute("page") Page page,
			Model model) {
		var user = CurrentUser.required();
		var details = new CalendarEntryDetails(null, neighbourhood != null ? neighbourhood : calendar.defaultNeighbourhood(user),
				null, null, null, calendar.today().plusDays(1), java.time.LocalTime.of(15, 0), java.time.LocalTime.of(16, 30),
				CalendarEntryDetails.YOUNGEST, CalendarEntryDetails.OLDEST, null);
		return form(null, details, FieldMessages.NONE, model);
	}

	@PostMapping
	@PreAuthorize(EDITORS)
	String add(@Valid @ModelAttribute("details") CalendarEntryDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var entry = calendar.add(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "network.calendar.saved");
			return redirect(entry);
		}).orElseGet(() -> form(null, details, FieldMessages.of(errors, page.messages()), model));
	}

	@GetMapping("/{id}")
	@PreAuthorize(EDITORS)
	String edit(@PathVariable UUID id, Model model) {
		var entry = calendar.editable(CurrentUser.required(), id);
		return form(entry, CalendarEntryDetails.of(entry), FieldMessages.NONE, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(EDITORS)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") CalendarEntryDetails details,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var entry = calendar.editable(CurrentUser.required(), id);
		return Forms.submit(errors, () -> {
			var saved = calendar.update(CurrentUser.required(), id, details);
			redirect.addFlashAttribute("notice", "network.calendar.saved");
			return redirect(saved);
		}).orElseGet(() -> form(entry, details, FieldMessages.of(errors, page.messages()), model));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(EDITORS)
	String delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean series,
			RedirectAttributes redirect) {
		var entry = calendar.editable(CurrentUser.required(), id);
		calendar.delete(CurrentUser.required(), id, series);
		redirect.addFlashAttribute("notice", "network.calendar.deleted");
		return redirect(entry);
	}

	@GetMapping("/{neighbourhoodId}.ics")
	ResponseEntity<String> export(@PathVariable UUID neighbourhoodId, @ModelAttribute("page") Page page) {
		var user = CurrentUser.required();
		var body = feed.feed(user, neighbourhoodId, organisationName(user), page.t("network.calendar.agesFeed"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"buurtagenda-" + neighbourhoodId + ".ics\"")
			.body(body);
	}

	private static String redirect(CalendarEntry entry) {
		return "redirect:/network/calendar?neighbourhood=" + entry.neighbourhoodId() + "&week="
				+ PartnerCalendar.monday(entry.localStart().toLocalDate());
	}

	private String own(CurrentUser user) {
		return organisationName(user);
	}

	private String organisationName(CurrentUser user) {
		return organisations.organisationNames(List.of(user.organisationId())).getOrDefault(user.organisationId(), "");
	}

	private static String owner(CalendarEntry entry, String own) {
		return entry.partnerName() == null ? own : entry.partnerName();
	}

	private String form(@Nullable CalendarEntry entry, CalendarEntryDetails details, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		var editor = calendar.editor(user);
		if (editor.partner() && editor.partnerId() == null) {
			throw new nl.samenspel.kernel.NotFound();
		}
		var neighbourhoods = calendar.neighbourhoods(user).stream()
			.map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(details.neighbourhoodId())))
			.toList();
		var partners = editor.partner() ? List.<Option>of() : calendar.partners(user).stream()
			.map(it -> new Option(it.id().toString(), it.name(), it.id().equals(details.partnerId()))).toList();
		model.addAttribute("form", new CalendarViews.EntryForm(entry == null ? null : entry.id(), details, neighbourhoods,
				partners, !editor.partner(), entry != null && entry.seriesId() != null, entry != null && entry.imported(),
				errors));
		return "network/calendarEntry";
	}
}
