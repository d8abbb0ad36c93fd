package nl.samenspel.volunteers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A VOLUNTEER account to invite for a volunteer without one: the user name they will sign in with and the language of
 * their mail and pages. The name and e-mail address come from the record.
 */
public record VolunteerInvitation(
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{validation.username}") @Nullable String username,
		@NotBlank @Pattern(regexp = "nl|en", message = "{validation.language}") @Nullable String preferredLanguage) {
}
