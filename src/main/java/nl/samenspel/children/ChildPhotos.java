package nl.samenspel.children;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Images;

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
	 * The image drawn again from its pixels by the kernel's {@link Images}, so nothing of the original file's metadata
	 * survives (no EXIF, no GPS position), refused before decoding when its header claims more than {@code maxPixels}
	 * (an image bomb), and scaled down to {@link #MAX_SIDE}. JPEG or PNG only, at most {@link #MAX_PHOTO_BYTES}.
	 */
	static byte[] withoutMetadata(byte[] content, long maxPixels) {
		return Images.reencoded(content, new Images.Rules("photo", "photo.error.format", "photo.error.tooManyPixels",
				Set.of(Images.JPEG, Images.PNG), MAX_PHOTO_BYTES, MAX_SIDE, maxPixels)).content();
	}

	/** The media type by the file's first bytes, not by what the browser claims. */
	static @Nullable String imageType(byte[] content) {
		return Images.mediaType(content);
	}
}
