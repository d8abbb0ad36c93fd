package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;

/**
 * A buddy pair (buurtmaatje): a volunteer of the organisation ({@code volunteerId}) or a resident who is not a
 * volunteer (a name and an age band only), matched with a child ({@code childId}, with the guardian's consent BUDDY)
 * or with a group ({@code activityId}); from the day it started until the day it ended, with the reason.
 */
public record BuddyPair(UUID id, UUID organisationId, @Nullable UUID volunteerId, @Nullable String residentName,
		@Nullable AgeBand residentAgeBand, @Nullable UUID childId, @Nullable UUID activityId, LocalDate startedOn,
		@Nullable LocalDate endedOn, @Nullable BuddyEndReason endReason, int version) {

	/** Whether the pair is with a child (and so with the guardian's consent), not with a group. */
	public boolean withChild() {
		return childId != null;
	}

	/** Whether the pair still runs on the day: started on or before it, not ended on or before it. */
	public boolean activeOn(LocalDate day) {
		return !startedOn.isAfter(day) && (endedOn == null || day.isBefore(endedOn));
	}

	public boolean ended() {
		return endedOn != null;
	}

	/**
	 * The day a meeting may be logged for: not in the future, not before the pair started, not after it ended. The
	 * field is {@code metOn}.
	 */
	void checkMeetingDay(LocalDate metOn, LocalDate today) {
		if (metOn.isAfter(today)) {
			throw new FieldRejected("metOn", "volunteers.buddies.error.meetingInFuture");
		}
		if (metOn.isBefore(startedOn)) {
			throw new FieldRejected("metOn", "volunteers.buddies.error.meetingBeforeStart");
		}
		if (endedOn != null && metOn.isAfter(endedOn)) {
			throw new FieldRejected("metOn", "volunteers.buddies.error.meetingAfterEnd");
		}
	}

	/** The end on a day for a reason: once, not before the start, not in the future. The field is {@code endedOn}. */
	BuddyPair end(LocalDate day, BuddyEndReason reason, LocalDate today) {
		if (endedOn != null) {
			throw new FieldRejected("endedOn", "volunteers.buddies.error.alreadyEnded");
		}
		if (day.isAfter(today)) {
			throw new FieldRejected("endedOn", "volunteers.buddies.error.endInFuture");
		}
		if (day.isBefore(startedOn)) {
			throw new FieldRejected("endedOn", "volunteers.buddies.error.endBeforeStart");
		}
		return new BuddyPair(id, organisationId, volunteerId, residentName, residentAgeBand, childId, activityId,
				startedOn, day, reason, version + 1);
	}

	/**
	 * The end because the guardian withdrew the consent BUDDY on a day: none when the pair already ended (a second
	 * delivery of the withdrawal changes nothing); never before the pair started.
	 */
	Optional<BuddyPair> endForWithdrawnConsent(LocalDate day) {
		if (endedOn != null) {
			return Optional.empty();
		}
		var on = day.isBefore(startedOn) ? startedOn : day;
		return Optional.of(new BuddyPair(id, organisationId, volunteerId, residentName, residentAgeBand, childId,
				activityId, startedOn, on, BuddyEndReason.CONSENT_WITHDRAWN, version + 1));
	}
}
