package nl.samenspel.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Authenticated column encryption: round trip, bound to its row, tamper-evident, and rotatable. */
class EncryptionTests {

	static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
	static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static Encryption with(String active, String... idsAndKeys) {
		var environment = new MockEnvironment();
		for (int i = 0; i < idsAndKeys.length; i += 2) {
			environment.setProperty("samenspel.encryption.keys." + idsAndKeys[i], idsAndKeys[i + 1]);
		}
		return new Encryption(environment, active, "unused", "false", "jdbc:postgresql://x/y");
	}

	@Test
	void sealsAndOpensForTheSameRowOnly() {
		var encryption = with("a", "a", KEY_A);
		var child = UUID.randomUUID();

		var sealed = encryption.seal("Pinda's, ernstig", child);

		assertThat(sealed).startsWith("v1:a:").doesNotContain("Pinda");
		assertThat(encryption.seal("Pinda's, ernstig", child)).as("a fresh nonce every time").isNotEqualTo(sealed);
		assertThat(encryption.open(sealed, child)).isEqualTo("Pinda's, ernstig");
		assertThatIllegalStateException().isThrownBy(() -> encryption.open(sealed, UUID.randomUUID()));
		assertThat(encryption.seal("  ", child)).isNull();
	}

	@Test
	void noticesTampering() {
		var encryption = with("a", "a", KEY_A);
		var child = UUID.randomUUID();
		var sealed = encryption.seal("medicijn", child);
		var bytes = Base64.getDecoder().decode(sealed.substring(5));
		bytes[bytes.length - 1] ^= 1;

		var tampered = "v1:a:" + Base64.getEncoder().encodeToString(bytes);

		assertThatIllegalStateException().isThrownBy(() -> encryption.open(tampered, child));
	}

	@Test
	void opensOldValuesAfterARotationAndSealsNewOnesWithTheNewKey() {
		var child = UUID.randomUUID();
		var old = with("a", "a", KEY_A).seal("dieet", child);

		var rotated = with("b", "a", KEY_A, "b", KEY_B);

		assertThat(rotated.open(old, child)).isEqualTo("dieet");
		assertThat(rotated.needsResealing(old)).isTrue();
		assertThat(rotated.seal("dieet", child)).startsWith("v1:b:");
		assertThat(rotated.needsResealing(rotated.seal("dieet", child))).isFalse();
	}

	@Test
	void refusesToStartWithoutAKeyOutsideADemo() {
		assertThatIllegalStateException().isThrownBy(() -> with(""));
		assertThatIllegalStateException().isThrownBy(() -> with("c", "a", KEY_A));
		assertThatIllegalStateException().isThrownBy(() -> with("a", "a", "dGVlIGtvcnQ="));
	}

	@Test
	void keepsAGeneratedKeyForADemo() throws Exception {
		var file = Files.createTempFile("samenspel", ".key");
		Files.delete(file);
		var first = new Encryption(new MockEnvironment(), "", file.toString(), "true", "");
		var child = UUID.randomUUID();
		var sealed = first.seal("allergie", child);

		var second = new Encryption(new MockEnvironment(), "", file.toString(), "true", "");

		assertThat(second.open(sealed, child)).isEqualTo("allergie");
		assertThat(Path.of(file.toString())).exists();
	}

	@Test
	void writesAGeneratedKeyReadableByItsOwnerOnly() throws Exception {
		var file = Files.createTempDirectory("samenspel").resolve("encryption.key");

		new Encryption(new MockEnvironment(), "", file.toString(), "true", "");

		org.junit.jupiter.api.Assumptions.assumeTrue(
				file.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
			.isEqualTo("rw-------");
	}
}
