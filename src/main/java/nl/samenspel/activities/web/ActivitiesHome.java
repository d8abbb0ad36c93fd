package nl.samenspel.activities.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.activities.Coverage;
import nl.samenspel.activities.HomeOverview;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.DuePanel;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The activities module on a role's home: today's sessions for a WORKER or VOLUNTEER (for a volunteer the home is
 * this panel), the waiting lists that moved for a WORKER, a PARENT's children's next sessions, and for a COORDINATOR
 * the coverage gaps and the school holidays still to enter.
 */
@Component
class ActivitiesHome implements HomePanels {

	static final int LINES = 6;

	private final HomeOverview overview;
	private final Coverage coverage;

	ActivitiesHome(HomeOverview overview, Coverage coverage) {
		this.overview = overview;
		this.coverage = coverage;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		var panels = new ArrayList<Panel>();
		if (user.hasAnyRole(Role.WORKER, Role.VOLUNTEER)) {
			panels.add(today(user, page));
		}
		if (user.hasRole(Role.WORKER)) {
			panels.add(moves(user, page));
		}
		if (user.hasRole(Role.PARENT)) {
			panels.add(next(user, page));
		}
		if (user.hasRole(Role.COORDINATOR)) {
			panels.add(gaps(user, page));
			panels.add(due(user, page));
		}
		return panels;
	}

	private Panel today(CurrentUser user, Page page) {
		var lines = new ArrayList<Panel.Line>();
		for (var today : overview.today(user)) {
			var session = today.session();
			var counts = today.counts();
			var detail = page.t("home.today.when", page.time(session.startsAt()), page.time(session.endsAt()),
					today.location()) + " · " + page.t("home.today.counts", counts.enrolled(), counts.present(),
							counts.waiting());
			var badge = session.cancelled() ? new Panel.Badge(page.t("home.today.cancelled"), Panel.Tone.URGENT) : null;
			lines.add(new Panel.Line(session.title(), detail, "/sessions/" + session.id(), badge));
		}
		return new Panel("today", page.t("home.today.title", page.day(DutchTime.today())), lines,
				new Panel.Link(page.t("home.today.more"), "/sessions"), page.t("home.today.empty"), 10);
	}

	private Panel moves(CurrentUser user, Page page) {
		var lines = overview.moves(user, LINES).stream()
			.map(move -> new Panel.Line(page.t(move.movedUp() ? "home.moves.movedUp" : "home.moves.joined",
					move.childName(), move.activity()), page.date(move.at()), "/activities/" + move.activityId(),
					move.movedUp() ? new Panel.Badge(page.t("home.moves.place"), Panel.Tone.GOOD)
							: new Panel.Badge(page.t("home.moves.waiting"), Panel.Tone.ATTENTION)))
			.toList();
		return new Panel("waiting-lists", page.t("home.moves.title"), lines, null,
				page.t("home.moves.empty", HomeOverview.MOVED_DAYS), 20);
	}

	private Panel next(CurrentUser user, Page page) {
		var lines = new ArrayList<Panel.Line>();
		for (var child : overview.nextForChildren(user, 3)) {
			if (child.sessions().isEmpty()) {
				lines.add(new Panel.Line(page.t("home.next.nothing", child.childName()), null, null, null));
			}
			for (var next : child.sessions()) {
				lines.add(new Panel.Line(page.t("home.next.line", child.childName(), next.activity()),
						page.t("home.next.when", page.day(next.date()), page.time(next.startsAt()),
								page.time(next.endsAt()), next.location()),
						"/portal/activities/" + next.activityId(), null));
			}
		}
		return new Panel("next-activities", page.t("home.next.title"), lines,
				new Panel.Link(page.t("home.next.more"), "/portal/activities"), page.t("home.next.empty"), 10);
	}

	private Panel gaps(CurrentUser user, Page page) {
		var matrix = coverage.matrix(user.organisationId(), null, null);
		var lines = new ArrayList<Panel.Line>();
		for (var row : matrix.rows()) {
			if (row.total() == 0 && lines.size() < LINES) {
				lines.add(new Panel.Line(page.t("home.gaps.line", row.neighbourhood().isEmpty()
						? page.t("coverage.noNeighbourhood") : row.neighbourhood(), page.t("ageBand." + row.band().name())),
						null, "/coverage", new Panel.Badge(page.t("coverage.nothing"), Panel.Tone.ATTENTION)));
			}
		}
		return new Panel("coverage-gaps", page.t("home.gaps.title"), lines,
				new Panel.Link(page.t("home.gaps.more", matrix.emptyCells()), "/coverage"), page.t("home.gaps.empty"), 25);
	}

	private Panel due(CurrentUser user, Page page) {
		var lines = overview.schoolYearsWithoutHolidays(user).stream()
			.map(start -> new Panel.Line(page.t("home.due.holidays", String.valueOf(start.getYear()),
					String.valueOf(start.getYear() + 1)), null, "/holidays", null))
			.toList();
		return DuePanel.of(lines, page);
	}
}
