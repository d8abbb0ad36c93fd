package nl.samenspel.kernel;

import org.jspecify.annotations.Nullable;

/**
 * Text that is only looked up, never stored: a search, a user name at login, an e-mail address in the reset form.
 * Control characters are dropped (PostgreSQL refuses a NUL outright) and anything past 200 characters is cut off,
 * so that such input can never fail a query.
 */
public final class SearchTerm {

	public static final int MAX_LENGTH = 200;

	private SearchTerm() {
	}

	public static String of(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		var clean = raw.codePoints().filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
	}
}
