package nl.samenspel.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B): 12 to 128 characters of any kind, and not one of the common passwords
 * shipped in {@code security/common-passwords.txt}. No rules about digits or symbols: length does the work.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

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
