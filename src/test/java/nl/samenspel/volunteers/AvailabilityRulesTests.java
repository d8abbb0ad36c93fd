package nl.samenspel.volunteers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvailabilityRulesTests {

	static final UUID VOLUNTEER = UUID.randomUUID();

	static WeeklySlot slot(DayOfWeek day, int from, int until) {
		return new WeeklySlot(UUID.randomUUID(), VOLUNTEER, day, LocalTime.of(from, 0), LocalTime.of(until, 0));
	}

	@Test
	void aSlotOverlapsOnlyOnTheSameWeekdayAndNotWhenTheyTouch() {
		var afternoon = slot(DayOfWeek.MONDAY, 14, 16);
		var availability = new Availability(List.of(afternoon), List.of());

		assertThatThrownBy(() -> availability.checkNew(slot(DayOfWeek.MONDAY, 15, 17))).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("field", "from")
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.availability.error.overlap");
		assertThatThrownBy(() -> availability.checkNew(slot(DayOfWeek.MONDAY, 13, 18))).isInstanceOf(FieldRejected.class);
		availability.checkNew(slot(DayOfWeek.MONDAY, 16, 18));
		availability.checkNew(slot(DayOfWeek.MONDAY, 10, 14));
		availability.checkNew(slot(DayOfWeek.TUESDAY, 14, 16));
		assertThatThrownBy(() -> availability.checkNew(slot(DayOfWeek.FRIDAY, 16, 14)))
			.hasFieldOrPropertyWithValue("field", "until");
	}

	@Test
	void aSessionFitsWhenItLiesWhollyInASlotAndNotOnADayAway() {
		var monday = LocalDate.of(2031, 5, 5);
		var availability = new Availability(List.of(slot(DayOfWeek.MONDAY, 14, 17)),
				List.of(new AwayPeriod(UUID.randomUUID(), VOLUNTEER, monday.plusWeeks(1), monday.plusWeeks(1), null)));

		assertThat(availability.fits(monday, LocalTime.of(15, 0), LocalTime.of(16, 30))).isTrue();
		assertThat(availability.fits(monday, LocalTime.of(14, 0), LocalTime.of(17, 0))).isTrue();
		assertThat(availability.fits(monday, LocalTime.of(16, 0), LocalTime.of(17, 30))).as("runs past the slot").isFalse();
		assertThat(availability.fits(monday.plusDays(1), LocalTime.of(15, 0), LocalTime.of(16, 0))).isFalse();
		assertThat(availability.fits(monday.plusWeeks(1), LocalTime.of(15, 0), LocalTime.of(16, 0))).as("away").isFalse();
		assertThat(availability.fits(monday.plusWeeks(2), LocalTime.of(15, 0), LocalTime.of(16, 0))).isTrue();
	}
}
