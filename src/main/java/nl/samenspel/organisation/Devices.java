package nl.samenspel.organisation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A browser's User-Agent as a short, readable name (Firefox, Windows) for the sessions page: enough for a user to
 * tell their phone from their laptop. The header is the client's to choose, so what is kept is cut short and stripped
 * of control characters; the page escapes it like any text.
 */
final class Devices {

	static final int MAX = 60;

	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
			Map.entry("Safari/", "Safari"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
			Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"), Map.entry("Windows", "Windows"),
			Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

	private Devices() {
	}

	static String describe(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "";
		}
		var browser = first(BROWSERS, userAgent);
		var system = first(SYSTEMS, userAgent);
		if (browser != null || system != null) {
			return browser == null ? system : system == null ? browser : browser + ", " + system;
		}
		var clean = userAgent.codePoints().filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
		return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "…";
	}

	private static @Nullable String first(List<Map.Entry<String, String>> names, String userAgent) {
		return names.stream().filter(it -> userAgent.contains(it.getKey())).map(Map.Entry::getValue).findFirst()
			.orElse(null);
	}
}
