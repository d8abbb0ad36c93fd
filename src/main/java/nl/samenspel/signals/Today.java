package nl.samenspel.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The day in the Netherlands: what the dates of signals, reports and follow-ups are compared with. */
final class Today {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private Today() {
	}

	static LocalDate of(Clock clock) {
		return LocalDate.now(clock.withZone(AMSTERDAM));
	}
}
