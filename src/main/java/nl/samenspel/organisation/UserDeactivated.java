package nl.samenspel.organisation;

import java.util.UUID;

/** A user can no longer sign in; other modules may unassign them (e.g. from sessions). Ids only. */
public record UserDeactivated(UUID organisationId, UUID userId) {
}
