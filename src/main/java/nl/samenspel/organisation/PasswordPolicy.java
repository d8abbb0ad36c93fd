package nl.samenspel.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B): 12 to 128 characters of any kind, and not one of the common passwords
 * shipped in {@code security/common-passwords.txt}, nor built from the user's name, e-mail address or organisation
 * ({@link #personal}). No rules about digits or symbols: length does the work.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;
	static final int MIN_PERSONAL = 4;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of what is wrong with the password, or nothing when it is fine. */
	Optional<String> problem(@Nullable String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("validation.password.required");
		}
		var length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("validation.password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("validation.password.tooLong");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("validation.password.common");
		}
		return Optional.empty();
	}

	/**
	 * As {@link #problem(String)}, and refused too when the password contains one of the personal words (see
	 * {@link #personal}), in any case: {@code coord2coord2} for the user {@code coord2} is the first thing a guesser
	 * tries.
	 */
	Optional<String> problem(@Nullable String password, Collection<String> personal) {
		var problem = problem(password);
		if (problem.isPresent() || password == null) {
			return problem;
		}
		var lower = password.toLowerCase(Locale.ROOT);
		return personal.stream().anyMatch(lower::contains) ? Optional.of("validation.password.personal")
				: Optional.empty();
	}

	/**
	 * The words of a user a password must not contain: the parts of the user name, of the e-mail address's local part
	 * and of the organisation's name, split at anything that is not a letter or digit, in lower case, of
	 * {@value #MIN_PERSONAL} or more characters (shorter parts, like "de" or "bo", occur in any sentence).
	 */
	static List<String> personal(@Nullable String username, @Nullable String email, @Nullable String organisation) {
		var local = email == null ? null : email.substring(0, Math.max(0, email.lastIndexOf('@')));
		var words = new LinkedHashSet<String>();
		for (var value : java.util.Arrays.asList(username, local, organisation)) {
			if (value == null) {
				continue;
			}
			for (var part : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (part.codePointCount(0, part.length()) >= MIN_PERSONAL) {
					words.add(part);
				}
			}
		}
		return List.copyOf(words);
	}

	private static Set<String> load() {
		var passwords = new HashSet<String>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.startsWith("# ") && !line.isBlank())
				.forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(passwords);
	}
}
