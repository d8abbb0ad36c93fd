package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.samenspel.kernel.PlainText;

/**
 * A child as typed in a form or sent to the API. Where the child lives is kept as a neighbourhood or a 4-digit
 * postcode, never as an address. There is no field for a BSN or an identity document, on purpose.
 */
public record ChildDetails(@NotBlank @Size(max = 100) @PlainText @Nullable String firstName,
		@NotBlank @Size(max = 100) @PlainText @Nullable String lastName,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
		@Nullable Gender gender, @Nullable UUID neighbourhoodId,
		@Pattern(regexp = "\\s*([1-9]\\d{3})?\\s*", message = "{validation.postcode4}") @Nullable String postcode,
		@Size(max = 200) @PlainText @Nullable String school,
		@Size(max = 200) @PlainText @Nullable String homeLanguages) {
}
