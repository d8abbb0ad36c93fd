package nl.samenspel.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.Figure;
import nl.samenspel.reporting.ReportPeriod;
import nl.samenspel.reporting.Reports;
import nl.samenspel.reporting.Targets;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The reporting module on a home: for a COORDINATOR this year's targets with the result so far, the forecast and
 * this month's figure (as /reports/targets and /reports count them); for a MUNICIPALITY user the last whole month's
 * key figures, small counts suppressed as every report suppresses them (the numbers come from {@link Reports}, never
 * counted here), and the way to the annual report.
 */
@Component
class ReportingHome implements HomePanels {

	/** The figures a home shows of a period. */
	static final List<Figure> KEY_FIGURES = List.of(Figure.SESSIONS_HELD, Figure.PARTICIPATIONS, Figure.UNIQUE_CHILDREN,
			Figure.NEW_CHILDREN, Figure.WALK_INS, Figure.ACTIVITY_HOURS);

	private final Reports reports;
	private final Targets targets;
	private final OrganisationManagement organisations;

	ReportingHome(Reports reports, Targets targets, OrganisationManagement organisations) {
		this.reports = reports;
		this.targets = targets;
		this.organisations = organisations;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		var panels = new ArrayList<Panel>();
		if (user.hasRole(Role.COORDINATOR)) {
			panels.add(targets(user, page));
		}
		if (user.hasRole(Role.MUNICIPALITY)) {
			panels.add(figures(user, page));
		}
		return panels;
	}

	private Panel targets(CurrentUser user, Page page) {
		var today = DutchTime.today();
		var municipality = organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
			.map(it -> it.getCode()).findFirst().orElse(null);
		var lines = new ArrayList<Panel.Line>();
		if (municipality != null) {
			var standings = targets.standings(user, municipality, today.getYear());
			var month = YearMonth.from(today);
			var monthTable = standings.isEmpty() ? null
					: reports.figures(user, month.atDay(1), month.atEndOfMonth(), municipality);
			var locale = page.messages().locale();
			for (var standing : standings) {
				var figure = standing.figure();
				var label = page.t("report.figure." + figure.name());
				var result = standing.result() == null ? "–" : String.valueOf(standing.result());
				var detail = new StringBuilder(page.t("home.targets.forecast",
						standing.forecast() == null ? "–" : String.valueOf(standing.forecast()),
						standing.percent() == null ? "–" : String.valueOf(standing.percent())));
				if (monthTable != null && monthTable.figures().contains(figure)) {
					detail.append(" · ").append(page.t("home.targets.month",
							monthTable.shown(figure, monthTable.total(figure), locale)));
				}
				var percent = standing.percent();
				var badge = percent == null ? null : percent >= 100
						? new Panel.Badge(page.t("home.targets.onTrack"), Panel.Tone.GOOD)
						: new Panel.Badge(page.t("home.targets.behind"), percent < 90 ? Panel.Tone.URGENT : Panel.Tone.ATTENTION);
				lines.add(new Panel.Line(page.t("home.targets.line", label, result, String.valueOf(standing.target())),
						detail.toString(), "/reports/targets?municipality=" + municipality + "&year=" + today.getYear(), badge));
			}
		}
		return new Panel("targets", page.t("home.targets.title", String.valueOf(today.getYear())), lines,
				new Panel.Link(page.t("home.targets.more"), "/reports/targets"), page.t("home.targets.empty"), 10);
	}

	private Panel figures(CurrentUser user, Page page) {
		var period = latest(DutchTime.today());
		var lines = new ArrayList<Panel.Line>();
		if (reports.municipalityOf(user) != null) {
			var table = reports.figures(user, period.from(), period.to(), null);
			var locale = page.messages().locale();
			for (var figure : KEY_FIGURES) {
				if (table.figures().contains(figure)) {
					lines.add(new Panel.Line(page.t("report.figure." + figure.name()) + ": "
							+ table.shown(figure, table.total(figure), locale), null, null, null));
				}
			}
		}
		var year = period.from().getYear();
		lines.add(new Panel.Line(page.t("home.figures.annual", String.valueOf(year)), null,
				"/reports/annual?year=" + year, null));
		var month = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", page.messages().locale())
			.format(period.from());
		return new Panel("figures", page.t("home.figures.title", month), lines,
				new Panel.Link(page.t("home.figures.more", month), "/reports?period=" + period.code()),
				page.t("home.figures.empty"), 10);
	}

	/** The last whole month: a fixed period, as a municipality may ask for. */
	static ReportPeriod latest(LocalDate today) {
		return ReportPeriod.month(YearMonth.from(today).minusMonths(1));
	}
}
