package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

/** A session a volunteer worked at (confirmed, not absent, and it took place), with its title and length. */
public record SessionHours(UUID sessionId, LocalDate date, String activityTitle, int minutes) {
}
