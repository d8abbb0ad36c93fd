package nl.samenspel.signals.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.signals.OfficerDesk;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The signals module on the SAFEGUARDING_OFFICER's home: the open Meldcode cases (child, step, next date), a follow-up
 * that is due marked, and the new signals no case has taken up. Nobody else gets a panel: a worker's home shows no
 * cases.
 */
@Component
class SignalsHome implements HomePanels {

	static final int LINES = 8;

	private final OfficerDesk desk;

	SignalsHome(OfficerDesk desk) {
		this.desk = desk;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return List.of();
		}
		return List.of(cases(user, page), signals(user, page));
	}

	private Panel cases(CurrentUser user, Page page) {
		var today = DutchTime.today();
		var lines = new ArrayList<Panel.Line>();
		for (var open : desk.openCases(user, LINES)) {
			var next = open.followUpOn() == null ? page.t("home.cases.noDate")
					: page.t("home.cases.next", page.day(open.followUpOn()));
			var due = open.followUpOn() != null && !open.followUpOn().isAfter(today);
			lines.add(new Panel.Line(open.childName(), page.t("case.step" + open.step()) + " · " + next,
					"/cases/" + open.id(), due ? new Panel.Badge(page.t("home.cases.due"), Panel.Tone.URGENT) : null));
		}
		return new Panel("cases", page.t("home.cases.title"), lines, new Panel.Link(page.t("home.cases.more"), "/signals"),
				page.t("home.cases.empty"), 10);
	}

	private Panel signals(CurrentUser user, Page page) {
		var lines = desk.newSignals(user, LINES).stream()
			.map(signal -> new Panel.Line(signal.childFirstName() + ": " + page.t("signal.category." + signal.category().name()),
					page.date(signal.raisedAt()), "/signals/" + signal.id(),
					new Panel.Badge(page.t("signal.worry." + signal.worry().name()),
							signal.worry() == nl.samenspel.signals.Worry.HIGH ? Panel.Tone.URGENT : Panel.Tone.ATTENTION)))
			.toList();
		return new Panel("new-signals", page.t("home.signals.title"), lines,
				new Panel.Link(page.t("home.signals.more"), "/signals"), page.t("home.signals.empty", OfficerDesk.NEW_DAYS),
				15);
	}
}
