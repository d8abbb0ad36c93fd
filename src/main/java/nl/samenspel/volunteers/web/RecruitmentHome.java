package nl.samenspel.volunteers.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.DuePanel;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;
import nl.samenspel.volunteers.Recruitment;
import nl.samenspel.volunteers.Renewals;

/**
 * Recruitment on the COORDINATOR's home: the panel "Aanmeldingen vrijwilligers" (how many applications wait, the
 * newest with their next step), and in the "due" panel a line when VOG renewals are due within 60 days or overdue.
 */
@Component
class RecruitmentHome implements HomePanels {

	static final int LINES = 5;

	private final Recruitment recruitment;
	private final Renewals renewals;

	RecruitmentHome(Recruitment recruitment, Renewals renewals) {
		this.recruitment = recruitment;
		this.renewals = renewals;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		if (!user.hasRole(Role.COORDINATOR)) {
			return List.of();
		}
		var panels = new ArrayList<Panel>();
		var open = recruitment.open(user);
		var lines = open.stream().limit(LINES)
			.map(it -> new Panel.Line(it.volunteer().name(), it.nextStep().map(step -> page.t(step.messageKey())).orElse(null),
					"/volunteers/applications/" + it.id(), null))
			.toList();
		panels.add(new Panel("volunteer-applications", page.t("volunteers.recruitment.home.title"), lines,
				new Panel.Link(page.t("volunteers.recruitment.home.more", open.size()), "/volunteers/applications"),
				page.t("volunteers.recruitment.home.empty"), 27));
		var due = renewals.dueCount(user);
		panels.add(DuePanel.of(due == 0 ? List.of()
				: List.of(new Panel.Line(page.t("volunteers.renewal.home.line", due), null, "/volunteers/renewals",
						new Panel.Badge(page.t("volunteers.renewal.home.badge"), Panel.Tone.ATTENTION))), page));
		return panels;
	}
}
