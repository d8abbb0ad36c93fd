package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** What the form sends to set up a council: its name and, optionally, the organisation's activity it meets in. */
public record CouncilDetails(@NotBlank @Size(max = 200) @PlainText @Nullable String name, @Nullable UUID activityId) {
}
