package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A council's meeting: the day, the place, the agenda, short notes and the members who were there. */
public record CouncilMeeting(UUID id, LocalDate date, @Nullable String place, String agenda, @Nullable String notes,
		List<UUID> presentMemberIds) {
}
