package nl.samenspel.activities;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A child was enrolled, put on the waiting list, promoted or cancelled; with the activity's counts after it. */
public record EnrolmentChanged(UUID organisationId, UUID activityId, @Nullable UUID sessionId, UUID enrolmentId,
		EnrolmentStatus status, int enrolled, int waiting) {
}
