package nl.samenspel.children;

import java.util.UUID;

/**
 * A child was erased (on request, or at the end of the retention period): the other modules forget what they keep
 * about the child beyond ids and counts, such as the name of the person who collected the child at the door. Ids
 * only, never a name.
 */
public record ChildErased(UUID organisationId, UUID childId) {
}
