package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.samenspel.kernel.PlainText;

/** A volunteer as a COORDINATOR types them: contact details, what they bring, age band and intake date. */
public record VolunteerDetails(@NotBlank @Size(max = 100) @PlainText @Nullable String firstName,
		@NotBlank @Size(max = 100) @PlainText @Nullable String lastName,
		@Email @Size(max = 254) @PlainText @Nullable String email,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "{validation.phone}") @Nullable String phone,
		@Size(max = 1000) @PlainText(multiline = true) @Nullable String skills,
		@Size(max = 300) @PlainText @Nullable String languages,
		@NotNull @Nullable AgeBand ageBand,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate intakeOn) {

	/** What the volunteer may change themselves. */
	public VolunteerContact contact() {
		return new VolunteerContact(firstName, lastName, email, phone, skills, languages);
	}
}
