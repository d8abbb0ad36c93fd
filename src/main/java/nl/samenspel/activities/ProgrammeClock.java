package nl.samenspel.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.DutchTime;

/** The programme runs on Dutch time: "today" and "now" at the door are Amsterdam's, whatever the server's zone. */
@Component
class ProgrammeClock {

	static final ZoneId ZONE = DutchTime.ZONE;

	private final Clock clock;

	ProgrammeClock(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return DutchTime.today(clock);
	}

	LocalTime now() {
		return LocalTime.now(clock.withZone(ZONE)).withNano(0);
	}
}
