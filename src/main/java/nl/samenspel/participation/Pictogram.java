package nl.samenspel.participation;

import java.util.Optional;

/**
 * The nine pictures of a child's picture password, each with its emoji (decoration: the name is always shown beside
 * it) and its name in the messages ({@code participation.login.picture.<NAME>}).
 */
public enum Pictogram {

	DOG("\uD83D\uDC36"), CAT("\uD83D\uDC31"), FISH("\uD83D\uDC1F"), APPLE("\uD83C\uDF4E"), BIKE("\uD83D\uDEB2"),
	BALL("\u26BD"), SUN("\uD83C\uDF1E"), TREE("\uD83C\uDF33"), ROCKET("\uD83D\uDE80");

	private final String emoji;

	Pictogram(String emoji) {
		this.emoji = emoji;
	}

	public String emoji() {
		return emoji;
	}

	public String messageKey() {
		return "participation.login.picture." + name();
	}

	/** The pictogram with this name, nothing for anything else a browser may send. */
	public static Optional<Pictogram> of(String name) {
		for (var pictogram : values()) {
			if (pictogram.name().equals(name)) {
				return Optional.of(pictogram);
			}
		}
		return Optional.empty();
	}
}
