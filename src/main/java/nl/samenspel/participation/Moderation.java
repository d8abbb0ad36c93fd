package nl.samenspel.participation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check a worker gets help from before approving a child's text: does it look like it holds a phone number, an
 * e-mail address or a postcode with a house number? It flags, it does not refuse: the worker decides. Names of the
 * organisation's children need the registry and are checked by {@link Moderator}.
 */
final class Moderation {

	/** What a text seemed to hold; the page shows it to the worker as {@code participation.moderation.flag.<name>}. */
	enum Flag {
		PHONE, EMAIL, ADDRESS, NAME
	}

	private static final Map<Pattern, Flag> PERSONAL = Map.of(
			// Dutch phone numbers: 06-12345678, 010 123 4567, +31 6 1234 5678, 0800-0432 too (better one flag too many)
			Pattern.compile("(?<![0-9])(?:\\+31|0031|0)[\\s.-]?[1-9](?:[\\s.-]?[0-9]){7,8}(?![0-9])"), Flag.PHONE,
			// any run of nine or more digits, however written
			Pattern.compile("(?:[0-9][\\s.-]?){9,}[0-9]"), Flag.PHONE,
			Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}"), Flag.EMAIL,
			// postcode and house number: 1234 AB 12, or a street name with a number followed by a postcode
			Pattern.compile("(?i)(?<![0-9])[1-9][0-9]{3}\\s?(?!sa|sd|ss)[a-z]{2}(?![a-z])\\s*,?\\s*[0-9]{1,5}"), Flag.ADDRESS,
			Pattern.compile("(?i)\\p{L}{3,}(?:straat|laan|weg|plein|gracht|kade|dijk|hof|singel|steeg|pad)\\s+[0-9]{1,5}"),
			Flag.ADDRESS);

	private Moderation() {
	}

	static boolean flags(String text) {
		return !patterns(text).isEmpty();
	}

	/** What the patterns find in the text: phone numbers, e-mail addresses, addresses. */
	static Set<Flag> patterns(String text) {
		var found = EnumSet.noneOf(Flag.class);
		PERSONAL.forEach((pattern, flag) -> {
			if (pattern.matcher(text).find()) {
				found.add(flag);
			}
		});
		return found;
	}
}
