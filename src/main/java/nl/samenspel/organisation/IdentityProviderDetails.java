package nl.samenspel.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * What an ADMIN fills in for the organisation's OpenID Connect provider. The client secret is written, never read
 * back: left empty, the stored one stays. {@code groupRoles} has one {@code group=ROLE} per line. {@code requireMfa}:
 * a sign-in counts only when the provider's ID token says it did more than a password ({@code amr}, RFC 8176);
 * {@code null} is off.
 */
public record IdentityProviderDetails(
		@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{identityProvider.shortName.format}") @Nullable String shortName,
		@NotBlank @Size(max = 500) @Nullable String issuerUri,
		@NotBlank @Size(max = 200) @PlainText @Nullable String clientId,
		@Size(max = 500) @Nullable String clientSecret,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_:./-]+", message = "{identityProvider.groupsClaim.format}") @Nullable String groupsClaim,
		@NotBlank @Size(max = 4000) @Nullable String groupRoles,
		@Nullable Boolean requireMfa) {
}
