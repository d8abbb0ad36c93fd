package nl.samenspel.activities;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child was enrolled, put on the waiting list, moved up from it or cancelled; with the status before ({@code null}
 * for a new enrolment) and the activity's (or session's) counts after it. Ids and counts only.
 */
public record EnrolmentChanged(UUID organisationId, UUID activityId, @Nullable UUID sessionId, UUID enrolmentId,
		@Nullable EnrolmentStatus previous, EnrolmentStatus status, int enrolled, int waiting) {

	/** A place came free and this child, who was waiting, has it now. */
	public boolean movedUp() {
		return previous == EnrolmentStatus.WAITING && status == EnrolmentStatus.ENROLLED;
	}
}
