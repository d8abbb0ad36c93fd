package nl.samenspel.children;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;

/**
 * A child's photo on their record. It is for internal use only (staff recognising the child): it is kept only while
 * a guardian's consent for internal photos (PHOTOS_INTERNAL) stands, shown only then, and removed, file and all,
 * when that consent is withdrawn. The website and social media consents do not concern it: the record's photo is
 * never offered there, so withdrawing them leaves it as it is.
 */
@Service
@Transactional
public class ChildPhotos {

	/** JPEG or PNG, at most 2 MB. */
	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	/** A stored photo's longest side: enough to recognise a child, small enough for any phone. */
	static final int MAX_SIDE = 1600;

	private final Children children;
	private final ChildRecords records;
	private final ChildManagement management;
	private final PhotoStorage photos;
	private final long maxPixels;

	ChildPhotos(Children children, ChildRecords records, ChildManagement management, PhotoStorage photos,
			@Value("${samenspel.photos.max-pixels:25000000}") long maxPixels) {
		this.children = children;
		this.records = records;
		this.management = management;
		this.photos = photos;
		this.maxPixels = maxPixels;
	}

	/** Keeps a photo of the child, which is allowed only while a guardian's consent for internal photos stands. */
	public void uploadPhoto(CurrentUser user, UUID childId, byte[] content) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, childId);
		if (!child.allows(ConsentPurpose.PHOTOS_INTERNAL)) {
			throw new FieldRejected("photo", "photo.error.noConsent");
		}
		if (content.length == 0 || content.length > MAX_PHOTO_BYTES || imageType(content) == null) {
			throw new FieldRejected("photo", "photo.error.format");
		}
		var cleaned = withoutMetadata(content, maxPixels);
		remove(child);
		var key = UUID.randomUUID().toString();
		photos.put(key, cleaned);
		child.photo(key);
		records.save(child, "photo");
	}

	/** The child's photo, only while consent for it stands; reading it is logged like the record. */
	public Optional<Photo> photo(CurrentUser user, UUID childId) {
		var child = management.child(user, childId);
		if (child.getPhotoKey() == null || !child.allows(ConsentPurpose.PHOTOS_INTERNAL)) {
			return Optional.empty();
		}
		return photos.get(child.getPhotoKey()).map(bytes -> new Photo(bytes, imageType(bytes)));
	}

	/** A photo and its media type. */
	public record Photo(byte[] content, @Nullable String mediaType) {
	}

	/**
	 * The photo goes with the consent it relied on, in the same transaction as the withdrawal: once a parent has
	 * withdrawn consent for internal photos, nobody sees the photo again, and the file is gone.
	 */
	@EventListener
	void on(ConsentWithdrawn event) {
		children.findByIdAndOrganisationId(event.childId(), event.organisationId())
			.filter(child -> child.getPhotoKey() != null && !child.allows(ConsentPurpose.PHOTOS_INTERNAL))
			.ifPresent(child -> {
				remove(child);
				children.save(child);
			});
	}

	/** Removes the child's photo file, if there is one; the caller saves the child. */
	void remove(Child child) {
		if (child.getPhotoKey() != null) {
			photos.delete(child.getPhotoKey());
			child.photo(null);
		}
	}

	/**
	 * The image drawn again from its pixels, so nothing of the original file's metadata survives: no EXIF, no GPS
	 * position of where the photo was taken, no camera or owner name. Its size is read from the header first: a file
	 * of a few hundred kilobytes can claim 400 million pixels (an image bomb), which would take seconds of CPU and
	 * gigabytes to decode, here and in every browser that shows it; such a file is refused before any decoding. A
	 * photo with a side over {@link #MAX_SIDE} is scaled down.
	 */
	static byte[] withoutMetadata(byte[] content, long maxPixels) {
		try {
			if (pixels(content) > maxPixels) {
				// the limit as configured, in megapixels, and the square photo that just fits
				throw new FieldRejected("photo", "photo.error.tooManyPixels", maxPixels / 1_000_000.0,
						(long) Math.floor(Math.sqrt(maxPixels)));
			}
			var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content));
			if (image == null) {
				throw new FieldRejected("photo", "photo.error.format");
			}
			var format = "image/png".equals(imageType(content)) ? "png" : "jpg";
			var scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
			var opaque = "jpg".equals(format) && image.getColorModel().hasAlpha();
			if (scale < 1.0 || opaque) {
				var width = Math.max(1, (int) Math.round(image.getWidth() * scale));
				var height = Math.max(1, (int) Math.round(image.getHeight() * scale));
				var redrawn = new java.awt.image.BufferedImage(width, height, opaque || !image.getColorModel().hasAlpha()
						? java.awt.image.BufferedImage.TYPE_INT_RGB : java.awt.image.BufferedImage.TYPE_INT_ARGB);
				var graphics = redrawn.createGraphics();
				graphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
						java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
				graphics.drawImage(image, 0, 0, width, height, null);
				graphics.dispose();
				image = redrawn;
			}
			var out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (java.io.IOException | RuntimeException e) {
			if (e instanceof FieldRejected rejected) {
				throw rejected;
			}
			throw new FieldRejected("photo", "photo.error.format");
		}
	}

	/** Width times height as the image's header states them, read without decoding a single pixel. */
	static long pixels(byte[] content) throws java.io.IOException {
		try (var input = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
			var readers = input == null ? null : javax.imageio.ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new FieldRejected("photo", "photo.error.format");
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return (long) reader.getWidth(0) * reader.getHeight(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The media type by the file's first bytes, not by what the browser claims. */
	static @Nullable String imageType(byte[] content) {
		if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
			return "image/png";
		}
		return null;
	}
}
