package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A user's ten recovery codes, for when the phone with their second factor is gone: shown once, stored only as a
 * salted hash, each usable once ({@link SecondFactors} checks who may renew them and audits their use).
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecondFactorStore store;

	RecoveryCodes(SecondFactorStore store) {
		this.store = store;
	}

	/** Ten new codes in place of the user's old ones, to show once, in groups of six characters. */
	List<String> renew(UUID userId) {
		var plain = new ArrayList<String>();
		var stored = new ArrayList<SecondFactorStore.RecoveryCode>();
		for (int i = 0; i < COUNT; i++) {
			var bytes = new byte[15];
			RANDOM.nextBytes(bytes);
			var code = Totp.base32(bytes).toLowerCase(Locale.ROOT);
			var salt = new byte[16];
			RANDOM.nextBytes(salt);
			var saltText = HexFormat.of().formatHex(salt);
			stored.add(new SecondFactorStore.RecoveryCode(UUID.randomUUID(), saltText, hash(saltText, code)));
			plain.add(String.join("-", code.substring(0, 6), code.substring(6, 12), code.substring(12, 18),
					code.substring(18)));
		}
		store.replaceRecoveryCodes(userId, stored);
		return plain;
	}

	/** Whether the typed text is one of the user's unused codes; that code is used up by this. */
	boolean use(UUID userId, String typed, Instant now) {
		var normal = typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		if (normal.length() != 24) {
			return false;
		}
		for (var code : store.unusedRecoveryCodes(userId)) {
			if (MessageDigest.isEqual(hash(code.salt(), normal).getBytes(StandardCharsets.US_ASCII),
					code.hash().getBytes(StandardCharsets.US_ASCII))) {
				return store.useRecoveryCode(code.id(), now);
			}
		}
		return false;
	}

	int left(UUID userId) {
		return store.unusedRecoveryCodeCount(userId);
	}

	/**
	 * A recovery code carries 120 random bits (24 base32 characters): a salted SHA-256 is enough (ASVS 6.5.2 asks
	 * for 112 bits before a plain hash will do), nobody guesses one from its hash.
	 */
	static String hash(String salt, String code) {
		return Secrets.hash(salt + ":" + code);
	}
}
