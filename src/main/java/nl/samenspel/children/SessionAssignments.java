package nl.samenspel.children;

import java.util.UUID;

/**
 * Whether a volunteer is assigned to a session a child is enrolled in: the one way a VOLUNTEER may see a child's
 * safety information. The programme module provides the real answer once sessions and their staff exist; until
 * then {@link #NONE} says no to everyone.
 */
public interface SessionAssignments {

	SessionAssignments NONE = (volunteerUserId, childId) -> false;

	boolean assignedToSessionOf(UUID volunteerUserId, UUID childId);
}
