package nl.samenspel.activities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** Why a session does not go ahead: the enrolled children's parents read it in their e-mail. */
public record Cancellation(@NotBlank @Size(max = 500) @PlainText @Nullable String reason) {
}
