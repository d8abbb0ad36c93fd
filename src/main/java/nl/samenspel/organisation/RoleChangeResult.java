package nl.samenspel.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What a role change did: the user as they are now, and the grant that waits for a second ADMIN when need-to-know
 * roles or ADMIN were added ({@link RoleGrant#SECOND_ADMIN}); {@code null} when everything took effect at once.
 */
public record RoleChangeResult(UserAccount user, @Nullable RoleGrant pending) {
}
