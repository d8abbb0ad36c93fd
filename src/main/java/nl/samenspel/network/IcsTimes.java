package nl.samenspel.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;

import nl.samenspel.kernel.DutchTime;

/** The times of an .ics file ({@link IcsFile}) as instants: zones, floating times and days. */
final class IcsTimes {

	private IcsTimes() {
	}

	/**
	 * The time a property holds. With the TZID of a zone the Java time-zone database knows, that database's rules
	 * apply: ical4j 4.1.1's own definitions can be wrong (it puts America/New_York on summer time a week early in
	 * March 2027); a zone only the file defines (its VTIMEZONE, as Outlook writes them) is left to ical4j.
	 */
	static Temporal date(DateProperty<Temporal> property) {
		return date(property, property.getDate());
	}

	static Temporal date(Property property, Temporal date) {
		var tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
		if (date instanceof ZonedDateTime zoned && tzid != null && ZoneId.getAvailableZoneIds().contains(tzid)) {
			return zoned.toLocalDateTime().atZone(ZoneId.of(tzid));
		}
		return date;
	}

	/** A bound of the window in the kind of time the event's start is, for the recurrence rule. */
	static Temporal bound(Instant instant, Temporal like) {
		if (like instanceof LocalDate) {
			return instant.atZone(DutchTime.ZONE).toLocalDate();
		}
		if (like instanceof LocalDateTime) {
			return LocalDateTime.ofInstant(instant, DutchTime.ZONE);
		}
		if (like instanceof ZonedDateTime zoned) {
			return instant.atZone(zoned.getZone());
		}
		if (like instanceof OffsetDateTime offset) {
			return instant.atOffset(offset.getOffset());
		}
		return instant;
	}

	/** The instant a start or end in the file stands for: floating times and days are Dutch ones. */
	static Instant instant(Temporal temporal) {
		if (temporal instanceof LocalDate day) {
			return day.atStartOfDay(DutchTime.ZONE).toInstant();
		}
		if (temporal instanceof LocalDateTime local) {
			return local.atZone(DutchTime.ZONE).toInstant();
		}
		return Instant.from(temporal);
	}

	static Instant plus(Temporal start, TemporalAmount amount) {
		if (start instanceof LocalDate day) {
			return instant(day.plus(amount));
		}
		if (start instanceof LocalDateTime local) {
			return instant(local.plus(amount));
		}
		return instant(start.plus(amount));
	}
}
