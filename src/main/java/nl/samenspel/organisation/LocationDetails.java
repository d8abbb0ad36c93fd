package nl.samenspel.organisation;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A location as typed in a form or sent to the API. A Dutch postcode ({@code 1234 AB}) is optional; coordinates are
 * WGS84 degrees, limited to the Netherlands and its surroundings.
 */
public record LocationDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@NotNull @Nullable LocationType type, @Size(max = 200) @PlainText @Nullable String street,
		@Pattern(regexp = "\\s*([1-9]\\d{3}\\s?[A-Za-z]{2})?\\s*", message = "{validation.postcode}") @Nullable String postcode,
		@Size(max = 100) @PlainText @Nullable String city, @Nullable UUID neighbourhoodId,
		@DecimalMin("50.0") @DecimalMax("54.0") @Nullable BigDecimal latitude,
		@DecimalMin("2.5") @DecimalMax("7.5") @Nullable BigDecimal longitude, @Nullable Boolean active) {

	/** {@code 1234ab} and {@code 1234 AB} both become {@code 1234 AB}; empty becomes nothing. */
	static @Nullable String normalisePostcode(@Nullable String postcode) {
		if (postcode == null || postcode.isBlank()) {
			return null;
		}
		var compact = postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
		return compact.substring(0, 4) + " " + compact.substring(4);
	}
}
