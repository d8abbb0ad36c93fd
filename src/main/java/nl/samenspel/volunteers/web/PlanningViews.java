package nl.samenspel.volunteers.web;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.ui.FieldMessages;
import nl.samenspel.volunteers.Planning;

/** What the planning's templates show. */
public final class PlanningViews {

	private PlanningViews() {
	}

	/** A month's planning; the current month, with a message next to the field, when the month cannot be read. */
	public record MonthPage(Planning.Month month, YearMonth previous, YearMonth next, String monthText,
			FieldMessages errors) {
	}

	public record SessionPage(Planning.Row row, String search, FieldMessages errors, FieldMessages cancelErrors,
			@Nullable UUID cancelling) {
	}
}
