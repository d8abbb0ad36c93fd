package nl.samenspel.participation.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.samenspel.kernel.FieldRejected;

/**
 * The dots of a DOTS ballot as a form sends them: a field {@code dots.<idea id>} per idea with a whole number; an empty
 * field is no dots. One reading for the worker's paper ballot, the kiosk and the child's own page; whether the dots add
 * up to the round's number is the service's rule ({@code Ballots}).
 */
final class DotsForm {

	static final String PREFIX = "dots.";

	private DotsForm() {
	}

	/** The dots per idea; a field that is not an idea and a number (0 to 100) is refused on {@code field}. */
	static Map<UUID, Integer> read(Map<String, String> form, String field, String messageKey) {
		var dots = new HashMap<UUID, Integer>();
		for (var entry : form.entrySet()) {
			if (!entry.getKey().startsWith(PREFIX) || entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			UUID idea;
			int count;
			try {
				idea = UUID.fromString(entry.getKey().substring(PREFIX.length()));
				count = Integer.parseInt(entry.getValue().strip());
			}
			catch (IllegalArgumentException notANumber) {
				throw new FieldRejected(field, messageKey);
			}
			if (count < 0 || count > 100) {
				throw new FieldRejected(field, messageKey);
			}
			dots.put(idea, count);
		}
		return dots;
	}
}
