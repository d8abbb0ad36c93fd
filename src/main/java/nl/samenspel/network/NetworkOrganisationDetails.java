package nl.samenspel.network;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A social-map organisation as typed: what it is, how to reach it, whom it serves and how to refer. */
public record NetworkOrganisationDetails(@NotNull @Nullable ServiceKind kind, @NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@Size(max = 2000) @PlainText(multiline = true) @Nullable String description,
		@Size(max = 30) @Pattern(regexp = "[0-9 +()-]*", message = "{validation.phone}") @Nullable String phone,
		@Email @Size(max = 254) @PlainText @Nullable String email,
		@Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.website}") @Nullable String website,
		@Min(0) @Max(99) @Nullable Integer minAge, @Min(0) @Max(99) @Nullable Integer maxAge,
		@NotNull @Nullable Route route, @Nullable List<UUID> neighbourhoods) {

	public List<UUID> neighbourhoodList() {
		return neighbourhoods == null ? List.of() : neighbourhoods.stream().distinct().toList();
	}
}
