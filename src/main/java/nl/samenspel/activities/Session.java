package nl.samenspel.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One meeting of an activity, on a date at a place, with the staff who run it. */
public record Session(UUID id, UUID organisationId, UUID activityId, String title, Mode mode, LocalDate date,
		LocalTime startsAt, LocalTime endsAt, UUID locationId, SessionStatus status, @Nullable String cancelReason,
		@Nullable LocalDate movedFrom, @Nullable Instant heldAt, List<UUID> staff) {

	public boolean cancelled() {
		return status == SessionStatus.CANCELLED;
	}

	/** Held: attendance or walk-ins were registered for it (and it is not cancelled). */
	public boolean held() {
		return heldAt != null && !cancelled();
	}

	/** Planned, held or cancelled: {@code state} in the API, beside {@code status}, which is only the plan. */
	@com.fasterxml.jackson.annotation.JsonProperty("state")
	public SessionState state() {
		return cancelled() ? SessionState.CANCELLED : held() ? SessionState.HELD : SessionState.PLANNED;
	}

	public int minutes() {
		return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
	}

	/** No attendance and no walk-ins for a cancelled session, nor for one still to come. */
	void checkTakesAttendance(LocalDate today) {
		if (cancelled()) {
			throw new nl.samenspel.kernel.FieldRejected("session", "attendance.error.cancelled");
		}
		if (date.isAfter(today)) {
			throw new nl.samenspel.kernel.FieldRejected("session", "attendance.error.future");
		}
	}
}
