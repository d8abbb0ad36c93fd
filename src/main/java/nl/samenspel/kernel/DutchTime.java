package nl.samenspel.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Kinderwerk happens in the Netherlands: "today", a session's times and the days of a report are Dutch ones, whatever
 * the server's zone. The one place that says so.
 */
public final class DutchTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DutchTime() {
	}

	/** Today in the Netherlands by this clock (the application's {@code Clock} bean, so tests can move it). */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** Today in the Netherlands by the system clock, for pages that only need a default. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
