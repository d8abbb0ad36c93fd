package nl.samenspel.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.network.CalendarClashes;
import nl.samenspel.network.CalendarEntry;
import nl.samenspel.network.CalendarEntryDetails;
import nl.samenspel.network.PartnerCalendar;

/**
 * The partners' shared calendar over JSON, with the pages' rules: staff and linked PARTNERs read a neighbourhood's
 * entries and clashes; COORDINATORs and WORKERs enter any, a PARTNER only their own organisation's (another's is a 404
 * problem, nothing saved). Bad input is a 400 problem naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shared calendar", description = "The partners' shared neighbourhood calendar of children's activities")
class CalendarApiController {

	private final PartnerCalendar calendar;

	CalendarApiController(PartnerCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	@PreAuthorize(CalendarController.VIEWERS)
	@Operation(summary = "A neighbourhood's entries that run during a period (from and to inclusive, at most 400 days)",
			description = "Times are instants; the page shows them in Europe/Amsterdam. partnerId is null for the "
					+ "organisation's own activities.")
	List<CalendarEntry> list(@RequestParam UUID neighbourhoodId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return calendar.entries(CurrentUser.required(), neighbourhoodId, from, to);
	}

	/** Two entries that clash, by their ids, with whose they are. */
	public record ClashView(UUID first, UUID second, String firstOwner, String secondOwner) {
	}

	@GetMapping("/clashes")
	@PreAuthorize(CalendarController.VIEWERS)
	@Operation(summary = "The clashes in a neighbourhood during a period: entries of different organisations for "
			+ "overlapping ages at overlapping times")
	List<ClashView> clashes(@RequestParam UUID neighbourhoodId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return calendar.clashes(CurrentUser.required(), neighbourhoodId, from, to).stream()
			.map(CalendarApiController::view).toList();
	}

	private static ClashView view(CalendarClashes.Clash clash) {
		return new ClashView(clash.first().id(), clash.second().id(), owner(clash.first()), owner(clash.second()));
	}

	private static String owner(CalendarEntry entry) {
		return entry.partnerName() == null ? "" : entry.partnerName();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(CalendarController.EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an activity (with repeatUntil: one per week until that day); the first entry is answered",
			description = "date, startTime and endTime are Dutch local times; ages 4 to 12. A PARTNER's entry is their own "
					+ "organisation's whatever partnerId says; staff name the partner, or leave it out for the organisation's own.")
	CalendarEntry add(@Valid @RequestBody CalendarEntryDetails details) {
		return calendar.add(CurrentUser.required(), details);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(CalendarController.EDITORS)
	@Operation(summary = "Change an activity (not an imported one: change it in its own calendar and import it again)")
	CalendarEntry update(@PathVariable UUID id, @Valid @RequestBody CalendarEntryDetails details) {
		return calendar.update(CurrentUser.required(), id, details);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(CalendarController.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an activity (with series=true also the later ones of its weekly series)")
	void delete(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean series) {
		calendar.delete(CurrentUser.required(), id, series);
	}
}
