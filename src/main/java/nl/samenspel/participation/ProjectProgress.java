package nl.samenspel.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A project's status and its outcome: what it became, in the children's words. */
public record ProjectProgress(@NotNull @Nullable ProjectStatus status,
		@Size(max = 1000) @PlainText(multiline = true) @Nullable String outcome) {
}
