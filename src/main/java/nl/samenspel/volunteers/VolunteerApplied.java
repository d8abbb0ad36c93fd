package nl.samenspel.volunteers;

import java.util.UUID;

/** Someone applied on the public form: ids only, never a name or what they wrote. */
public record VolunteerApplied(UUID organisationId, UUID applicationId) {
}
