package nl.samenspel.organisation;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A neighbourhood as typed in a form, sent to the API or read from a CBS file. Leave {@code children4to12} empty to
 * have it estimated from the 0-14 count. That the codes belong to the chosen municipality is checked by
 * {@link OrganisationManagement}.
 */
public record NeighbourhoodDetails(@NotNull @Nullable UUID municipalityId,
		@NotBlank @Pattern(regexp = "BU\\d{4}[0-9A-Za-z]{4}", message = "{validation.neighbourhoodCode}") @Nullable String code,
		@NotBlank @Pattern(regexp = "WK\\d{4}[0-9A-Za-z]{2}", message = "{validation.districtCode}") @Nullable String districtCode,
		@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@NotNull @Min(1990) @Max(2100) @Nullable Integer cbsYear,
		@Min(0) @Max(1_000_000) @Nullable Integer children0to14,
		@Min(0) @Max(1_000_000) @Nullable Integer children4to12,
		@Min(0) @Max(10_000_000) @Nullable Integer landAreaHectares, @Nullable Boolean active) {
}
