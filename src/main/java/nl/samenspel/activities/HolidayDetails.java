package nl.samenspel.activities;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;
import nl.samenspel.organisation.Region;

/** A school holiday as typed: its name, region and first and last day. */
public record HolidayDetails(@NotBlank @Size(max = 100) @PlainText @Nullable String name, @NotNull @Nullable Region region,
		@NotNull @Nullable LocalDate startsOn, @NotNull @Nullable LocalDate endsOn) {
}
