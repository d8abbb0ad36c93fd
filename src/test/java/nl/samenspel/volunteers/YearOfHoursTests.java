package nl.samenspel.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's totals from its sessions and entries: per month, per kind, only approved entries counted. */
class YearOfHoursTests {

	static final Volunteer VERA = new Volunteer(UUID.randomUUID(), UUID.randomUUID(), null, "Vera", "Test", null, null,
			null, null, AgeBand.FROM_70, VolunteerStatus.ACTIVE, null, null, null, null, null, null, null, null, null, 0);

	@Test
	void countsSessionsAndApprovedEntriesInTheirMonth() {
		var sessions = List.of(new SessionHours(UUID.randomUUID(), LocalDate.of(2025, 1, 31), "Voorlezen", 90),
				new SessionHours(UUID.randomUUID(), LocalDate.of(2025, 2, 1), "Voorlezen", 60));
		var entries = List.of(entry(LocalDate.of(2025, 1, 1), 30, HourKind.TRAINING, HourStatus.APPROVED),
				entry(LocalDate.of(2025, 12, 31), 45, HourKind.OTHER, HourStatus.APPROVED),
				entry(LocalDate.of(2025, 12, 30), 600, HourKind.OTHER, HourStatus.SUBMITTED),
				entry(LocalDate.of(2025, 12, 29), 600, HourKind.PREPARATION, HourStatus.REJECTED));

		var year = YearOfHours.of(VERA, 2025, sessions, entries);

		assertThat(year.months()).hasSize(12);
		assertThat(year.months().get(0).sessionMinutes()).isEqualTo(90);
		assertThat(year.months().get(0).minutes(HourKind.TRAINING)).isEqualTo(30);
		assertThat(year.months().get(0).totalMinutes()).isEqualTo(120);
		assertThat(year.months().get(1).totalMinutes()).isEqualTo(60);
		assertThat(year.months().get(11).otherMinutes()).isEqualTo(45);
		assertThat(year.sessionMinutes()).isEqualTo(150);
		assertThat(year.minutes(HourKind.PREPARATION)).isZero();
		assertThat(year.otherMinutes()).isEqualTo(75);
		assertThat(year.totalMinutes()).isEqualTo(225);
		assertThat(year.approved()).hasSize(2);
		assertThat(year.waiting()).isEqualTo(1);
	}

	private static HourEntry entry(LocalDate day, int minutes, HourKind kind, HourStatus status) {
		return new HourEntry(UUID.randomUUID(), VERA.organisationId(), VERA.id(), day, minutes, kind, "Werk", status, null,
				Instant.now(), null, null, null, 0);
	}
}
