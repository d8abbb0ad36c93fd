package nl.samenspel.organisation;

import java.util.UUID;

/** A second ADMIN approved the change of the organisation's OpenID Connect provider: it is in force now. */
public record IdentityProviderApproved(UUID organisationId, UUID providerId, UUID approvedBy) {
}
