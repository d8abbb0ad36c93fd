package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's membership of a council, with its role, from the day {@code from}; a child leaves on {@code until} and the
 * row is kept as history. A child is an active member until the day they left.
 */
public record CouncilMember(UUID id, UUID childId, CouncilRole role, LocalDate from, @Nullable LocalDate until) {

	/** Still a member on this day: not left yet (a child who leaves today is a former member from today). */
	public boolean activeOn(LocalDate day) {
		return until == null || until.isAfter(day);
	}
}
