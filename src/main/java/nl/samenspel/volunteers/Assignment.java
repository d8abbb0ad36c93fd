package nl.samenspel.volunteers;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A volunteer on a session: its state, whether they were absent, and why it was cancelled. */
public record Assignment(UUID id, UUID organisationId, UUID volunteerId, UUID sessionId, AssignmentStatus status,
		boolean absent, @Nullable String cancelReason) {

	public boolean confirmed() {
		return status == AssignmentStatus.CONFIRMED;
	}

	public boolean requested() {
		return status == AssignmentStatus.REQUESTED;
	}
}
