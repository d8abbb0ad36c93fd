package nl.samenspel.kernel;

import java.io.IOException;
import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Europe/Amsterdam as calendar apps know it, for every iCalendar file Samenspel writes (the public programme, a
 * volunteer's shifts, the partners' neighbourhood calendar): central European time with the EU's summer time rules.
 * ical4j's own registry names the zone Europe/Brussels (the tz database links the two since 2022), which would leave
 * the events' TZID without its VTIMEZONE; so the zone is written out here, as Outlook and Google write it.
 */
public final class CalendarZone {

	public static final String TZID = "Europe/Amsterdam";

	private static final VTimeZone AMSTERDAM = parse();

	private CalendarZone() {
	}

	/** A copy of the VTIMEZONE component of Europe/Amsterdam, to add to a calendar. */
	public static VTimeZone amsterdam() {
		return AMSTERDAM.copy();
	}

	private static VTimeZone parse() {
		var definition = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Samenspel//Zone//NL",
				"BEGIN:VTIMEZONE", "TZID:" + TZID, "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
				"TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
				"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
				"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "END:VCALENDAR", "");
		try {
			Calendar parsed = new CalendarBuilder().build(new StringReader(definition));
			return parsed.getComponents().stream().filter(VTimeZone.class::isInstance).map(VTimeZone.class::cast)
				.findFirst().orElseThrow();
		}
		catch (IOException | ParserException broken) {
			throw new IllegalStateException("the time zone definition does not parse", broken);
		}
	}
}
