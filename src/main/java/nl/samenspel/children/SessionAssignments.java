package nl.samenspel.children;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether a volunteer is assigned to a session a child is enrolled in: the one way a VOLUNTEER may see a child's
 * safety information. The programme module provides the real answer once sessions and their staff exist; until
 * then {@link #NONE} says no to everyone.
 */
public interface SessionAssignments {

	SessionAssignments NONE = (volunteerUserId, childId) -> false;

	boolean assignedToSessionOf(UUID volunteerUserId, UUID childId);

	/**
	 * Those of the children that are on the list of a session the volunteer works at (enrolled, or marked there), at
	 * any date: the children whose first names a volunteer may know.
	 */
	default Set<UUID> onListsOf(UUID volunteerUserId, Collection<UUID> childIds) {
		return childIds.stream().filter(id -> assignedToSessionOf(volunteerUserId, id)).collect(Collectors.toSet());
	}
}
