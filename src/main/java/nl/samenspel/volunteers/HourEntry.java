package nl.samenspel.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Hours a volunteer worked outside the sessions (training, preparation, other), entered by hand. */
public record HourEntry(UUID id, UUID organisationId, UUID volunteerId, LocalDate workedOn, int minutes, HourKind kind,
		String description, HourStatus status, @Nullable UUID enteredBy, Instant enteredAt, @Nullable UUID decidedBy,
		@Nullable Instant decidedAt, @Nullable String rejectReason, int version) {

	/** Whether it counts in the hours: only what the coordinator approved (or entered). */
	public boolean counts() {
		return status == HourStatus.APPROVED;
	}

	/** Whether the volunteer may still change or withdraw it: not once it is approved. */
	public boolean openToVolunteer() {
		return status != HourStatus.APPROVED;
	}
}
