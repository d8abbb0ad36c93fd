package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A task of a project: what to do and who does it, a participant ({@code childId}) or the whole group (none). */
public record ProjectTask(@NotBlank @Size(max = 200) @PlainText @Nullable String text, @Nullable UUID childId) {
}
