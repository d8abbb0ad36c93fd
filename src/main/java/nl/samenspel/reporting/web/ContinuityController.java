package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.ContinuityFigures;
import nl.samenspel.reporting.ContinuityTables;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * Continuity for task 9 in a period (buddy pairs, volunteers' relations with groups, intergenerational activities):
 * the page and the API, on the path of {@link ParticipationFigureController}. Counts, medians and shares only; a
 * MUNICIPALITY user only ever gets them perturbed, for their own municipality and a fixed period.
 */
@Controller
@Tag(name = "Reports", description = "Figures for accountability, suppressed for municipalities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ContinuityController {

	private final ContinuityFigures figures;
	private final OrganisationManagement organisations;

	ContinuityController(ContinuityFigures figures, OrganisationManagement organisations) {
		this.figures = figures;
		this.organisations = organisations;
	}

	@GetMapping("/reports/continuity")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model) {
		ContinuityTables tables = null;
		var errors = FieldMessages.NONE;
		try {
			var range = Periods.range(from, to, period);
			tables = figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
		}
		catch (FieldRejected rejected) {
			errors = Periods.errors(rejected, page);
		}
		var user = CurrentUser.required();
		List<Option> municipalities = !user.hasRole(Role.COORDINATOR) ? List.of()
				: organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
					.map(it -> new Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(municipality.strip())))
					.toList();
		model.addAttribute("continuity", new Views.ContinuityPage(tables, from.length() > 10 ? "" : from,
				to.length() > 10 ? "" : to, municipalities, errors, Periods.choices(tables == null ? null : tables.from(),
						tables == null ? null : tables.to(), page), page.messages().locale()));
		return "reporting/continuity";
	}

	@GetMapping(path = "/api/v1/reports/continuity", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Continuity for task 9 in a period: buddy pairs, volunteers' relations with groups and "
			+ "intergenerational activities; counts, medians and shares only, for a MUNICIPALITY user their own "
			+ "municipality, for a fixed period only",
			description = "pairs: the buddy pairs that ran in the period, how many with a child, started and ended in it "
					+ "(with a count per reason), the median duration in months (start to end, or to measuredOn while "
					+ "running; measuredOn is the period's last day or today when earlier), how many lasted a year or more "
					+ "and their share in percent, the meetings logged and the meetings per pair. relations: per volunteer "
					+ "and activity with a session in the period, from the first to the last session that took place with "
					+ "the volunteer confirmed: how many, the median in months, how many lasted a year and their share. "
					+ "intergenerational: the activities marked intergenerational with a session held in the period, those "
					+ "sessions, the registered children present and their presences. For a MUNICIPALITY user the period "
					+ "must be a whole month, quarter or year (period=2025, 2025-Q3, 2025-07, or from/to that are exactly "
					+ "one), every count of persons is perturbed by the cell key method (at most 3 off) and left out below "
					+ "5; a median is left out unless the count it is taken over is shown as 10 or more and the count "
					+ "that lasted a year is shown too, and shares are taken over the published counts.")
	ContinuityTables api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String municipality) {
		var range = Periods.required(from, to, period);
		return figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
	}
}
