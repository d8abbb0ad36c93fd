package nl.samenspel.children;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of a child's record that its parents may not see yet. While a Meldcode case about the child is open, the
 * reads of those working on it would tell the parents that something is going on, possibly before a report to
 * Veilig Thuis; AVG article 23 (and UAVG article 41) lets the organisation restrict the right of access for the
 * protection of the child. The signals module provides the open cases; until it does, {@link #NONE} withholds
 * nothing.
 */
public interface ReadsWithheld {

	ReadsWithheld NONE = (organisationId, childId) -> List.of();

	/**
	 * One restriction per open case of the child: from {@code since} (the first signal of the case, or its opening)
	 * the reads by {@code users} (who raised its signals, opened it or were added to it) and by every
	 * SAFEGUARDING_OFFICER are withheld, until the case is closed.
	 */
	List<Restriction> restrictions(UUID organisationId, UUID childId);

	record Restriction(Instant since, Set<UUID> users) {
	}
}
