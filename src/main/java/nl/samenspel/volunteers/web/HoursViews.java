package nl.samenspel.volunteers.web;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;
import nl.samenspel.volunteers.HourEntry;
import nl.samenspel.volunteers.HourEntryDetails;
import nl.samenspel.volunteers.HourKind;
import nl.samenspel.volunteers.PendingEntry;
import nl.samenspel.volunteers.YearOfHours;

/** What the hours pages show (public: jte compiles templates into a package of its own). */
public final class HoursViews {

	private HoursViews() {
	}

	/**
	 * A volunteer's year: their own ({@code own}: they can change what is not approved) or one the coordinator looks at.
	 *
	 * @param base where the page lives: {@code /volunteers/my-hours} or {@code /volunteers/{id}/hours}
	 */
	public record YearPage(YearOfHours hours, List<Option> years, HourEntryDetails details, List<Option> kinds,
			FieldMessages errors, String base, boolean own) {

		public String pdf() {
			return base + "/" + hours.year() + ".pdf";
		}

		public String action() {
			return base + "?year=" + hours.year();
		}
	}

	/** The volunteer changes an entry of their own. */
	public record EntryPage(HourEntry entry, HourEntryDetails details, List<Option> kinds, FieldMessages errors) {
	}

	/** The entries waiting for the coordinator, and the one whose rejection needs a reason. */
	public record ApprovalsPage(List<PendingEntry> entries, long count, @Nullable UUID rejecting, @Nullable String reason,
			FieldMessages errors) {
	}

	/** A statement in PDF: the organisation it comes from, the year, the date it was made. */
	public record Statement(String organisation, YearOfHours hours, String madeOn) {
	}

	/** Minutes as hours and minutes, such as 3 u 30 min (3 h 30 min), 45 min or 2 u. */
	public static String duration(int minutes, Messages messages) {
		if (minutes > 0 && minutes < 60) {
			return messages.t("volunteers.hours.duration.minutes", String.valueOf(minutes));
		}
		if (minutes % 60 == 0) {
			return messages.t("volunteers.hours.duration.hours", String.valueOf(minutes / 60));
		}
		return messages.t("volunteers.hours.duration.hoursMinutes", String.valueOf(minutes / 60),
				String.valueOf(minutes % 60));
	}

	/** A month's name in the reader's language, such as januari. */
	public static String month(int month, Messages messages) {
		return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
	}

	static List<Option> kinds(Messages messages, @Nullable HourKind selected) {
		return nl.samenspel.ui.Options.enumOptions(HourKind.class, "volunteers.hours.kind.", messages, selected);
	}

	/** This year and the five before it (not before the first), newest first, with the shown one selected. */
	static List<Option> years(int current, int shown) {
		var years = new ArrayList<Option>();
		for (var year = current; year >= Math.max(nl.samenspel.volunteers.VolunteerHours.FIRST_YEAR, current - 5); year--) {
			years.add(new Option(String.valueOf(year), String.valueOf(year), year == shown));
		}
		if (shown < current - 5) {
			years.add(new Option(String.valueOf(shown), String.valueOf(shown), true));
		}
		return years;
	}
}
