package nl.samenspel.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;


/** Builds the choices of select lists and checkbox groups. */
public final class Options {

	private Options() {
	}

	public static <E extends Enum<E>> List<Option> enumOptions(Class<E> type, String keyPrefix, Messages messages,
			@Nullable Object selected) {
		return Arrays.stream(type.getEnumConstants())
			.map(value -> new Option(value.name(), messages.t(keyPrefix + value.name()), value.equals(selected)))
			.toList();
	}

	public static <E extends Enum<E>> List<Option> enumChoices(Class<E> type, String keyPrefix, Messages messages,
			@Nullable Collection<E> selected) {
		return Arrays.stream(type.getEnumConstants())
			.map(value -> new Option(value.name(), messages.t(keyPrefix + value.name()),
					selected != null && selected.contains(value)))
			.toList();
	}

	public static <T> List<Option> options(List<T> items, Function<T, Object> value, Function<T, String> label,
			@Nullable Object selected) {
		return items.stream()
			.map(item -> new Option(String.valueOf(value.apply(item)), label.apply(item),
					Objects.equals(value.apply(item), selected)))
			.toList();
	}
}
