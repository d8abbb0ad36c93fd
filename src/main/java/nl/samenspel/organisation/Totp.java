package nl.samenspel.organisation;

import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps,
 * the secret written in base32 (RFC 4648). A code is accepted for the step before and after the current one, for
 * clocks that differ a little; which step it matched is returned, so the caller can refuse a step used before.
 */
final class Totp {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private Totp() {
	}

	/** A new secret of 160 random bits (RFC 4226's recommendation), in base32. */
	static String newSecret() {
		var bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
	}

	/** The code of the given step. */
	static String code(String secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(decode(secret), "HmacSHA1"),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The step the code belongs to, within one step of now either way; empty when it matches none. */
	static OptionalLong matchingStep(String secret, String code, Instant now) {
		var digits = code.replace(" ", "");
		if (!digits.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		var current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The otpauth URI authenticator apps read from the QR code. */
	static String uri(String issuer, String account, String secret) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		var out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] decode(String base32) {
		var out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : base32.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '=' || c == ' ' || c == '-') {
				continue;
			}
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
