package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** A child joining the council: the child, the role, from when (today when empty) and, if known, until when. */
public record MemberDetails(@NotNull @Nullable UUID childId, @NotNull @Nullable CouncilRole role,
		@Nullable LocalDate from, @Nullable LocalDate until) {
}
