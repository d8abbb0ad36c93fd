package nl.samenspel.volunteers.web;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Page;
import nl.samenspel.volunteers.VolunteerHours;

/** What the hours pages share: a rejection shown next to its field or above the form, and the year in a path. */
final class HoursForms {

	private HoursForms() {
	}

	/** A rule about a field next to it; one about the entry as a whole ({@code entry}) above the form. */
	static FieldMessages messages(FieldRejected rejected, Page page) {
		if (rejected.field().equals("entry")) {
			return FieldMessages.global(page.t(rejected.messageKey(), rejected.arguments()));
		}
		return FieldMessages.of(rejected, page.messages());
	}

	/** The year of a statement's path ({@code 2026.pdf}): anything but a year that can be asked for is not found. */
	static int pathYear(VolunteerHours hours, String year) {
		if (!year.matches("\\d{4}")) {
			throw new NotFound();
		}
		try {
			return hours.year(Integer.valueOf(year));
		}
		catch (FieldRejected outOfRange) {
			throw new NotFound();
		}
	}
}
