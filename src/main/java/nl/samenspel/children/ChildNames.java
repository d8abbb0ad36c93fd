package nl.samenspel.children;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Children's names as the registry compares them: searched without regard to accents or case, and taken for the
 * same child when at most two letters differ (a typing mistake, Sophie and Sofie).
 */
public final class ChildNames {

	private ChildNames() {
	}

	/**
	 * A name as it is searched: lower case, accents and other marks dropped, and the letters that do not decompose
	 * written out, so that {@code zoe} finds Zoë and {@code lukasz} finds Łukasz.
	 */
	public static String searchable(String text) {
		var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		var builder = new StringBuilder();
		for (var c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case 'ł' -> builder.append('l');
				case 'ø' -> builder.append('o');
				case 'æ' -> builder.append("ae");
				case 'œ' -> builder.append("oe");
				case 'ß' -> builder.append("ss");
				case 'đ' -> builder.append('d');
				case 'ı' -> builder.append('i');
				default -> builder.append(c);
			}
		}
		return builder.toString().replaceAll("\\s+", " ").strip();
	}

	/** Names of this many letters or fewer are not looked for in a text: too many ordinary words are that short. */
	static final int SHORTEST_FLAGGED = 3;

	/** How many distinct words of a text one query looks up; a longer text takes a query per so many words. */
	static final int MOST_WORDS = 100;

	/** A text as its names are looked for in it: {@link #searchable}, with everything but letters and digits a space. */
	static String words(String text) {
		return searchable(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/**
	 * Whether the first or last name (or the last name without its prefix, Berg of 'van den Berg') stands in the text
	 * as whole words; {@code text} is {@link #words} with a space before and after.
	 */
	static boolean namedIn(String text, String firstName, String lastName) {
		var last = words(lastName);
		var core = last.contains(" ") ? last.substring(last.lastIndexOf(' ') + 1) : last;
		return java.util.stream.Stream.of(words(firstName), last, core)
			.anyMatch(name -> name.length() >= SHORTEST_FLAGGED && text.contains(" " + name + " "));
	}

	static boolean similar(String a, String b) {
		return distance(a, b) <= 2;
	}

	/** The Levenshtein distance: how many letters to add, remove or change to turn one name into the other. */
	static int distance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
