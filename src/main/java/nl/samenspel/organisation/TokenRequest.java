package nl.samenspel.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A personal access token to create: a name to recognise it by and how many days it lives (at most a year). */
public record TokenRequest(@NotBlank @Size(max = 100) @PlainText @Nullable String name,
		@NotNull @Min(1) @Max(365) @Nullable Integer validDays) {
}
