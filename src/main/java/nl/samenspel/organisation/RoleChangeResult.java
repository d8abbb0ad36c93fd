package nl.samenspel.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What a role change did: the user as they are now, and the grant that waits for a second ADMIN when need-to-know
 * roles were added ({@link RoleGrant#NEED_TO_KNOW}); {@code null} when everything took effect at once.
 */
public record RoleChangeResult(UserAccount user, @Nullable RoleGrant pending) {
}
