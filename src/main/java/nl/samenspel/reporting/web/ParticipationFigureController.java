package nl.samenspel.reporting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
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
import nl.samenspel.reporting.ParticipationFigureTables;
import nl.samenspel.reporting.ParticipationFigures;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * Children's participation in a period (ideas, votes, questions, feedback): the page, a CSV of the same figures and
 * the API, on the path of {@link CaseFigureController}. Counts, averages and a median only; a MUNICIPALITY user only
 * ever gets them perturbed, for their own municipality.
 */
@Controller
@Tag(name = "Reports", description = "Figures for accountability, suppressed for municipalities")
@PreAuthorize("hasAnyRole('COORDINATOR', 'MUNICIPALITY')")
class ParticipationFigureController {

	private final ParticipationFigures figures;
	private final OrganisationManagement organisations;

	ParticipationFigureController(ParticipationFigures figures, OrganisationManagement organisations) {
		this.figures = figures;
		this.organisations = organisations;
	}

	@GetMapping("/reports/participation")
	String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model) {
		ParticipationFigureTables tables = null;
		var errors = FieldMessages.NONE;
		try {
			tables = tables(from, to, period, municipality);
		}
		catch (FieldRejected rejected) {
			errors = Periods.errors(rejected, page);
		}
		return participationPage(tables, from, to, municipality, errors, model, page);
	}

	private String participationPage(@Nullable ParticipationFigureTables tables, String from, String to,
			String municipality, FieldMessages errors, Model model, Page page) {
		var user = CurrentUser.required();
		List<Option> municipalities = !user.hasRole(Role.COORDINATOR) ? List.of()
				: organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
					.map(it -> new Option(it.getCode(), it.getName() + " (" + it.getCode() + ")", it.getCode().equals(municipality.strip())))
					.toList();
		model.addAttribute("participation", new Views.ParticipationPage(tables, from.length() > 10 ? "" : from,
				to.length() > 10 ? "" : to, municipalities, errors, Periods.choices(tables == null ? null : tables.from(),
						tables == null ? null : tables.to(), page), page.messages().locale()));
		return "reporting/participation";
	}

	/**
	 * The CSV (a line per activity and the total, then the questions), or, when the period or municipality in the link
	 * is refused, the page (400) with the message next to the field instead of a file.
	 */
	@GetMapping("/reports/participation.csv")
	@Nullable
	String csv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String municipality,
			@ModelAttribute("page") Page page, Model model, jakarta.servlet.http.HttpServletResponse response)
			throws IOException {
		ParticipationFigureTables tables;
		try {
			tables = tables(from, to, period, municipality);
		}
		catch (FieldRejected rejected) {
			response.setStatus(400);
			return participationPage(null, from, to, municipality, Periods.errors(rejected, page), model, page);
		}
		var out = new StringWriter();
		out.write('\ufeff');
		var locale = page.messages().locale();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
			// a municipality's lines are of several organisations: the organisation is a column of its own
			var perOrganisation = tables.suppressed();
			var header = new ArrayList<String>();
			if (perOrganisation) {
				header.add(page.t("participation.figures.organisation"));
			}
			header.addAll(List.of(page.t("participation.figures.activity"),
					page.t("participation.figures.ideas"), page.t("participation.figures.ideasByChildren"),
					page.t("participation.figures.ideasForGroups"), page.t("participation.figures.planned"),
					page.t("participation.figures.done"), page.t("participation.figures.ballots"),
					page.t("participation.figures.voters"), page.t("participation.figures.feedback"),
					page.t("participation.figures.average")));
			for (int score = 1; score <= 5; score++) {
				header.add(page.t("participation.figures.score", score, page.t("participation.feedback.score." + score)));
			}
			printer.printRecord(header);
			for (var line : tables.lines()) {
				var record = record(line, line.title() == null ? page.t("participation.figures.noActivity") : line.title(), locale);
				if (perOrganisation) {
					record.add(0, line.organisation() == null ? "" : line.organisation());
				}
				printer.printRecord(record);
			}
			var total = record(tables.total(), perOrganisation ? "" : page.t("coverage.total"), locale);
			if (perOrganisation) {
				total.add(0, page.t("coverage.total"));
			}
			printer.printRecord(total);
			printer.println();
			var questions = tables.questions();
			printer.printRecord(page.t("participation.figures.questions"), page.t("reports.cases.count"));
			printer.printRecord(page.t("participation.figures.asked"), shown(questions.asked()));
			printer.printRecord(page.t("participation.figures.answered"), shown(questions.answered()));
			printer.printRecord(page.t("participation.figures.withinTarget", questions.targetHours()),
					shown(questions.answeredWithinTarget()));
			printer.printRecord(page.t("participation.figures.medianHours"), decimal(questions.medianHours(), locale));
			printer.printRecord(page.t("participation.figures.medianDays"), decimal(days(questions.medianHours()), locale));
			if (tables.suppressed()) {
				printer.printRecord(page.t("participation.figures.suppressed"));
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		var bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"samenspel-participatie-" + tables.from() + "-" + tables.to() + ".csv\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		return null;
	}

	private static List<String> record(ParticipationFigureTables.Line line, String name, java.util.Locale locale) {
		var record = new ArrayList<String>(List.of(name, shown(line.ideas()), shown(line.ideasByChildren()),
				shown(line.ideasForGroups()), shown(line.planned()), shown(line.done()), shown(line.ballots()),
				shown(line.voters()), shown(line.feedback()), decimal(line.averageScore(), locale)));
		for (var score : line.scores()) {
			record.add(shown(score.count()));
		}
		return record;
	}

	@GetMapping(path = "/api/v1/reports/participation", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Children's participation for a period: ideas, ballots and voters, questions and feedback per "
			+ "activity; counts only, for a MUNICIPALITY user their own municipality, for a fixed period only",
			description = "Each line is an activity (without activityId: rounds about no activity) with ideas proposed "
					+ "(by children, on behalf of a group), of those planned and done now, ballots cast, distinct children "
					+ "who voted, feedback forms with their average score and a count per score; then the total, and the "
					+ "questions asked, answered, answered within the target time and the median time to an answer in "
					+ "hours. For a MUNICIPALITY user the period must be a whole month, quarter or year (period=2025, "
					+ "2025-Q3, 2025-07, or from/to that are exactly one), every count and total is perturbed by the cell "
					+ "key method (at most 3 off), and a count below 5 after that is left out. A total is perturbed on "
					+ "its own and need not equal the sum of the lines. The median is left out unless the answered count is "
					+ "10 or more and the count within the target is given; "
					+ "an average score is worked out from the score counts as shown, and left out when one of them is. "
					+ "Never a text a child wrote.")
	ParticipationFigureTables api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String municipality) {
		var range = Periods.required(from, to, period);
		return figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
	}

	/** The period chosen or typed (this calendar year when empty) and the municipality chosen (all when empty). */
	private ParticipationFigureTables tables(String from, String to, String period, String municipality) {
		var range = Periods.range(from, to, period);
		return figures.figures(CurrentUser.required(), range.from(), range.to(), municipality);
	}

	private static String shown(@Nullable Long count) {
		return count == null ? "<5" : String.valueOf(count);
	}

	/** Hours as days of 24 hours, one decimal, rounded half up; none for none. */
	static @Nullable BigDecimal days(@Nullable BigDecimal hours) {
		return hours == null ? null : hours.divide(BigDecimal.valueOf(24), 1, java.math.RoundingMode.HALF_UP);
	}

	/** A decimal as the reader writes it (a decimal comma in Dutch); empty when there is none to show. */
	static String decimal(@Nullable BigDecimal value, java.util.Locale locale) {
		if (value == null) {
			return "";
		}
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setGroupingUsed(false);
		return format.format(value);
	}
}
