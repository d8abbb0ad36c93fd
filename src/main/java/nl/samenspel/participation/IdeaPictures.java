package nl.samenspel.participation;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Images;
import nl.samenspel.kernel.NotFound;

/**
 * A drawing or photo with an idea, one per idea (a new one takes the old one's place). The upload is checked and drawn
 * again by the kernel's {@link Images}: JPEG, PNG or GIF, at most 5 MB, at most {@code samenspel.photos.max-pixels}
 * pixels by its header, stored re-encoded (no EXIF, no GPS position, no comments, nothing after the image) with its
 * longest side at most 1600. It is moderated with its idea: other children see it only once the idea is approved.
 * <p>
 * Staff call {@link #attach(CurrentUser, UUID, byte[])} and {@link #picture(CurrentUser, UUID)}; the kiosk and the
 * child pages call {@link #attach(UUID, UUID, UUID, byte[], UUID)} and {@link #pictureForChild(UUID, UUID, UUID)}.
 */
@Service
@Transactional
public class IdeaPictures {

	/** At most 5 MB as uploaded. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The longest side kept: enough for a drawing on a tablet, small enough for any phone. */
	static final int MAX_SIDE = 1600;

	private final IdeaStore ideas;
	private final PictureStore store;
	private final AuditLog audit;
	private final Clock clock;
	private final long maxPixels;

	IdeaPictures(IdeaStore ideas, PictureStore store, AuditLog audit, Clock clock,
			@Value("${samenspel.photos.max-pixels:25000000}") long maxPixels) {
		this.ideas = ideas;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.maxPixels = maxPixels;
	}

	/** A stored picture: the re-encoded bytes, their media type and size. */
	public record Picture(byte[] content, String mediaType, int width, int height) {
	}

	/** The rules every picture of the module is held to; {@code field} is where a rejection shows. */
	static Images.Rules rules(String field, long maxPixels) {
		return new Images.Rules(field, "participation.pictures.error.format", "participation.pictures.error.tooManyPixels",
				Set.of(Images.JPEG, Images.PNG, Images.GIF), MAX_BYTES, MAX_SIDE, maxPixels);
	}

	/** Staff (COORDINATOR, WORKER) attach a drawing or photo to an idea of the organisation. */
	public Picture attach(CurrentUser user, UUID ideaId, byte[] content) {
		Rounds.requireKeeper(user);
		var idea = ideas.idea(user.organisationId(), ideaId).orElseThrow(NotFound::new);
		return save(user.organisationId(), idea.id(), content, user.id());
	}

	/**
	 * For the kiosk and the child pages: the child attaches a drawing or photo to their own idea, while it waits for a
	 * worker's approval (an approved idea has been seen; a new picture would skip moderation). Any other idea is not
	 * found. {@code recordedBy} is the user the kiosk or the child's login acts as.
	 */
	public Picture attach(UUID organisationId, UUID ideaId, UUID childId, byte[] content, UUID recordedBy) {
		var idea = ideas.idea(organisationId, ideaId).filter(it -> childId.equals(it.childId())).orElseThrow(NotFound::new);
		if (idea.approved()) {
			throw new FieldRejected("picture", "participation.pictures.error.approved");
		}
		return save(organisationId, idea.id(), content, recordedBy);
	}

	private Picture save(UUID organisationId, UUID ideaId, byte[] content, UUID by) {
		var image = Images.reencoded(content, rules("picture", maxPixels));
		store.putIdeaPicture(ideaId, organisationId, image, by, clock.instant());
		audit.record(AuditAction.UPDATED, "participation_idea_picture", ideaId, AuditResult.SUCCESS);
		return new Picture(image.content(), image.mediaType(), image.width(), image.height());
	}

	/** The idea's picture for staff of the organisation; another organisation's idea is not found. */
	@Transactional(readOnly = true)
	public Optional<Picture> picture(CurrentUser user, UUID ideaId) {
		Rounds.requireKeeper(user);
		var idea = ideas.idea(user.organisationId(), ideaId).orElseThrow(NotFound::new);
		return store.ideaPicture(user.organisationId(), idea.id());
	}

	/** Whether the idea has a picture, for the idea's page. */
	@Transactional(readOnly = true)
	public boolean hasPicture(CurrentUser user, UUID ideaId) {
		Rounds.requireKeeper(user);
		return store.hasIdeaPicture(user.organisationId(), ideaId);
	}

	/**
	 * The picture as a child sees it: their own idea's always, another child's (or a group's) only once the idea is
	 * approved. {@code childId} is the child looking, or none on a kiosk where nobody has picked their name.
	 */
	@Transactional(readOnly = true)
	public Optional<Picture> pictureForChild(UUID organisationId, UUID ideaId, @Nullable UUID childId) {
		return ideas.idea(organisationId, ideaId)
			.filter(idea -> idea.approved() || (childId != null && childId.equals(idea.childId())))
			.flatMap(idea -> store.ideaPicture(organisationId, idea.id()));
	}

	/** Staff take the picture off the idea (one that should not be shown). */
	public void remove(CurrentUser user, UUID ideaId) {
		Rounds.requireKeeper(user);
		var idea = ideas.idea(user.organisationId(), ideaId).orElseThrow(NotFound::new);
		if (store.removeIdeaPicture(user.organisationId(), idea.id())) {
			audit.record(AuditAction.ERASED, "participation_idea_picture", ideaId, AuditResult.SUCCESS);
		}
	}
}
