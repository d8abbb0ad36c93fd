package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A round of ideas and votes ('zomervakantieweek'); {@code dots} is what each child spreads in a DOTS round. */
public record Round(UUID id, String title, @Nullable UUID activityId, VotingMethod method, int dots, RoundStatus status,
		@Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {

	public boolean open() {
		return status == RoundStatus.OPEN;
	}
}
