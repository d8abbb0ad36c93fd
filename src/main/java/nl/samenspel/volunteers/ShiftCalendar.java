package nl.samenspel.volunteers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.samenspel.activities.Session;
import nl.samenspel.kernel.DutchTime;

/**
 * A volunteer's shifts as an iCalendar feed (RFC 5545): one event per confirmed shift, its UID the assignment's id (so
 * it stays the same when the session moves), DTSTART and DTEND in Europe/Amsterdam with the zone's VTIMEZONE, the
 * activity's title as SUMMARY and the location's name as LOCATION. Nothing about children.
 */
final class ShiftCalendar {


	private ShiftCalendar() {
	}

	/** One shift in the feed: its assignment, its session and the location's name. */
	record Entry(UUID assignmentId, Session session, String location) {
	}

	static String of(String name, List<Entry> entries) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Samenspel//Diensten//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", DutchTime.ZONE.getId()));
		calendar.add(nl.samenspel.kernel.CalendarZone.amsterdam());
		for (var entry : entries) {
			var session = entry.session();
			var event = new VEvent(ZonedDateTime.of(session.date(), session.startsAt(), DutchTime.ZONE),
					ZonedDateTime.of(session.date(), session.endsAt(), DutchTime.ZONE), session.title());
			event.add(new Uid(entry.assignmentId() + "@samenspel"));
			event.add(new Location(entry.location()));
			calendar.add(event);
		}
		var out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toString();
	}

	/** The confirmed shifts whose session is found and not cancelled (a calendar app drops an event that goes). */
	static String of(String name, Map<UUID, Session> sessions, List<Shift> shifts, Map<UUID, String> locations) {
		return of(name, shifts.stream()
			.filter(shift -> sessions.containsKey(shift.sessionId()) && !sessions.get(shift.sessionId()).cancelled())
			.map(shift -> {
				var session = sessions.get(shift.sessionId());
				return new Entry(shift.assignmentId(), session, locations.getOrDefault(session.locationId(), ""));
			})
			.toList());
	}

}
