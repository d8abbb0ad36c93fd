package nl.samenspel.ui;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The message bundle in the language of the current request. Every text on a page comes from here.
 */
public final class Messages {

	private final MessageSource source;
	private final Locale locale;

	public Messages(MessageSource source, Locale locale) {
		this.source = source;
		this.locale = locale;
	}

	/** The text for {@code key}; the key itself when it is missing (a test keeps that from happening). */
	public String t(String key, Object... arguments) {
		return source.getMessage(key, arguments, key, locale);
	}

	/** The text for {@code key}, or nothing when the bundles do not have it. */
	public @org.jspecify.annotations.Nullable String find(String key) {
		return source.getMessage(key, null, null, locale);
	}

	public String resolve(MessageSourceResolvable resolvable) {
		return source.getMessage(resolvable, locale);
	}

	public Locale locale() {
		return locale;
	}

	public String language() {
		return locale.getLanguage();
	}
}
