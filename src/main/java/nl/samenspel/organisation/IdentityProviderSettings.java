package nl.samenspel.organisation;

/**
 * The organisation's provider as its ADMIN sees it: everything but the client secret, which is never shown back.
 *
 * @param details the settings, with no client secret
 * @param enabled whether its people can sign in through it now
 */
public record IdentityProviderSettings(IdentityProviderDetails details, boolean enabled) {
}
