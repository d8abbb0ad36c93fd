package nl.samenspel.organisation;

import java.util.UUID;

/** A second ADMIN approved a need-to-know role; the other ADMINs and the SAFEGUARDING_OFFICERs are told. */
public record RoleGrantApproved(UUID organisationId, UUID grantId, UUID userId, UUID approvedBy) {
}
