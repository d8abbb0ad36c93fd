package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** What a form or the API sends to open a round; {@code dots} only counts for a DOTS round (1 to 20). */
public record RoundDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String title, @Nullable UUID activityId,
		@NotNull @Nullable VotingMethod method, @Min(1) @Max(20) @Nullable Integer dots, @Nullable LocalDate opensOn,
		@Nullable LocalDate closesOn) {
}
