package nl.samenspel.children;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

	private final Children children;
	private final ChildRecords records;
	private final ChildManagement management;
	private final PhotoStorage photos;

	ChildPhotos(Children children, ChildRecords records, ChildManagement management, PhotoStorage photos) {
		this.children = children;
		this.records = records;
		this.management = management;
		this.photos = photos;
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
		var cleaned = withoutMetadata(content);
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
	 * position of where the photo was taken, no camera or owner name.
	 */
	static byte[] withoutMetadata(byte[] content) {
		try {
			var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content));
			if (image == null) {
				throw new FieldRejected("photo", "photo.error.format");
			}
			var format = "image/png".equals(imageType(content)) ? "png" : "jpg";
			if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
				var opaque = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
						java.awt.image.BufferedImage.TYPE_INT_RGB);
				opaque.createGraphics().drawImage(image, 0, 0, null);
				image = opaque;
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
