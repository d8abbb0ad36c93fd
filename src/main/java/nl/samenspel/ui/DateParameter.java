package nl.samenspel.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import nl.samenspel.kernel.FieldRejected;

/** A date typed in a filter (yyyy-MM-dd): empty is the fallback, anything else that is not a date a field message. */
public final class DateParameter {

	private DateParameter() {
	}

	public static @Nullable LocalDate parse(String value, String field, @Nullable LocalDate fallback) {
		if (value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new FieldRejected(field, "validation.date");
		}
	}
}
