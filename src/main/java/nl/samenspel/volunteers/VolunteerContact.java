package nl.samenspel.volunteers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * What a VOLUNTEER edits of their own record on {@code /volunteers/me}: contact details, skills and languages. Never
 * the status, the age band, the intake, the VOG or the code of conduct.
 */
public record VolunteerContact(@NotBlank @Size(max = 100) @PlainText @Nullable String firstName,
		@NotBlank @Size(max = 100) @PlainText @Nullable String lastName,
		@Email @Size(max = 254) @PlainText @Nullable String email,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "{validation.phone}") @Nullable String phone,
		@Size(max = 1000) @PlainText(multiline = true) @Nullable String skills,
		@Size(max = 300) @PlainText @Nullable String languages) {
}
