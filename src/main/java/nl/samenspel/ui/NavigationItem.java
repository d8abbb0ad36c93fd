package nl.samenspel.ui;

import java.util.Set;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * A link in the main navigation. Modules declare these as beans; a user sees the items one of their roles opens.
 *
 * @param group where it belongs when the menu is grouped ({@link Menu})
 * @param messageKey the link text in the message bundles
 * @param path where it leads
 * @param order its place, low first; the lowest come first on a phone, before "Meer"
 * @param roles who sees it; empty means every signed-in user
 * @param shown false for an item switched off in this installation (such as the demo outbox)
 */
public record NavigationItem(NavigationGroup group, String messageKey, String path, int order, Set<Role> roles,
		boolean shown) {

	public NavigationItem(NavigationGroup group, String messageKey, String path, int order, Set<Role> roles) {
		this(group, messageKey, path, order, roles, true);
	}

	/** An item in no particular group ({@link NavigationGroup#OTHER}). */
	public NavigationItem(String messageKey, String path, int order, Set<Role> roles) {
		this(NavigationGroup.OTHER, messageKey, path, order, roles, true);
	}

	public boolean visibleTo(CurrentUser user) {
		return shown && (roles.isEmpty() || roles.stream().anyMatch(user::hasRole));
	}
}
