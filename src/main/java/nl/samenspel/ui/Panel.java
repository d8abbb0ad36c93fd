package nl.samenspel.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A card on an overview page (a role's home, a child's page): a heading, a few lines that each say one thing and may
 * lead somewhere, a link to the whole list, and what to say when there is nothing. Modules build panels from their own
 * data with texts already in the reader's language; {@code layout/panels.jte} shows them, so every overview reads alike.
 *
 * @param id a stable name for the panel (the section's id in the page, for tests and links)
 * @param title the heading
 * @param lines what the panel says, most urgent first; empty shows {@code empty}
 * @param more a link to the full list, or null
 * @param empty the sentence shown when there are no lines
 * @param order its place among the page's panels, low first
 */
public record Panel(String id, String title, List<Line> lines, @Nullable Link more, String empty, int order) {

	public Panel {
		lines = List.copyOf(lines);
	}

	/**
	 * One line of a panel.
	 *
	 * @param text what it is about (a session, a child, a case), the link's text when {@code href} is set
	 * @param detail a second, smaller line (a time and place, a step and date), or null
	 * @param href where the line leads, or null for a plain line
	 * @param badge a short status beside the text, or null
	 */
	public record Line(String text, @Nullable String detail, @Nullable String href, @Nullable Badge badge) {

		public static Line of(String text, @Nullable String detail, @Nullable String href) {
			return new Line(text, detail, href, null);
		}
	}

	/** A short status word beside a line; the tone only colours it, the text says it. */
	public record Badge(String text, Tone tone) {
	}

	public enum Tone {
		NEUTRAL, GOOD, ATTENTION, URGENT;

		/** The CSS class that colours a badge of this tone. */
		public String cssClass() {
			return "badge badge-" + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A link under the lines, such as "Alle sessies". */
	public record Link(String text, String href) {
	}
}
