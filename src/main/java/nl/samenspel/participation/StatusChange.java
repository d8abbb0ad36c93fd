package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A new status for an idea: NOT_NOW needs a short reason in child language; PLANNED and DONE may name an activity. */
public record StatusChange(@NotNull @Nullable IdeaStatus status, @Size(max = 200) @PlainText @Nullable String reason,
		@Nullable UUID activityId) {
}
