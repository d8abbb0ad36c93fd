package nl.samenspel.ui;

import java.util.Locale;

/**
 * Where an item of the main navigation belongs once a user sees many of them: on a desktop the groups are labelled
 * clusters, on a phone they order the "Meer" panel. Listed in the order the menu shows them.
 */
public enum NavigationGroup {

	/** Today's sessions and the programme. */
	ACTIVITIES,

	/** Children, signals of concern, referrals and the social map. */
	CHILDREN,

	/** Children's voice: ideas, kiosk, questions, projects, council, child logins. */
	PARTICIPATION,

	/** Coverage and school holidays. */
	PLANNING,

	/** Figures and reports. */
	REPORTS,

	/** The organisation's settings and lists: consent texts, locations, neighbourhoods, users, audit log. */
	ADMINISTRATION,

	/** An item whose module named no group. */
	OTHER,

	/** The user's own account. */
	ACCOUNT;

	/** The group's label in the message bundles, such as {@code nav.group.reports}. */
	public String messageKey() {
		return "nav.group." + name().toLowerCase(Locale.ROOT);
	}
}
