package nl.samenspel.reporting;

import nl.samenspel.kernel.FieldRejected;

/**
 * A name in a list that is not one of the choices (a figure or a breakdown that does not exist). The message names
 * it: its key has one argument, {@link #name()}, shortened to 40 characters, control characters shown as question marks.
 */
public class UnknownChoice extends FieldRejected {

	private final String name;

	public UnknownChoice(String field, String messageKey, String name) {
		super(field, messageKey);
		var shown = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		this.name = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
	}

	public String name() {
		return name;
	}
}
