package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a home page in the tests of the modules' home panels: one panel's HTML by its id. */
public final class Homes {

	private Homes() {
	}

	/** The HTML of the panel with this id (fails when the home has none). */
	public static String panel(String html, String id) {
		var start = html.indexOf("id=\"panel-" + id + "\"");
		assertThat(start).as("the home has panel " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	/** Whether the home has a panel with this id. */
	public static boolean hasPanel(String html, String id) {
		return html.contains("id=\"panel-" + id + "\"");
	}
}
