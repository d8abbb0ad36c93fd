package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** A session's own date, times, place and staff: to move one session or change who works at it. */
public record SessionDetails(@NotNull @Nullable LocalDate date, @NotNull @Nullable LocalTime startsAt,
		@NotNull @Nullable LocalTime endsAt, @NotNull @Nullable UUID locationId, @Nullable List<UUID> staff) {

	public List<UUID> staffList() {
		return staff == null ? List.of() : staff.stream().distinct().toList();
	}
}
