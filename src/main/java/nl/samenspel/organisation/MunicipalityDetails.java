package nl.samenspel.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A municipality as typed in a form or sent to the API: its CBS code ({@code GM} and four digits) and name. */
public record MunicipalityDetails(
		@NotBlank @Pattern(regexp = "GM\\d{4}", message = "{validation.municipalityCode}") @Nullable String code,
		@NotBlank @Size(max = 200) @PlainText @Nullable String name, @Nullable Boolean active) {
}
