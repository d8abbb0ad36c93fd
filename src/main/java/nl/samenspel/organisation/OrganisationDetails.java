package nl.samenspel.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** The settings an ADMIN edits: the organisation's name and its school-holiday region. */
public record OrganisationDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@NotNull @Nullable Region region) {
}
