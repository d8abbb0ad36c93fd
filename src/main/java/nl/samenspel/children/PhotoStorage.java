package nl.samenspel.children;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where children's photos are kept: files under {@code samenspel.storage.directory} (./data/files), named by a
 * random key, never by a name. Several nodes share it as a network volume; an S3-compatible store can take its place
 * behind the same three methods.
 */
@Component
class PhotoStorage {

	private final Path root;

	PhotoStorage(@Value("${samenspel.storage.directory:./data/files}") String directory) {
		this.root = Path.of(directory).toAbsolutePath().normalize();
	}

	void put(String key, byte[] content) {
		try {
			Files.createDirectories(root);
			Files.write(file(key), content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Optional<byte[]> get(String key) {
		try {
			var file = file(key);
			return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(file(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path file(String key) {
		if (!key.matches("[a-z0-9-]{1,100}")) {
			throw new IllegalArgumentException("not a storage key");
		}
		return root.resolve(key);
	}
}
