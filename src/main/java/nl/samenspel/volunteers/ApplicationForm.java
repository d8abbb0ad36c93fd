package nl.samenspel.volunteers;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * What someone sends on the public "become a volunteer" form: for which organisation, who they are and how to reach
 * them, their age band, what they bring, why and when, and their consent to the processing of these data (required).
 * {@code website} is a field people never see (a honeypot): a form that fills it is a robot's.
 */
public record ApplicationForm(@NotNull @Nullable UUID organisation,
		@NotBlank @Size(max = 100) @PlainText @Nullable String firstName,
		@NotBlank @Size(max = 100) @PlainText @Nullable String lastName,
		@NotBlank @Email @Size(max = 254) @PlainText @Nullable String email,
		@Size(max = 40) @Pattern(regexp = PHONE, message = "{validation.phone}") @Nullable String phone,
		@NotNull @Nullable AgeBand ageBand,
		@Size(max = 1000) @PlainText(multiline = true) @Nullable String skills,
		@Size(max = 300) @PlainText @Nullable String languages,
		@NotBlank @Size(max = 1000) @PlainText(multiline = true) @Nullable String motivation,
		@NotBlank @Size(max = 500) @PlainText(multiline = true) @Nullable String availability,
		@Nullable Boolean consent, @Nullable String website) {

	/** A Dutch or international phone number, as the children's contacts take it. */
	public static final String PHONE = "\\s*(\\+?[0-9][0-9 ()-]{7,18}[0-9])?\\s*";

	public static ApplicationForm empty(@Nullable UUID organisation) {
		return new ApplicationForm(organisation, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Whether the hidden field was filled in: only a robot does. */
	public boolean robot() {
		return website != null && !website.isBlank();
	}
}
