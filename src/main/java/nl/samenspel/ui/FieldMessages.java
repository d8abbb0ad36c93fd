package nl.samenspel.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Validation messages in the user's language, ready for a template: one per field (the first), plus those that
 * belong to the form as a whole. Templates put them next to their field and link them with {@code aria-describedby}.
 */
public record FieldMessages(Map<String, String> fields, List<String> global) {

	public static final FieldMessages NONE = new FieldMessages(Map.of(), List.of());

	public static FieldMessages of(Errors errors, Messages messages) {
		var fields = new LinkedHashMap<String, String>();
		errors.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), messages.resolve(error)));
		var global = new ArrayList<String>();
		errors.getGlobalErrors().forEach(error -> global.add(messages.resolve(error)));
		return new FieldMessages(fields, global);
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public @Nullable String get(String field) {
		return fields.get(field);
	}

	public boolean any() {
		return !fields.isEmpty() || !global.isEmpty();
	}
}
