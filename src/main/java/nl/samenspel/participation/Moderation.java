package nl.samenspel.participation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The check a worker gets help from before approving a child's text: does it look like it holds a phone number, an
 * e-mail address or a postcode with a house number? It flags, it does not refuse: the worker decides.
 */
final class Moderation {

	private static final List<Pattern> PERSONAL = List.of(
			// Dutch phone numbers: 06-12345678, 010 123 4567, +31 6 1234 5678, 0800-0432 too (better one flag too many)
			Pattern.compile("(?<![0-9])(?:\\+31|0031|0)[\\s.-]?[1-9](?:[\\s.-]?[0-9]){7,8}(?![0-9])"),
			// any run of nine or more digits, however written
			Pattern.compile("(?:[0-9][\\s.-]?){9,}[0-9]"),
			Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}"),
			// postcode and house number: 1234 AB 12, or a street name with a number followed by a postcode
			Pattern.compile("(?i)(?<![0-9])[1-9][0-9]{3}\\s?(?!sa|sd|ss)[a-z]{2}(?![a-z])\\s*,?\\s*[0-9]{1,5}"),
			Pattern.compile("(?i)\\p{L}{3,}(?:straat|laan|weg|plein|gracht|kade|dijk|hof|singel|steeg|pad)\\s+[0-9]{1,5}"));

	private Moderation() {
	}

	static boolean flags(String text) {
		return PERSONAL.stream().anyMatch(pattern -> pattern.matcher(text).find());
	}
}
