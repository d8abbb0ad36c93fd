package nl.samenspel.children;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child was erased (on request, or at the end of the retention period): the other modules forget what they keep
 * about the child beyond ids and counts, such as the name of the person who collected the child at the door. Ids
 * only, never a name: {@code neighbourhoodId} is the home neighbourhood the anonymous record keeps, for a module that
 * lets go of the child's id but counts its rows per municipality (participation's ideas and questions).
 */
public record ChildErased(UUID organisationId, UUID childId, @Nullable UUID neighbourhoodId) {
}
