package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.AttendanceMark;
import nl.samenspel.activities.Cancellation;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionChanges;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.SessionWarnings;
import nl.samenspel.activities.WalkIn;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.activities.WalkIns;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Page;

/**
 * Sessions at the door: the day's sessions, the attendance list with one tap per child, walk-in counts, and, for
 * staff, moving or cancelling a session, with the warnings other modules have about it (four eyes). Volunteers reach
 * only the sessions they are assigned to.
 */
@Controller
@RequestMapping("/sessions")
@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER', 'VOLUNTEER')")
class SessionController {

	private static final ZoneId ZONE = DutchTime.ZONE;

	private final Programme programme;
	private final SessionChanges changes;
	private final Attendance attendance;
	private final WalkIns walkIns;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final ChildManagement children;
	private final SessionWarnings warnings;

	SessionController(Programme programme, SessionChanges changes, Attendance attendance, WalkIns walkIns,
			OrganisationManagement organisations, UserManagement users, ChildManagement children,
			SessionWarnings warnings) {
		this.programme = programme;
		this.changes = changes;
		this.attendance = attendance;
		this.walkIns = walkIns;
		this.organisations = organisations;
		this.users = users;
		this.children = children;
		this.warnings = warnings;
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		var user = CurrentUser.required();
		var today = LocalDate.now(ZONE);
		var day = date == null ? today : date;
		var sessions = programme.sessionsBetween(user, day, day);
		var overlapping = new HashSet<UUID>();
		if (user.hasAnyRole(nl.samenspel.kernel.Role.COORDINATOR, nl.samenspel.kernel.Role.WORKER)) {
			programme.overlaps(user.organisationId(), sessions).forEach(it -> overlapping.add(it.sessionId()));
		}
		model.addAttribute("sessions", new Views.SessionList(day, day.minusDays(1), day.plusDays(1), day.equals(today),
				sessions, Choices.locationNames(organisations, user.organisationId()), overlapping));
		return "activities/sessions";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, @ModelAttribute("page") Page page,
			Model model) {
		return sheet(id, q, FieldMessages.NONE, FieldMessages.NONE, model);
	}

	private String sheet(UUID id, String query, FieldMessages errors, FieldMessages walkInErrors, Model model) {
		var user = CurrentUser.required();
		var sheet = attendance.sheet(user, id);
		var staff = user.hasAnyRole(nl.samenspel.kernel.Role.COORDINATOR, nl.samenspel.kernel.Role.WORKER);
		var trimmed = query.length() > 100 ? query.substring(0, 100) : query;
		var candidates = trimmed.isBlank() || !staff ? null : attendance.candidates(user, id, trimmed);
		model.addAttribute("attendance", new Views.AttendancePage(sheet,
				Choices.locationNames(organisations, user.organisationId()).getOrDefault(sheet.session().locationId(), ""), staff, trimmed, candidates,
				errors, walkInErrors, model.getAttribute("markedPresent") instanceof Integer count ? count : null,
				staff ? warnings.of(user.organisationId(), sheet.session()) : List.of()));
		return "activities/attendance";
	}

	@PostMapping("/{id}/attendance")
	String mark(@PathVariable UUID id, @RequestParam UUID childId, @RequestParam boolean present,
			@RequestParam(defaultValue = "false") boolean checkOut, HttpServletRequest request,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		try {
			var line = attendance.mark(user, id, new AttendanceMark(childId, present, null,
					checkOut ? LocalTime.now(ZONE).withNano(0) : null));
			if (request.getHeader("HX-Request") != null) {
				model.addAttribute("row", new Views.AttendanceRow(attendance.session(user, id), line, true));
				model.addAttribute("totals", attendance.totals(user, id));
				return "activities/attendanceMarked";
			}
		}
		catch (FieldRejected rejected) {
			redirect.addFlashAttribute("notice", rejected.messageKey());
		}
		return "redirect:/sessions/" + id + "#child-" + childId;
	}

	@PostMapping("/{id}/walk-ins")
	String walkIns(@PathVariable UUID id, @RequestParam Map<String, String> form, @ModelAttribute("page") Page page,
			Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var counts = new ArrayList<WalkIn>();
		String invalid = null;
		for (var band : AgeBand.values()) {
			for (var gender : WalkInGender.values()) {
				var name = band.name() + "." + gender.name();
				var value = form.getOrDefault(name, "").strip();
				if (value.isEmpty()) {
					continue;
				}
				try {
					var visitors = Integer.parseInt(value);
					if (visitors < 0 || visitors > 500) {
						invalid = visitors < 0 ? "walkIns.error.negative" : "walkIns.error.tooMany";
					}
					counts.add(new WalkIn(band, gender, visitors));
				}
				catch (NumberFormatException notANumber) {
					invalid = "walkIns.error.number";
				}
			}
		}
		if (invalid == null && counts.isEmpty()) {
			invalid = "walkIns.error.empty";
		}
		if (invalid == null) {
			try {
				walkIns.recordWalkIns(user, id, counts);
				redirect.addFlashAttribute("notice", "walkIns.saved");
				return "redirect:/sessions/" + id + "#walk-ins";
			}
			catch (FieldRejected rejected) {
				invalid = rejected.messageKey();
			}
		}
		return sheet(id, "", FieldMessages.NONE, FieldMessages.global(page.t(invalid)), model);
	}

	@GetMapping("/{id}/children/{childId}")
	String safety(@PathVariable UUID id, @PathVariable UUID childId, Model model) {
		var user = CurrentUser.required();
		var session = attendance.session(user, id);
		model.addAttribute("safety", new Views.SafetyPage(session, children.safetySheet(user, childId)));
		return "activities/safety";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER')")
	String edit(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		var session = programme.session(CurrentUser.required(), id);
		var details = new SessionDetails(session.date(), session.startsAt(), session.endsAt(), session.locationId(),
				session.staff());
		return form(session, details, FieldMessages.NONE, FieldMessages.NONE, null, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") SessionDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var session = programme.session(user, id);
		return Forms.submit(errors, () -> {
			changes.updateSession(user, id, details);
			redirect.addFlashAttribute("notice", "session.saved");
			return "redirect:/sessions/" + id + "/edit";
		}).orElseGet(() -> form(session, details, FieldMessages.of(errors, page.messages()), FieldMessages.NONE, null, model));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'WORKER')")
	String cancel(@PathVariable UUID id, @Valid @ModelAttribute("cancellation") Cancellation cancellation,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.required();
		var session = programme.session(user, id);
		return Forms.submit(errors, () -> {
			changes.cancelSession(user, id, cancellation);
			redirect.addFlashAttribute("notice", "session.cancelled");
			return "redirect:/activities/" + session.activityId() + "#sessions";
		}).orElseGet(() -> {
			var details = new SessionDetails(session.date(), session.startsAt(), session.endsAt(), session.locationId(),
					session.staff());
			return form(session, details, FieldMessages.NONE, FieldMessages.of(errors, page.messages()), cancellation.reason(),
					model);
		});
	}

	private String form(Session session, SessionDetails details, FieldMessages errors, FieldMessages cancelErrors,
			@Nullable String reason, Model model) {
		var user = CurrentUser.required();
		var locations = Choices.locations(organisations, user.organisationId(), details.locationId());
		model.addAttribute("form", new Views.SessionForm(session, details, locations,
				Choices.staff(users, user.organisationId(), details.staffList()),
				programme.overlaps(user.organisationId(), List.of(session)), errors, cancelErrors, reason,
				warnings.of(user.organisationId(), session)));
		return "activities/sessionForm";
	}
}
