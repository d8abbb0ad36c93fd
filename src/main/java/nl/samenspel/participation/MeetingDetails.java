package nl.samenspel.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/** A meeting: the day (at most a year ahead), the place, the agenda, short notes and the members present. */
public record MeetingDetails(@NotNull @Nullable LocalDate date,
		@Size(max = MeetingDetails.PLACE) @PlainText @Nullable String place,
		@NotBlank @Size(max = MeetingDetails.AGENDA) @PlainText(multiline = true) @Nullable String agenda,
		@Size(max = MeetingDetails.NOTES) @PlainText(multiline = true) @Nullable String notes,
		@Nullable List<UUID> present) {

	public static final int PLACE = 200;

	public static final int AGENDA = 1000;

	public static final int NOTES = 2000;
}
