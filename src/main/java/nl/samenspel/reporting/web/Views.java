package nl.samenspel.reporting.web;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.FigureTable;
import nl.samenspel.ui.FieldMessages;

/** What the reporting templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	public record ReportPage(@Nullable FigureTable table, String from, String to, FieldMessages errors) {
	}
}
