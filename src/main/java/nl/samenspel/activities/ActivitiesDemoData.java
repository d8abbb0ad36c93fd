package nl.samenspel.activities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * A programme for the first demo organisation: a weekly cooking club that skips the school holidays, with a session
 * today and three children enrolled (so a worker can take attendance at once; today only, should today fall in the
 * holidays), a full technology club (so a parent lands on the waiting list), a
 * drop-in at the playground, a homework club with registration per session, a children's council, a winter holiday
 * programme and a paid circus workshop, spread over the neighbourhoods so the coverage matrix has full and empty
 * cells. Runs after the children's demo data, once.
 */
@Component
@Order(30)
class ActivitiesDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final ChildManagement children;
	private final Programme programme;
	private final Enrolments enrolments;
	private final Schedules schedules;
	private final ActivityStore activities;
	private final ProgrammeClock clock;

	ActivitiesDemoData(DemoMode demo, OrganisationManagement organisations, UserManagement users,
			ChildManagement children, Programme programme, Schedules schedules, Enrolments enrolments,
			ActivityStore activities, ProgrammeClock clock) {
		this.demo = demo;
		this.organisations = organisations;
		this.users = users;
		this.children = children;
		this.programme = programme;
		this.schedules = schedules;
		this.enrolments = enrolments;
		this.activities = activities;
		this.clock = clock;
	}

	/** Not one transaction: each step is its own, so a step that does not fit today's date is left out alone. */
	@Override
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var coordinatorId = users.userId(organisation, "coordinator").orElse(null);
		var workerId = users.userId(organisation, "worker").orElse(null);
		var volunteerId = users.userId(organisation, "volunteer").orElse(null);
		var noActivities = activities.none();
		if (coordinatorId == null || workerId == null || volunteerId == null || !noActivities) {
			return;
		}
		var planner = new CurrentUser(coordinatorId, organisation, "coordinator", "Demo", EnumSet.of(Role.COORDINATOR), "nl",
				null);
		var locations = organisations.allLocations(organisation);
		if (locations.size() < 4) {
			return;
		}
		var kroon = locations.stream().filter(it -> it.getName().contains("Kroon")).findFirst().orElse(locations.get(0)).getId();
		var bolder = locations.stream().filter(it -> it.getName().contains("Bolder")).findFirst().orElse(locations.get(1)).getId();
		var school = locations.stream().filter(it -> it.getName().contains("Regenboog")).findFirst().orElse(locations.get(2)).getId();
		var today = clock.today();
		// the demo volunteer is not staff: the volunteers module assigns them to sessions (AssignmentsDemoData)
		var staff = List.of(workerId);

		var cooking = programme.create(planner, new ActivityDetails("Kookclub",
				"We koken samen een gezonde maaltijd en eten die met elkaar op. Je leert snijden, proeven en een recept lezen.",
				"We cook a healthy meal together and eat it together.", EnumSet.of(Task.HEALTH, Task.MEETING),
				EnumSet.of(Theme.FOOD_AND_HEALTH), kroon, 4, 12, 12, Cost.FREE, null, Mode.SERIES,
				"Rolstoeltoegankelijk. Vertel ons over allergieën.", "Nederlands, Turks", null, staff, true));
		schedule(planner, cooking.id(), new ScheduleDetails(Recurrence.WEEKLY, today, today.plusWeeks(12),
				LocalTime.of(15, 30), LocalTime.of(17, 0), HolidayRule.SKIP));
		if (programme.sessions(organisation, cooking.id(), today, today).isEmpty()) {
			// today falls in the school holidays: one extra session today, so a worker can still take attendance
			schedule(planner, cooking.id(), new ScheduleDetails(Recurrence.ONCE, today, null, LocalTime.of(15, 30),
					LocalTime.of(17, 0), HolidayRule.INCLUDE));
		}

		var technology = programme.create(planner, new ActivityDetails("Techniekclub",
				"Bouw je eigen robot en leer hem bewegen. Elke week een nieuwe uitdaging.", null, EnumSet.of(Task.TALENT),
				EnumSet.of(Theme.TECHNOLOGY), kroon, 8, 12, 1, Cost.FREE_WITH_PASS, null, Mode.SERIES, null, "Nederlands",
				null, List.of(workerId), true));
		schedule(planner, technology.id(), new ScheduleDetails(Recurrence.WEEKLY,
				today.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), today.plusWeeks(10), LocalTime.of(15, 0),
				LocalTime.of(16, 30), HolidayRule.SKIP));

		var dropIn = programme.create(planner, new ActivityDetails("Speeltuin inloop",
				"Kom buiten spelen in de speeltuin. Er zijn spelletjes, ballen en stoepkrijt. Je hoeft je niet aan te melden.",
				"Come and play outside at the playground. No need to register.", EnumSet.of(Task.PLAY, Task.TAKING_PART),
				EnumSet.of(Theme.OUTDOOR_PLAY, Theme.GAMES), bolder, 4, 12, null, Cost.FREE, null, Mode.DROP_IN, null,
				"Nederlands, Arabisch", null, staff, true));
		schedule(planner, dropIn.id(), new ScheduleDetails(Recurrence.WEEKLY,
				today.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)), today.plusWeeks(16), LocalTime.of(14, 0),
				LocalTime.of(16, 0), HolidayRule.SKIP));

		var homework = programme.create(planner, new ActivityDetails("Huiswerkclub",
				"Hulp bij je huiswerk en lezen, met een vrijwilliger die naast je zit.", null,
				EnumSet.of(Task.TALENT, Task.TAKING_PART, Task.GENERATIONS), EnumSet.of(Theme.HOMEWORK), school, 7, 12, 8,
				Cost.FREE, null, Mode.PER_SESSION, null, "Nederlands", "Voorleesexpress (Movisie databank)", staff, true));
		schedule(planner, homework.id(), new ScheduleDetails(Recurrence.WEEKLY,
				today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), today.plusWeeks(12), LocalTime.of(15, 15),
				LocalTime.of(16, 15), HolidayRule.SKIP));

		var council = programme.create(planner, new ActivityDetails("Kinderraad",
				"Denk mee over de buurt en het kinderwerk. Jouw mening telt!", null,
				EnumSet.of(Task.PARTICIPATION, Task.FELLOW_CITIZENS), EnumSet.of(Theme.MEETING), kroon, 9, 12, 10,
				Cost.FREE, null, Mode.SERIES, null, "Nederlands", null, List.of(workerId), true));
		schedule(planner, council.id(), new ScheduleDetails(Recurrence.FORTNIGHTLY,
				today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)), today.plusWeeks(20), LocalTime.of(16, 0),
				LocalTime.of(17, 0), HolidayRule.SKIP));

		var winter = programme.create(planner, new ActivityDetails("Winterspelen",
				"In de vakantie: spelletjes, warme chocolademelk en een middag met de buren van het verzorgingshuis.", null,
				EnumSet.of(Task.PLAY, Task.MEETING, Task.GENERATIONS), EnumSet.of(Theme.GAMES, Theme.MEETING), bolder, 4,
				12, null, Cost.FREE, null, Mode.DROP_IN, null, null, null, staff, true));
		schedule(planner, winter.id(), new ScheduleDetails(Recurrence.WEEKLY, today,
				today.plusMonths(8), LocalTime.of(13, 0), LocalTime.of(16, 0), HolidayRule.ONLY));

		var circus = programme.create(planner, new ActivityDetails("Circusworkshop",
				"Leer jongleren en balanceren van echte artiesten.", null, EnumSet.of(Task.TALENT),
				EnumSet.of(Theme.CULTURE, Theme.SPORT), school, 6, 12, 20, Cost.PAID, new java.math.BigDecimal("2.50"),
				Mode.SERIES, null, null, null, List.of(workerId), true));
		schedule(planner, circus.id(), new ScheduleDetails(Recurrence.ONCE, today.plusWeeks(3), null,
				LocalTime.of(13, 30), LocalTime.of(15, 30), HolidayRule.INCLUDE));

		var registered = children.search(planner, new ChildQuery("", null, null, null, null, false), PageRequest.of(0, 50))
			.getContent().stream().map(it -> it.id()).toList();
		var cards = children.cards(planner, registered).stream().filter(it -> it.mayRegister() && it.active()).toList();
		for (var card : cards) {
			enrol(planner, cooking.id(), card.id(), null);
		}
		cards.stream().filter(it -> it.ageOn(today) >= 10).findFirst()
			.ifPresent(card -> enrol(planner, technology.id(), card.id(), null));
	}

	private void schedule(CurrentUser planner, UUID activity, ScheduleDetails details) {
		try {
			schedules.addSchedule(planner, activity, details);
		}
		catch (nl.samenspel.kernel.FieldRejected noSessions) {
			// e.g. a holiday programme in a year without holiday dates yet: the activity stays without sessions
		}
	}

	private void enrol(CurrentUser planner, UUID activity, UUID child, @org.jspecify.annotations.Nullable String reason) {
		try {
			enrolments.enrol(planner, activity, new EnrolmentRequest(child, null, false, reason));
		}
		catch (RuntimeException refused) {
			// a demo child that does not fit this activity is simply left out
		}
	}
}
