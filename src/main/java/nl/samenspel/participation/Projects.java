package nl.samenspel.participation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Images;
import nl.samenspel.kernel.NotFound;

/**
 * Children's projects (maatschappelijke oefenruimte): a group of children of the organisation runs its own project,
 * each with a role in it, with tasks for one of them or the group, a status and an outcome in their own words. COORDINATOR
 * and WORKER keep them. A photo is kept only when every participant it shows has a guardian's consent for internal
 * photos (PHOTOS_INTERNAL, asked of {@link ChildManagement#allowing}); {@code ProjectPhotoConsent} removes it when
 * one of them is withdrawn. Photos are re-encoded like the ideas' pictures ({@link IdeaPictures#rules}).
 */
@Service
@Transactional
public class Projects {

	private final ProjectStore store;
	private final ChildManagement children;
	private final Programme programme;
	private final Moderator moderator;
	private final AuditLog audit;
	private final Clock clock;
	private final long maxPixels;

	Projects(ProjectStore store, ChildManagement children, Programme programme, Moderator moderator, AuditLog audit,
			Clock clock, @Value("${samenspel.photos.max-pixels:25000000}") long maxPixels) {
		this.store = store;
		this.children = children;
		this.programme = programme;
		this.moderator = moderator;
		this.audit = audit;
		this.clock = clock;
		this.maxPixels = maxPixels;
	}

	@Transactional(readOnly = true)
	public List<Project.Summary> projects(CurrentUser user) {
		Rounds.requireKeeper(user);
		return store.summaries(user.organisationId());
	}

	@Transactional(readOnly = true)
	public Project project(CurrentUser user, UUID id) {
		Rounds.requireKeeper(user);
		return store.project(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** What moderation flags in the goal and outcome (names, phone numbers, addresses), as message keys. */
	@Transactional(readOnly = true)
	public List<String> moderation(CurrentUser user, Project project) {
		var text = project.goal() + "\n" + (project.outcome() == null ? "" : project.outcome());
		return moderator.flags(user.organisationId(), text);
	}

	public Project create(CurrentUser user, ProjectDetails details) {
		Rounds.requireKeeper(user);
		Rounds.checkActivity(programme, user.organisationId(), details.activityId());
		var id = UUID.randomUUID();
		store.insert(id, user.organisationId(), details, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "participation_project", id, AuditResult.SUCCESS);
		return project(user, id);
	}

	public Project update(CurrentUser user, UUID id, ProjectDetails details) {
		var project = project(user, id);
		Rounds.checkActivity(programme, user.organisationId(), details.activityId());
		store.update(project.id(), details);
		audit.record(AuditAction.UPDATED, "participation_project", id, AuditResult.SUCCESS);
		return project(user, id);
	}

	public Project progress(CurrentUser user, UUID id, ProjectProgress progress) {
		var project = project(user, id);
		var outcome = progress.outcome() == null || progress.outcome().isBlank() ? null : progress.outcome().strip();
		store.progress(project.id(), progress.status(), outcome);
		audit.record(AuditAction.UPDATED, "participation_project", id, AuditResult.SUCCESS);
		return project(user, id);
	}

	public Project addMember(CurrentUser user, UUID id, ProjectMember member) {
		var project = project(user, id);
		var childId = member.childId();
		if (childId == null || children.cards(user, List.of(childId)).isEmpty()) {
			throw new FieldRejected("childId", "participation.projects.error.child");
		}
		if (project.hasMember(childId)) {
			throw new FieldRejected("childId", "participation.projects.error.alreadyMember");
		}
		store.addMember(project.id(), childId, member.role().strip(), clock.instant());
		audit.record(AuditAction.UPDATED, "participation_project", id, AuditResult.SUCCESS);
		return project(user, id);
	}

	public Project removeMember(CurrentUser user, UUID id, UUID childId) {
		var project = project(user, id);
		if (!project.hasMember(childId)) {
			throw new NotFound();
		}
		store.removeMember(project.id(), childId);
		audit.record(AuditAction.UPDATED, "participation_project", id, AuditResult.SUCCESS);
		return project(user, id);
	}

	public Project addTask(CurrentUser user, UUID id, ProjectTask task) {
		var project = project(user, id);
		if (task.childId() != null && !project.hasMember(task.childId())) {
			throw new FieldRejected("childId", "participation.projects.error.taskChild");
		}
		store.addTask(UUID.randomUUID(), project.id(), task.text().strip(), task.childId(), clock.instant());
		return project(user, id);
	}

	/** Marks a task done, or not done again. */
	public Project markTask(CurrentUser user, UUID id, UUID taskId, boolean done) {
		var project = project(user, id);
		if (!store.markTask(project.id(), taskId, done)) {
			throw new NotFound();
		}
		return project(user, id);
	}

	/**
	 * Keeps a photo of the project. {@code shown} are the participants in it: every one of them must have a guardian's
	 * consent for internal photos, or nothing is kept. The photo is re-encoded (no EXIF, no location) and scaled down.
	 */
	public Project addPhoto(CurrentUser user, UUID id, byte[] content, @Nullable List<UUID> shown) {
		var project = project(user, id);
		var childIds = new LinkedHashSet<UUID>(shown == null ? List.of() : shown);
		if (!childIds.stream().allMatch(project::hasMember)) {
			throw new FieldRejected("shown", "participation.projects.error.photoChild");
		}
		if (!children.allowing(user.organisationId(), childIds, ConsentPurpose.PHOTOS_INTERNAL).containsAll(childIds)) {
			throw new FieldRejected("shown", "participation.projects.error.photoConsent");
		}
		var image = Images.reencoded(content, IdeaPictures.rules("photo", maxPixels));
		var photoId = UUID.randomUUID();
		store.addPhoto(photoId, project.id(), user.organisationId(), image, childIds, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "participation_project_photo", photoId, AuditResult.SUCCESS);
		return project(user, id);
	}

	/** A photo of the project, for staff of the organisation; reading it is logged. */
	@Transactional // not read-only: the read is audited (PostgreSQL refuses an insert in a read-only transaction)
	public Optional<IdeaPictures.Picture> photo(CurrentUser user, UUID id, UUID photoId) {
		var project = project(user, id);
		var photo = store.photo(user.organisationId(), project.id(), photoId);
		photo.ifPresent(found -> audit.record(AuditAction.READ, "participation_project_photo", photoId, AuditResult.SUCCESS));
		return photo;
	}

	public void removePhoto(CurrentUser user, UUID id, UUID photoId) {
		var project = project(user, id);
		if (!store.removePhoto(user.organisationId(), project.id(), photoId)) {
			throw new NotFound();
		}
		audit.record(AuditAction.ERASED, "participation_project_photo", photoId, AuditResult.SUCCESS);
	}
}
