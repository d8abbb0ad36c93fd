package nl.samenspel.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.samenspel.kernel.PlainText;

/**
 * A personal access token to create: a name to recognise it by, how many days it lives (at most a year) and what it
 * may do (its scope, which the user chooses).
 */
public record TokenRequest(@NotBlank @Size(max = 100) @PlainText @Nullable String name,
		@NotNull @Min(1) @Max(365) @Nullable Integer validDays,
		@Schema(description = "READ: only GET and HEAD; READ_WRITE: everything the owner's roles allow in the API. "
				+ "No token changes a password or makes or revokes tokens.", requiredMode = Schema.RequiredMode.REQUIRED)
		@NotNull @Nullable TokenScope scope) {
}
