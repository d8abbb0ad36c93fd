package nl.samenspel.participation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participation lets go of when a child is erased ({@code children.ChildErased}, through {@link ChildLoginConsent}):
 * the avatar goes; the project photos showing the child go (as {@link ProjectPhotoConsent} does on a withdrawn
 * consent); the child's id goes from ideas, questions (also {@code asker_child_id}, so they become anonymous) and
 * feedback (also {@code giver_child_id}), whose rows stay so that the figures stay; council memberships are deleted
 * with the presence at meetings, and project memberships too (their tasks go to the group). Ballots keep the child's
 * id: the child's record stays as an anonymous one, and one vote per child per round needs it (docs/participation.md,
 * "A child erased"). Idempotent: a second delivery finds nothing left to change.
 */
@Component
class ErasedChildData {

	private final KioskStore kiosks;
	private final ProjectStore projects;
	private final IdeaStore ideas;
	private final QuestionStore questions;
	private final FeedbackStore feedback;
	private final CouncilStore councils;

	ErasedChildData(KioskStore kiosks, ProjectStore projects, IdeaStore ideas, QuestionStore questions,
			FeedbackStore feedback, CouncilStore councils) {
		this.kiosks = kiosks;
		this.projects = projects;
		this.ideas = ideas;
		this.questions = questions;
		this.feedback = feedback;
		this.councils = councils;
	}

	@Transactional
	void forget(UUID organisationId, UUID childId, @Nullable UUID neighbourhoodId) {
		kiosks.deleteAvatar(organisationId, childId);
		projects.removePhotosShowing(organisationId, childId);
		projects.forgetMember(organisationId, childId);
		councils.forgetMember(organisationId, childId);
		ideas.forgetChild(organisationId, childId, neighbourhoodId);
		questions.forgetChild(organisationId, childId, neighbourhoodId);
		feedback.forgetChild(organisationId, childId);
	}
}
