package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class AvailabilityTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Availabilities availabilities;

	@Autowired
	VolunteerStore volunteers;

	@Autowired
	Clock clock;

	ShiftFixtures shifts;

	@BeforeEach
	void setUp() {
		shifts = new ShiftFixtures(volunteers, jdbc, clock);
	}

	@Test
	void aSlotThatOverlapsAnotherOnTheSameWeekdayIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		availabilities.addSlot(world.volunteer(), null, DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0));

		var response = mvc.perform(post("/volunteers/availability/slots").param("day", "MONDAY").param("from", "15:30")
			.param("until", "17:00").with(as(world.volunteer())).with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("overlapt met 14:00 tot 16:00")
			.contains("aria-describedby=\"from-error\"");
		assertThat(availabilities.of(world.organisationId(), volunteer.id()).slots()).hasSize(1);

		// touching at an end is no overlap, and another weekday is free
		availabilities.addSlot(world.volunteer(), null, DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0));
		availabilities.addSlot(world.volunteer(), null, DayOfWeek.TUESDAY, LocalTime.of(15, 0), LocalTime.of(17, 0));
		assertThat(availabilities.of(world.organisationId(), volunteer.id()).slots()).hasSize(3);
	}

	@Test
	void aSlotEndingBeforeItStartsAPeriodAwayEndingBeforeItStartsAndTooManySlotsAreRefused() {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		var user = world.volunteer();

		assertThatThrownBy(() -> availabilities.addSlot(user, null, DayOfWeek.FRIDAY, LocalTime.of(15, 0),
				LocalTime.of(15, 0))).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.availability.error.untilNotAfterFrom");
		var today = ActivityFixtures.today();
		assertThatThrownBy(() -> availabilities.addAway(user, null, today.plusDays(5), today.plusDays(4), null))
			.isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.availability.error.awayEndsBeforeStart");
		for (int i = 0; i < Availability.MAX_SLOTS; i++) {
			var day = DayOfWeek.of(1 + i % 7);
			var hour = 8 + 2 * (i / 7);
			availabilities.addSlot(user, null, day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0));
		}
		assertThatThrownBy(() -> availabilities.addSlot(user, null, DayOfWeek.SUNDAY, LocalTime.of(22, 0),
				LocalTime.of(23, 0))).isInstanceOf(FieldRejected.class)
			.hasFieldOrPropertyWithValue("messageKey", "volunteers.availability.error.tooManySlots");
		var availability = availabilities.of(world.organisationId(), volunteer.id());
		assertThat(availability.slots()).hasSize(Availability.MAX_SLOTS);
		assertThat(availability.away()).isEmpty();
	}

	@Test
	void theCoordinatorKeepsAVolunteersAvailabilityOfTheirOwnOrganisationOnly() throws Exception {
		var world = programme.world();
		var volunteer = shifts.cleared(world.volunteer());
		var other = programme.world();

		mvc.perform(post("/volunteers/" + volunteer.id() + "/availability/away").param("awayFrom", "2031-07-01")
			.param("awayUntil", "2031-07-14").param("note", "Vakantie").with(as(world.coordinator())).with(csrf()));
		var away = availabilities.of(world.organisationId(), volunteer.id()).away();
		assertThat(away).extracting(AwayPeriod::from).containsExactly(LocalDate.of(2031, 7, 1));
		assertThat(mvc.perform(get("/volunteers/availability").with(as(world.volunteer()))).andReturn().getResponse()
			.getContentAsString()).contains("Vakantie");

		assertThat(mvc.perform(get("/volunteers/" + volunteer.id() + "/availability").with(as(other.coordinator())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> availabilities.removeAway(other.coordinator(), volunteer.id(), away.get(0).id()))
			.isInstanceOf(NotFound.class);
		assertThat(availabilities.of(world.organisationId(), volunteer.id()).away()).hasSize(1);
	}
}
