package nl.samenspel.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Column-level encryption of special-category data (health notes; later signals): AES-256-GCM, authenticated, with
 * a fresh 96-bit nonce per value and the owning row's id as associated data, so a value copied to another row does
 * not decrypt. A sealed value reads {@code v1:<key id>:<base64 nonce+ciphertext+tag>}.
 * <p>
 * Keys come from configuration, never from the repository: {@code samenspel.encryption.keys.<id>=<base64 of 32
 * bytes>} and {@code samenspel.encryption.active-key=<id>}. New values are sealed with the active key; old values
 * open with whichever key they name, so a key is rotated by adding a new one, making it active and running
 * {@link #needsResealing}-driven re-encryption (see docs/security.md). Without configured keys a demo run keeps a
 * generated key in {@code samenspel.encryption.key-file} (./data/encryption.key); any other run refuses to start.
 */
@Component
public class Encryption {

	private static final Logger log = LoggerFactory.getLogger(Encryption.class);
	private static final String PREFIX = "v1:";
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKeySpec> keys = new HashMap<>();
	private final String activeKey;

	Encryption(Environment environment, @Value("${samenspel.encryption.active-key:}") String activeKey,
			@Value("${samenspel.encryption.key-file:./data/encryption.key}") String keyFile,
			@Value("${samenspel.demo.enabled:auto}") String demo, @Value("${spring.datasource.url:}") String datasource) {
		var configured = Binder.get(environment).bind("samenspel.encryption.keys",
				org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		configured.forEach((id, value) -> keys.put(id, key(id, value)));
		if (keys.isEmpty()) {
			var demoRun = "true".equals(demo) || ("auto".equals(demo) && datasource.startsWith("jdbc:h2:"));
			if (!demoRun) {
				throw new IllegalStateException("No encryption key configured: set samenspel.encryption.keys.<id> "
						+ "(32 random bytes, base64) and samenspel.encryption.active-key (see docs/security.md)");
			}
			keys.put("local", key("local", localKey(Path.of(keyFile))));
			this.activeKey = "local";
		}
		else {
			this.activeKey = activeKey.isBlank() && keys.size() == 1 ? keys.keySet().iterator().next() : activeKey;
			if (!keys.containsKey(this.activeKey)) {
				throw new IllegalStateException("samenspel.encryption.active-key names no configured key");
			}
		}
	}

	/** Encrypts a value for the row it belongs to; nothing stays nothing. */
	public @Nullable String seal(@Nullable String plain, Object owner) {
		if (plain == null || plain.isBlank()) {
			return null;
		}
		try {
			var nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
			var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + activeKey + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/** Decrypts a value sealed for this row; fails loudly when it was tampered with or moved. */
	public @Nullable String open(@Nullable String sealed, Object owner) {
		if (sealed == null) {
			return null;
		}
		var parts = sealed.split(":", 3);
		if (parts.length != 3 || !"v1".equals(parts[0]) || !keys.containsKey(parts[1])) {
			throw new IllegalStateException("A sealed value with an unknown format or key");
		}
		try {
			var bytes = Base64.getDecoder().decode(parts[2]);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keys.get(parts[1]), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A sealed value could not be opened", e);
		}
	}

	/**
	 * A keyed hash (HMAC-SHA256) of a short secret that must be found again by its value, such as the code on a
	 * child's login card: with the active key, under a key of its own derived for the purpose (so it never equals
	 * any other use of the key), as {@code <key id>:<hex>}. Without the key a stored hash cannot be guessed back,
	 * however short the secret. {@link #lookupHashes} gives what to look for under every configured key.
	 */
	public String lookupHash(String purpose, String value) {
		return lookupHash(activeKey, purpose, value);
	}

	/** The keyed hashes of a value under every configured key, the active one first: a lookup after a key rotation. */
	public java.util.List<String> lookupHashes(String purpose, String value) {
		var hashes = new java.util.ArrayList<String>();
		hashes.add(lookupHash(activeKey, purpose, value));
		keys.keySet().stream().filter(id -> !id.equals(activeKey)).sorted()
			.forEach(id -> hashes.add(lookupHash(id, purpose, value)));
		return hashes;
	}

	private String lookupHash(String keyId, String purpose, String value) {
		try {
			var derive = javax.crypto.Mac.getInstance("HmacSHA256");
			derive.init(new SecretKeySpec(keys.get(keyId).getEncoded(), "HmacSHA256"));
			var purposeKey = derive.doFinal(("samenspel lookup " + purpose).getBytes(StandardCharsets.UTF_8));
			var mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
			return keyId + ":" + java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Hashing failed", e);
		}
	}

	/** Whether a value was sealed with another key than the active one, and so should be re-encrypted. */
	public boolean needsResealing(@Nullable String sealed) {
		return sealed != null && !sealed.startsWith(activePrefix());
	}

	/** How every value sealed with the active key begins. */
	String activePrefix() {
		return PREFIX + activeKey + ":";
	}

	private static SecretKeySpec key(String id, String base64) {
		var bytes = Base64.getDecoder().decode(base64.strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("Encryption key '" + id + "' must be 32 bytes (base64 of 32 random bytes)");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/**
	 * Writes the key readable and writable by its owner only (0600) where the file system knows POSIX permissions:
	 * the file is created with them, so the key is never readable by others, not even for a moment.
	 */
	static void write(Path file, String key) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
					java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, key);
	}

	private static String localKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			var bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			var key = Base64.getEncoder().encodeToString(bytes);
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			write(file, key);
			log.warn("Demo run without a configured encryption key: generated one in {}", file.toAbsolutePath());
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
