package nl.samenspel.organisation;

import java.util.UUID;

/**
 * An ADMIN changed (or switched on) the organisation's OpenID Connect provider; it waits for another ADMIN's approval.
 * The other ADMINs and the SAFEGUARDING_OFFICERs are told.
 */
public record IdentityProviderChanged(UUID organisationId, UUID providerId, UUID changedBy) {
}
