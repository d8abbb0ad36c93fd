package nl.samenspel.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The organisation's provider as its ADMIN sees it: everything but the client secret, which is never shown back.
 *
 * @param details the settings, with no client secret
 * @param enabled whether its people can sign in through it now (switched on and the last change approved)
 * @param waiting whether the last change waits for a second ADMIN's approval
 * @param changeId the last change, which an approval names
 * @param changedBy the ADMIN who made the last change: they cannot approve it
 * @param lastApproved the settings approved before (no secret), to show the waiting change against; null if none
 * @param approverAvailable whether another active ADMIN of the organisation than {@code changedBy} could approve
 */
public record IdentityProviderSettings(IdentityProviderDetails details, boolean enabled, boolean waiting,
		UUID changeId, UUID changedBy, @Nullable IdentityProviderDetails lastApproved, boolean approverAvailable) {
}
