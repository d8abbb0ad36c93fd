package nl.samenspel.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A decision's new status; FAILED (niet gelukt) needs a short reason in child language. */
public record DecisionChange(@NotNull @Nullable DecisionStatus status,
		@Size(max = DecisionChange.REASON) @PlainText @Nullable String reason) {

	public static final int REASON = 200;
}
