package nl.samenspel.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.network.CalendarClashes;
import nl.samenspel.network.CalendarEntry;
import nl.samenspel.network.CalendarEntryDetails;
import nl.samenspel.network.CalendarImport;
import nl.samenspel.network.IcsFile;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the shared calendar's templates show. Public because jte's generated classes live in another package. */
public final class CalendarViews {

	private CalendarViews() {
	}

	/** An entry as listed: who it is of, whether the viewer may change it, and what it clashes with. */
	public record Line(CalendarEntry entry, String owner, boolean editable, boolean mine, List<Clash> clashes) {
	}

	/** The other side of a clash: the other entry's owner, title and time. */
	public record Clash(String owner, String title, CalendarEntry entry) {
	}

	/** A day of the week shown, with its entries. */
	public record Day(LocalDate day, List<Line> lines) {
	}

	/**
	 * The calendar page: a neighbourhood's week (null when the organisation has no neighbourhoods or the PARTNER is not
	 * linked), the viewer's own clashes, the offer per day and band, and what the viewer may do.
	 */
	public record Week(List<Option> neighbourhoods, @Nullable UUID neighbourhoodId, @Nullable String neighbourhoodName,
			LocalDate monday, List<Day> days, List<Line> ownClashes, int clashCount, List<CalendarClashes.Day> offer,
			List<CalendarClashes.Band> bands, boolean canAdd, boolean canImport, boolean linked) {

		public LocalDate previous() {
			return monday.minusWeeks(1);
		}

		public LocalDate next() {
			return monday.plusWeeks(1);
		}

		public String link(LocalDate week) {
			return "/network/calendar?neighbourhood=" + neighbourhoodId + "&week=" + week;
		}
	}

	/** The entry form: new ({@code id} null) or an entry to change. */
	public record EntryForm(@Nullable UUID id, CalendarEntryDetails details, List<Option> neighbourhoods,
			List<Option> partners, boolean chooseOwner, boolean series, boolean imported, FieldMessages errors) {

		public String action() {
			return id == null ? "/network/calendar" : "/network/calendar/" + id;
		}
	}

	/** The upload form and, after an upload, its report. */
	public record ImportPage(List<Option> neighbourhoods, List<Option> partners, boolean choosePartner,
			CalendarImport.@Nullable Defaults defaults, FieldMessages errors, CalendarImport.@Nullable Report report,
			IcsFile.Limits limits, boolean linked) {
	}
}
