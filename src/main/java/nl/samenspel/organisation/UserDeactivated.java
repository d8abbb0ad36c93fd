package nl.samenspel.organisation;

import java.util.UUID;

/**
 * A user can no longer sign in: their sessions, personal access tokens and unused links were ended before this was
 * published. Other modules may unassign them (e.g. from sessions). Ids only.
 */
public record UserDeactivated(UUID organisationId, UUID userId) {
}
