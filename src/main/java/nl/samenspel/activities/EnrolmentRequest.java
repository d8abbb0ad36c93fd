package nl.samenspel.activities;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A request for a place: which child, in which session (for an activity with registration per session), whether a
 * full activity may put the child on the waiting list, and, for staff only, why a child outside the age range may
 * come anyway.
 */
public record EnrolmentRequest(@NotNull @Nullable UUID childId, @Nullable UUID sessionId,
		@Nullable Boolean waitingList, @Size(max = 500) @PlainText @Nullable String overrideReason) {

	public boolean acceptsWaitingList() {
		return Boolean.TRUE.equals(waitingList);
	}
}
