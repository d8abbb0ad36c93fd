package nl.samenspel.participation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A child of the organisation taking part in a project, with their role in it ("bedenker", "penningmeester"). */
public record ProjectMember(@NotNull @Nullable UUID childId, @NotBlank @Size(max = 40) @PlainText @Nullable String role) {
}
