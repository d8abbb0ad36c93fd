package nl.samenspel.volunteers.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;
import nl.samenspel.volunteers.OpenShifts;

/** A VOLUNTEER's home: "Open diensten voor jou", how many open shifts fit their availability, the first few listed. */
@Component
class ShiftsHome implements HomePanels {

	static final int LINES = 3;

	private final OpenShifts openShifts;

	ShiftsHome(OpenShifts openShifts) {
		this.openShifts = openShifts;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		if (!user.hasRole(Role.VOLUNTEER)) {
			return List.of();
		}
		var open = openShifts.open(user);
		var lines = new ArrayList<Panel.Line>();
		for (var shift : open.subList(0, Math.min(LINES, open.size()))) {
			var session = shift.session();
			lines.add(Panel.Line.of(session.title(), page.t("volunteers.shifts.when", page.day(session.date()),
					page.time(session.startsAt()), page.time(session.endsAt()), shift.location()),
					"/volunteers/open-shifts"));
		}
		return List.of(new Panel("open-shifts", page.t("volunteers.shifts.home.title"), lines,
				new Panel.Link(page.t("volunteers.shifts.home.more", open.size()), "/volunteers/open-shifts"),
				page.t("volunteers.shifts.home.empty"), 15));
	}
}
