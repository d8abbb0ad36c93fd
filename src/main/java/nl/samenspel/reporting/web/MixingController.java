package nl.samenspel.reporting.web;

import java.time.LocalDate;

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
import nl.samenspel.reporting.Mixing;
import nl.samenspel.reporting.MixingReport;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;

/**
 * The mixing index (task 8): the page and the API. Without a period, the current calendar year. A MUNICIPALITY user
 * only ever gets the suppressed report of their own municipality.
 */
@Controller
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class MixingController {

	private final Mixing mixing;

	MixingController(Mixing mixing) {
		this.mixing = mixing;
	}

	@GetMapping("/reports/mixing")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @ModelAttribute("page") Page page, Model model) {
		MixingReport report = null;
		var errors = FieldMessages.NONE;
		try {
			var range = Periods.range(from, to, period);
			report = mixing.mixing(CurrentUser.required(), range.from(), range.to(), null);
		}
		catch (FieldRejected rejected) {
			errors = Periods.errors(rejected, page);
		}
		model.addAttribute("mixing", new MixingPage(report, from.length() > 10 ? "" : from, to.length() > 10 ? "" : to,
				errors, page.messages().locale(), Periods.choices(report == null ? null : report.from(),
						report == null ? null : report.to(), page)));
		return "reporting/mixing";
	}

	@GetMapping(path = "/api/v1/reports/mixing", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Mixing index (Simpson's) by home neighbourhood and by school, per activity and organisation;"
			+ " without a period the current calendar year; for a MUNICIPALITY user their own municipality, for a fixed"
			+ " period only (period=2025, 2025-Q3 or 2025-07, or from/to that are exactly one), counts perturbed")
	MixingReport mixing(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String municipality) {
		var range = Periods.range(from == null ? "" : from.toString(), to == null ? "" : to.toString(),
				period == null ? "" : period);
		return mixing.mixing(CurrentUser.required(), range.from(), range.to(), municipality);
	}
}
