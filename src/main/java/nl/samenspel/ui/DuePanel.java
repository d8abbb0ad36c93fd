package nl.samenspel.ui;

import java.util.List;

/**
 * The coordinator's "what is due" panel, which several modules fill: school holidays still to enter (activities),
 * records listed for the retention review (children), the access review (organisation). Each module gives the panel
 * with its own lines; the home ({@link HomeController}) joins panels of the same id into one.
 */
public final class DuePanel {

	public static final String ID = "due";

	private DuePanel() {
	}

	public static Panel of(List<Panel.Line> lines, Page page) {
		return new Panel(ID, page.t("home.due.title"), lines, null, page.t("home.due.empty"), 30);
	}
}
