package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The coverage matrix counts planned hours per neighbourhood, age band and task; cancelled sessions do not count. */
class CoverageTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Programme programme;

	@Autowired
	Schedules schedules;

	@Autowired
	SessionChanges changes;

	@Autowired
	Coverage coverage;

	@Test
	void hoursLandInTheRightCellsAndEmptyCellsAreCounted() throws Exception {
		var world = programmeFixtures.world();
		var neighbourhood = fixtures.neighbourhood(world.organisationId());
		jdbc.sql("update location set neighbourhood_id = :n where id = :l").param("n", neighbourhood.getId())
			.param("l", world.locationId()).update();
		// 7-12, play and health: three weekly sessions of 90 minutes, one of them cancelled
		var sport = programme.create(world.coordinator(), new ActivityDetails("Sport", "Sport", null,
				EnumSet.of(Task.PLAY, Task.HEALTH), EnumSet.noneOf(Theme.class), world.locationId(), 7, 12, null, Cost.FREE,
				null, Mode.DROP_IN, null, null, null, List.of(), true));
		schedules.addSchedule(world.coordinator(), sport.id(), new ScheduleDetails(Recurrence.WEEKLY,
				LocalDate.parse("2031-03-03"), LocalDate.parse("2031-03-17"), LocalTime.of(15, 0), LocalTime.of(16, 30),
				HolidayRule.INCLUDE));
		var cancelled = programme.sessions(world.organisationId(), sport.id(), LocalDate.parse("2031-03-17"),
				LocalDate.parse("2031-03-17")).get(0);
		changes.cancelSession(world.coordinator(), cancelled.id(), new Cancellation("Geen zaal"));

		var matrix = coverage.matrix(world.organisationId(), LocalDate.parse("2031-03-01"), LocalDate.parse("2031-03-31"));

		assertThat(matrix.rows()).hasSize(3);
		var young = matrix.rows().get(0);
		var middle = matrix.rows().get(1);
		var old = matrix.rows().get(2);
		assertThat(young.band()).isEqualTo(AgeBand.FOUR_TO_SIX);
		assertThat(young.total()).isZero();
		assertThat(middle.hours(Task.PLAY)).isEqualTo(3.0);
		assertThat(middle.hours(Task.HEALTH)).isEqualTo(3.0);
		assertThat(middle.hours(Task.MEETING)).isZero();
		assertThat(old.hours(Task.PLAY)).isEqualTo(3.0);
		assertThat(matrix.emptyCells()).isEqualTo(30 - 4);

		var page = mvc.perform(get("/coverage?from=2031-03-01&to=2031-03-31").with(as(world.coordinator()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains(neighbourhood.getName()).contains("Lege vakken: 26.");
		var wrong = mvc.perform(get("/coverage?from=2031-03-31&to=2031-03-01").with(as(world.coordinator()))).andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(200);
		assertThat(wrong.getContentAsString()).contains("op of na de begindatum");
		var garbage = mvc.perform(get("/coverage?from=morgen").with(as(world.coordinator()))).andReturn().getResponse();
		assertThat(garbage.getStatus()).isEqualTo(200);
		assertThat(garbage.getContentAsString()).contains("field-error");
	}
}
