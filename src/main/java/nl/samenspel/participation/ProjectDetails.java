package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A children's project's title and goal (in the children's words), and optionally the activity it belongs to. */
public record ProjectDetails(@NotBlank @Size(max = 120) @PlainText @Nullable String title,
		@NotBlank @Size(max = 500) @PlainText(multiline = true) @Nullable String goal, @Nullable UUID activityId) {
}
