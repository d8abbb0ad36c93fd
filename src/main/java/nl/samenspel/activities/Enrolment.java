package nl.samenspel.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A child's place in an activity (or one of its sessions), with the child's first name for lists. */
public record Enrolment(UUID id, UUID activityId, String activityTitle, @Nullable UUID sessionId,
		@Nullable LocalDate sessionDate, UUID childId, String childName, EnrolmentStatus status,
		@Nullable String overrideReason, Instant createdAt, int waitingPosition) {
}
