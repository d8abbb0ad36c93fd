package nl.samenspel.volunteers.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;
import nl.samenspel.volunteers.HourKind;
import nl.samenspel.volunteers.VolunteerHours;

/**
 * The hours on a home: a COORDINATOR's entries waiting for approval (only when there are any), a VOLUNTEER's hours of
 * this year (only when their account has a volunteer record).
 */
@Component
class HoursHome implements HomePanels {

	static final int LINES = 5;

	private final VolunteerHours hours;

	HoursHome(VolunteerHours hours) {
		this.hours = hours;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		var panels = new ArrayList<Panel>();
		if (user.hasRole(Role.COORDINATOR)) {
			var count = hours.waitingCount(user);
			if (count > 0) {
				panels.add(approvals(user, count, page));
			}
		}
		if (user.hasRole(Role.VOLUNTEER) && hours.hasOwn(user)) {
			panels.add(mine(user, page));
		}
		return panels;
	}

	private Panel approvals(CurrentUser user, long count, Page page) {
		var lines = hours.waiting(user, LINES).stream()
			.map(pending -> new Panel.Line(pending.volunteerName(),
					page.t("volunteers.hours.home.line", page.day(pending.entry().workedOn()),
							HoursViews.duration(pending.entry().minutes(), page.messages()),
							page.t(pending.entry().kind().messageKey())),
					VolunteerHoursController.APPROVALS, new Panel.Badge(page.t("volunteers.hours.status.SUBMITTED"),
							Panel.Tone.ATTENTION)))
			.toList();
		return new Panel("volunteer-hours-approvals", page.t("volunteers.hours.home.approvals", count), lines,
				new Panel.Link(page.t("volunteers.hours.home.approvalsMore"), VolunteerHoursController.APPROVALS),
				page.t("volunteers.hours.home.approvalsEmpty"), 45);
	}

	private Panel mine(CurrentUser user, Page page) {
		var year = hours.mine(user, hours.year(null));
		var lines = new ArrayList<Panel.Line>();
		lines.add(Panel.Line.of(page.t("volunteers.hours.home.sessions", year.sessions().size()),
				HoursViews.duration(year.sessionMinutes(), page.messages()), null));
		for (var kind : HourKind.values()) {
			if (year.minutes(kind) > 0) {
				lines.add(Panel.Line.of(page.t(kind.messageKey()), HoursViews.duration(year.minutes(kind), page.messages()),
						null));
			}
		}
		lines.add(Panel.Line.of(page.t("volunteers.hours.total"), HoursViews.duration(year.totalMinutes(), page.messages()),
				null));
		if (year.waiting() > 0) {
			lines.add(new Panel.Line(page.t("volunteers.hours.home.waiting", year.waiting()), null,
					MyHoursController.BASE, new Panel.Badge(page.t("volunteers.hours.status.SUBMITTED"), Panel.Tone.ATTENTION)));
		}
		return new Panel("my-hours", page.t("volunteers.hours.home.mine", String.valueOf(year.year())), lines,
				new Panel.Link(page.t("volunteers.hours.home.mineMore"), MyHoursController.BASE),
				page.t("volunteers.hours.home.mineEmpty"), 25);
	}
}
