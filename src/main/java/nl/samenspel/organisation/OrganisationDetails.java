package nl.samenspel.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * The settings an ADMIN edits: the organisation's name, its school-holiday region, and whether every staff member
 * must have a second factor ({@code null}: unchanged, for API clients that do not know the setting).
 */
public record OrganisationDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@NotNull @Nullable Region region, @Nullable Boolean secondFactorForAllStaff) {
}
