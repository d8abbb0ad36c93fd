package nl.samenspel.organisation;

import java.util.UUID;

/** An ADMIN asked for a need-to-know role for a user; the other ADMINs and the SAFEGUARDING_OFFICERs are told. */
public record RoleGrantRequested(UUID organisationId, UUID grantId, UUID userId, UUID requestedBy) {
}
