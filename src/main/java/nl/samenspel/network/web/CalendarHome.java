package nl.samenspel.network.web;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.network.PartnerCalendar;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/** A PARTNER's home: how many clashes their organisation's activities of the coming weeks are in. */
@Component
class CalendarHome implements HomePanels {

	/** How far ahead the home looks. */
	static final int DAYS = 28;

	private final PartnerCalendar calendar;

	CalendarHome(PartnerCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		if (!user.hasRole(Role.PARTNER) || !calendar.sees(user) || calendar.editor(user).partnerId() == null) {
			return List.of();
		}
		var count = calendar.clashCount(user, DAYS);
		var lines = count == 0 ? List.<Panel.Line>of()
				: List.of(new Panel.Line(page.t("network.calendar.home.count", count), page.t("network.calendar.home.detail", DAYS / 7),
						"/network/calendar", new Panel.Badge(page.t("network.calendar.clash"), Panel.Tone.ATTENTION)));
		return List.of(new Panel("calendar-clashes", page.t("network.calendar.home.title"), lines,
				new Panel.Link(page.t("network.calendar.home.more"), "/network/calendar"), page.t("network.calendar.home.empty"),
				20));
	}
}
