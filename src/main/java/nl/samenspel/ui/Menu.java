package nl.samenspel.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * The main navigation as the layout draws it, for one user on one page. On a phone: the first few items (the lowest
 * {@link NavigationItem#order()}) and the current page's item in a row that wraps, and the rest behind "Meer". On a
 * desktop: every item, in labelled groups once the user sees many of them (a coordinator sees about twenty).
 *
 * @param quick the row on a phone: the first {@value #QUICK} items and the current page's item
 * @param more what "Meer" holds on a phone: every other item, in groups; empty when everything fits the row
 * @param all every item, in groups, for a desktop
 */
public record Menu(List<NavigationItem> quick, List<Group> more, List<Group> all) {

	/** How many items a phone shows before "Meer" (the current page's item comes on top). */
	static final int QUICK = 3;

	/** From how many items on the menu is grouped with labels; below, it is one plain list. */
	static final int GROUPED_FROM = 8;

	/**
	 * Items that belong together.
	 *
	 * @param group which group; its label is {@code group.messageKey()}
	 * @param labelled whether the label is shown (not when the menu is short)
	 */
	public record Group(NavigationGroup group, List<NavigationItem> items, boolean labelled) {

		/** An id for the label, unique within one panel ({@code prefix} tells the phone's and desktop's apart). */
		public String labelId(String prefix) {
			return prefix + "-" + group.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** The menu of a user's items, already sorted by order, on the page {@code current} recognises. */
	static Menu of(List<NavigationItem> items, Predicate<NavigationItem> current) {
		var grouped = items.size() >= GROUPED_FROM;
		if (items.size() <= QUICK + 1) {
			return new Menu(items, List.of(), groups(items, grouped));
		}
		var quick = new ArrayList<>(items.subList(0, QUICK));
		items.stream().skip(QUICK).filter(current).findFirst().ifPresent(quick::add);
		var rest = items.stream().filter(it -> !quick.contains(it)).toList();
		return new Menu(List.copyOf(quick), groups(rest, grouped), groups(items, grouped));
	}

	public boolean hasMore() {
		return !more.isEmpty();
	}

	private static List<Group> groups(List<NavigationItem> items, boolean grouped) {
		if (!grouped) {
			return items.isEmpty() ? List.of() : List.of(new Group(NavigationGroup.OTHER, items, false));
		}
		var byGroup = new EnumMap<NavigationGroup, List<NavigationItem>>(NavigationGroup.class);
		items.forEach(it -> byGroup.computeIfAbsent(it.group(), group -> new ArrayList<>()).add(it));
		return byGroup.entrySet().stream()
			.map(entry -> new Group(entry.getKey(), List.copyOf(entry.getValue()), true))
			.toList();
	}
}
