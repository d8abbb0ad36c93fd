package nl.samenspel.network;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.DutchTime;

/**
 * An activity for children on the partners' shared calendar of a neighbourhood: whose it is (a partner on the social
 * map, or the organisation itself when {@code partnerId} is null), when (instants, shown in Europe/Amsterdam), for
 * which ages, and whether it came from an imported .ics file. No personal data.
 */
public record CalendarEntry(UUID id, UUID organisationId, @Nullable UUID partnerId, @Nullable String partnerName,
		UUID neighbourhoodId, String title, @Nullable String location, @Nullable String description, Instant startsAt,
		Instant endsAt, int minAge, int maxAge, @Nullable UUID seriesId, boolean imported) {

	public LocalDateTime localStart() {
		return LocalDateTime.ofInstant(startsAt, DutchTime.ZONE);
	}

	public LocalDateTime localEnd() {
		return LocalDateTime.ofInstant(endsAt, DutchTime.ZONE);
	}

	/** Whether this and the other entry are for at least one age in common. */
	public boolean agesOverlap(CalendarEntry other) {
		return minAge <= other.maxAge && other.minAge <= maxAge;
	}

	/** Whether the two belong to different organisations: two partners, or a partner and the organisation itself. */
	public boolean otherOwner(CalendarEntry other) {
		return partnerId == null ? other.partnerId != null : !partnerId.equals(other.partnerId);
	}
}
