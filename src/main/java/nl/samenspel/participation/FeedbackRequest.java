package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A child's feedback after a session: a score of 1 ("heel stom") to 5 ("super leuk") and optionally what was fun and
 * what could be better. Anonymous unless a {@code childId} is given and {@code anonymous} is false.
 */
public record FeedbackRequest(@NotNull @Nullable UUID sessionId, @NotNull @Min(1) @Max(5) @Nullable Integer score,
		@Size(max = FeedbackRequest.MAX_LENGTH) @PlainText(multiline = true) @Nullable String fun,
		@Size(max = FeedbackRequest.MAX_LENGTH) @PlainText(multiline = true) @Nullable String better,
		@Nullable UUID childId, @Nullable Boolean anonymous) {

	public static final int MAX_LENGTH = 300;
}
