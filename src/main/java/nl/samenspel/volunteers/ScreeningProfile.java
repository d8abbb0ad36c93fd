package nl.samenspel.volunteers;

import org.jspecify.annotations.Nullable;

/**
 * The screening profiles a VOG for kinderwerk is usually asked for (DOMAIN.md §2): functieaspect 84 (care for minors,
 * the default), 86, the specific profile 45 (Gezondheidszorg en welzijn), or another one typed in. Stored as the code
 * ({@code 84}, {@code 86}, {@code 45}) or the text typed.
 */
public enum ScreeningProfile {
	ASPECT_84("84"), ASPECT_86("86"), PROFILE_45("45"), OTHER("");

	private final String code;

	ScreeningProfile(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The profile a stored value stands for: one of the codes, or OTHER for any other text. */
	public static @Nullable ScreeningProfile of(@Nullable String stored) {
		if (stored == null) {
			return null;
		}
		for (var profile : values()) {
			if (profile != OTHER && profile.code.equals(stored)) {
				return profile;
			}
		}
		return OTHER;
	}

	/** The message key of the profile's name: {@code volunteers.record.profile.<name>}. */
	public String messageKey() {
		return "volunteers.record.profile." + name();
	}
}
