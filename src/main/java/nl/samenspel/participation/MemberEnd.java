package nl.samenspel.participation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The day a child leaves the council; the membership is kept as history. */
public record MemberEnd(@NotNull @Nullable LocalDate until) {
}
