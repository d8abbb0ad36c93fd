package nl.samenspel.organisation.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;

/** Builds the choices of select lists and checkbox groups for this module's forms. */
final class Forms {

	private Forms() {
	}

	static <E extends Enum<E>> List<Option> enumOptions(Class<E> type, String keyPrefix, Messages messages,
			@Nullable Object selected) {
		return Arrays.stream(type.getEnumConstants())
			.map(value -> new Option(value.name(), messages.t(keyPrefix + value.name()), value.equals(selected)))
			.toList();
	}

	static <E extends Enum<E>> List<Option> enumChoices(Class<E> type, String keyPrefix, Messages messages,
			@Nullable Collection<E> selected) {
		return Arrays.stream(type.getEnumConstants())
			.map(value -> new Option(value.name(), messages.t(keyPrefix + value.name()),
					selected != null && selected.contains(value)))
			.toList();
	}

	static <T> List<Option> options(List<T> items, Function<T, Object> value, Function<T, String> label,
			@Nullable Object selected) {
		return items.stream()
			.map(item -> new Option(String.valueOf(value.apply(item)), label.apply(item),
					Objects.equals(value.apply(item), selected)))
			.toList();
	}
}
