package nl.samenspel.participation;

import java.util.UUID;

/**
 * A child's question matched the danger list and needs the safeguarding officer now. Ids only: what the child asked,
 * and who, stays sealed in the module.
 */
public record QuestionNeedsAttention(UUID organisationId, UUID questionId) {
}
