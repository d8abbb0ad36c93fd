package nl.samenspel.volunteers.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.volunteers.Availability;
import nl.samenspel.volunteers.MyShift;
import nl.samenspel.volunteers.OpenShift;
import nl.samenspel.volunteers.Volunteer;

/** What the volunteers' shift pages show, and what their forms send. */
public final class ShiftViews {

	private ShiftViews() {
	}

	/** A weekly slot as typed. */
	public record SlotForm(@NotNull @Nullable DayOfWeek day, @NotNull @Nullable LocalTime from,
			@NotNull @Nullable LocalTime until) {

		static SlotForm empty() {
			return new SlotForm(null, null, null);
		}
	}

	/** A period away as typed. */
	public record AwayForm(@NotNull @Nullable LocalDate awayFrom, @NotNull @Nullable LocalDate awayUntil,
			@Size(max = 200) @PlainText @Nullable String note) {

		static AwayForm empty() {
			return new AwayForm(null, null, null);
		}
	}

	/** Cancelling a shift, with an optional reason. */
	public record CancelForm(@Size(max = 500) @PlainText(multiline = true) @Nullable String reason) {
	}

	/**
	 * A volunteer's availability page: their own ({@code own}) or, for a coordinator, one of theirs; the forms go to
	 * {@code base}.
	 */
	public record AvailabilityPage(Volunteer volunteer, Availability availability, boolean own, String base,
			List<Option> days, SlotForm slot, AwayForm away, FieldMessages errors) {
	}

	/** The volunteer's own shifts, and their calendar link (the address only right after it was made). */
	public record MyShiftsPage(boolean hasRecord, List<MyShift> shifts, @Nullable String feedUrl,
			@Nullable Instant linkMadeAt, FieldMessages errors, @Nullable UUID failed) {
	}

	/** The open shifts for the volunteer, with the message of a sign-up that was refused beside its session. */
	public record OpenShiftsPage(boolean hasRecord, List<OpenShift> shifts, FieldMessages errors,
			@Nullable UUID failed) {

		public String missing(OpenShift shift, nl.samenspel.ui.Page page) {
			return String.join(", ", shift.missing().stream().sorted()
				.map(it -> page.t("volunteers.shifts.missing." + it.name())).toList());
		}
	}

	/** One activity with the volunteers wanted per session. */
	public record NeedRow(UUID activityId, String title, int wanted) {
	}

	public record NeedsPage(List<NeedRow> rows, int max, FieldMessages errors, @Nullable UUID failed) {
	}

	/** A weekday's name in the page's language. */
	public static String dayName(DayOfWeek day, java.util.Locale locale) {
		return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
	}

}
