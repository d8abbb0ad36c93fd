package nl.samenspel.signals;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A signal as typed: about which child, when it was seen or heard, what (facts, not conclusions), who said it when it
 * comes from someone else, the category and how worried the person is.
 */
public record SignalRequest(@NotNull @Nullable UUID childId, @NotNull @Nullable LocalDate observedOn,
		@NotNull @Nullable Category category, @NotNull @Nullable Worry worry,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String facts,
		@Size(max = 500) @PlainText @Nullable String source, @Nullable UUID sessionId) {
}
