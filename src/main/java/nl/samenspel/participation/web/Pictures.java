package nl.samenspel.participation.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.samenspel.participation.IdeaPictures;

/** How the module answers with a stored picture: its own media type, no sniffing, no cache. */
final class Pictures {

	private Pictures() {
	}

	static ResponseEntity<byte[]> response(IdeaPictures.Picture picture) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(picture.mediaType()))
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(picture.content());
	}
}
