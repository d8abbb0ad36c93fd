package nl.samenspel.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import nl.samenspel.kernel.FieldRejected;

/**
 * Validation messages in the user's language, ready for a template: one per field (the first), plus those that
 * belong to the form as a whole. Templates put each next to its field (linked with {@code aria-describedby}), and
 * list them all in a summary at the top of the form, each named by its field's label ({@code field.<name>}).
 */
public record FieldMessages(Map<String, String> fields, List<SummaryItem> summary, List<String> global) {

	public static final FieldMessages NONE = new FieldMessages(Map.of(), List.of(), List.of());

	/** One line of the summary: a link to the field, with its label and its message. */
	public record SummaryItem(String field, String text) {
	}

	public static FieldMessages of(Errors errors, Messages messages) {
		var fields = new LinkedHashMap<String, String>();
		errors.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), messages.resolve(error)));
		var global = new ArrayList<String>();
		errors.getGlobalErrors().forEach(error -> global.add(messages.resolve(error)));
		return new FieldMessages(fields, summarise(fields, messages), global);
	}

	/** The message of a rule the service checked, next to its field. */
	public static FieldMessages of(FieldRejected rejected, Messages messages) {
		var fields = Map.of(rejected.field(), messages.t(rejected.messageKey(), rejected.arguments()));
		return new FieldMessages(fields, summarise(fields, messages), List.of());
	}

	/** A message about the form as a whole. */
	public static FieldMessages global(String message) {
		return new FieldMessages(Map.of(), List.of(), List.of(message));
	}

	private static List<SummaryItem> summarise(Map<String, String> fields, Messages messages) {
		return fields.entrySet().stream().map(entry -> {
			var label = messages.find("field." + entry.getKey());
			return new SummaryItem(entry.getKey(), label == null ? entry.getValue() : label + ": " + entry.getValue());
		}).toList();
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public @Nullable String get(String field) {
		return fields.get(field);
	}

	/**
	 * The ids an input (with id {@code fieldId}) points {@code aria-describedby} at: its message, then its hint;
	 * nothing when it has neither.
	 */
	public @Nullable String describedBy(String field, String fieldId, boolean hasHint) {
		var ids = new ArrayList<String>();
		if (has(field)) {
			ids.add(fieldId + "-error");
		}
		if (hasHint) {
			ids.add(fieldId + "-hint");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	public boolean any() {
		return !fields.isEmpty() || !global.isEmpty();
	}
}
