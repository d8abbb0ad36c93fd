package nl.samenspel.organisation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.AccessReviews;
import nl.samenspel.organisation.RoleGrantManagement;
import nl.samenspel.organisation.UserNames;
import nl.samenspel.ui.HomePanels;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * The organisation module on an ADMIN's home: the role grants waiting for a second ADMIN (those the admin may approve
 * marked) and the yearly access review when it is due.
 */
@Component
class OrganisationHome implements HomePanels {

	static final int LINES = 6;

	/** How long before its date the access review is mentioned. */
	static final int REVIEW_NOTICE_DAYS = 30;

	private final RoleGrantManagement grants;
	private final AccessReviews reviews;
	private final UserNames names;

	OrganisationHome(RoleGrantManagement grants, AccessReviews reviews, UserNames names) {
		this.grants = grants;
		this.reviews = reviews;
		this.names = names;
	}

	@Override
	public List<Panel> panels(CurrentUser user, Page page) {
		if (!user.hasRole(Role.ADMIN)) {
			return List.of();
		}
		var pending = grants.pending(user.organisationId());
		var named = names.of(user.organisationId(), pending.stream().map(grant -> grant.userId()).toList());
		var lines = new ArrayList<Panel.Line>();
		for (var grant : pending.stream().limit(LINES).toList()) {
			var roles = grant.roles().stream().sorted().map(role -> page.t(role.messageKey()))
				.collect(java.util.stream.Collectors.joining(", "));
			lines.add(new Panel.Line(named.getOrDefault(grant.userId(), "?"), page.t("home.admin.grant", roles),
					"/users/" + grant.userId(), grant.approvableBy(user.id())
							? new Panel.Badge(page.t("home.admin.approve"), Panel.Tone.ATTENTION)
							: new Panel.Badge(page.t("home.admin.waiting"), Panel.Tone.NEUTRAL)));
		}
		var today = DutchTime.today();
		var due = reviews.nextDue(user).orElse(today);
		if (!due.isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
			lines.add(new Panel.Line(page.t("home.admin.review"), page.t("home.admin.reviewDue", page.day(due)),
					"/users/review", new Panel.Badge(page.t("home.due.todo"),
							due.isAfter(today) ? Panel.Tone.ATTENTION : Panel.Tone.URGENT)));
		}
		return List.of(new Panel("admin", page.t("home.admin.title"), lines,
				new Panel.Link(page.t("home.admin.more"), "/users"), page.t("home.admin.empty"), 10));
	}
}
