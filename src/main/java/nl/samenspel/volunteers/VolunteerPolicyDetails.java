package nl.samenspel.volunteers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** The volunteer policy as typed on its page or sent to the API; a missing {@code freeVog} is "no". */
public record VolunteerPolicyDetails(@NotNull @Min(1) @Max(10) @Nullable Integer renewalYears,
		@Size(max = 40) @PlainText @Nullable String codeVersion, @Nullable Boolean freeVog,
		@Size(max = 200) @PlainText @Nullable String confidentialContact) {
}
