package nl.samenspel.organisation;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;
import nl.samenspel.kernel.Role;

/**
 * Whom an ADMIN invites: a user name (lower-case letters, digits, dot, dash, underscore), the name shown in the
 * interface, the e-mail address the activation link goes to, the roles and the language of their mail and pages.
 */
public record InvitationDetails(
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{validation.username}") @Nullable String username,
		@NotBlank @Size(max = 200) @PlainText @Nullable String displayName,
		@NotBlank @Email @Size(max = 254) @PlainText @Nullable String email,
		@NotEmpty @Nullable Set<@NotNull Role> roles,
		@NotBlank @Pattern(regexp = "nl|en", message = "{validation.language}") @Nullable String preferredLanguage) {
}
