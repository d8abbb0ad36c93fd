package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * A past for the demo programme, so that the reports and the annual overview have something to show: every weekly or
 * fortnightly demo activity (not the holiday programme, not the one-off workshop) was also held from 1 January of
 * last year until yesterday, at its own time, place and staff, without the school's summer and Christmas holidays
 * (and without the holidays of the organisation's region on its list, once those are known);
 * the playground drop-in ran through them and had more walk-ins in summer. The demo's registered children were
 * there most weeks. A session is held only with attendance or walk-ins registered, so an activity with nobody
 * enrolled and no walk-ins (the children's council) has no past. Written once, after the demo programme (so the reporting demo data builds its rollups over it),
 * directly into the tables as the attendance pages would have left them, from a fixed seed. Off with
 * {@code samenspel.demo.history=false}, as in the tests, whose hand-worked figures assume an empty past.
 */
@Component
@Order(35)
class ActivitiesDemoHistory implements ApplicationRunner {

	private final DemoMode demo;
	private final OrganisationManagement organisations;
	private final ScheduleStore schedules;
	private final SessionStore sessions;
	private final EnrolmentStore enrolments;
	private final AttendanceStore attendance;
	private final HolidayStore holidays;
	private final ProgrammeClock clock;
	private final boolean enabled;

	ActivitiesDemoHistory(DemoMode demo, OrganisationManagement organisations, ScheduleStore schedules,
			SessionStore sessions, EnrolmentStore enrolments, AttendanceStore attendance, HolidayStore holidays,
			ProgrammeClock clock, @Value("${samenspel.demo.history:true}") boolean enabled) {
		this.demo = demo;
		this.organisations = organisations;
		this.schedules = schedules;
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.attendance = attendance;
		this.holidays = holidays;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled() || !enabled) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var today = clock.today();
		if (sessions.anyBefore(organisation, today)) {
			return;
		}
		// a demo activity's first coming session is the pattern of its past ones
		var patterns = schedules.firstSessionsOfRepeating(organisation);
		// the children the organisation may register (those with an enrolment) came to the drop-in and per-session
		// activities; a series had its own enrolled children
		var children = enrolments.childrenOf(organisation);
		// the school holidays of the organisation's region on its list; before those, the usual weeks
		var region = organisations.organisation(organisation).getRegion();
		var holidays = this.holidays.holidays(organisation).stream().filter(it -> it.region() == region).toList();
		var random = new Random(2026);
		var since = LocalDate.of(today.getYear() - 1, 1, 1);
		for (var pattern : patterns) {
			if (pattern.staff().isEmpty()) {
				continue;
			}
			var present = pattern.mode() != Mode.SERIES ? children : enrolments.enrolledInActivity(pattern.activityId());
			if (present.isEmpty() && !dropIn(pattern)) {
				// nobody to register and no walk-ins counted: such a session would not have been held (the children's
				// council has nobody enrolled yet), so it gets no past
				continue;
			}
			var step = 7L * (pattern.recurrence() == Recurrence.FORTNIGHTLY ? 2 : 1);
			var weeksBack = ChronoUnit.DAYS.between(since, pattern.date()) / step;
			for (long i = weeksBack; i >= 1; i--) {
				var date = pattern.date().minusDays(i * step);
				var week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
				var summer = week >= 29 && week <= 34;
				var christmas = week >= 52 || week == 1;
				var holiday = holidays.stream().anyMatch(it -> it.contains(date));
				if (date.isBefore(since) || !date.isBefore(today)
						|| (!dropIn(pattern) && (summer || christmas || holiday))) {
					continue;
				}
				held(organisation, pattern, date, summer, present, random);
			}
		}
	}

	private static boolean dropIn(ScheduleStore.FirstSession pattern) {
		return pattern.mode() == Mode.DROP_IN;
	}

	private void held(UUID organisation, ScheduleStore.FirstSession pattern, LocalDate date, boolean summer,
			List<UUID> children, Random random) {
		var session = UUID.randomUUID();
		var heldAt = date.atTime(pattern.endsAt()).atZone(ProgrammeClock.ZONE).toInstant();
		sessions.insertSession(session, organisation, pattern.activityId(), null, date, pattern.startsAt(),
				pattern.endsAt(), pattern.locationId(), pattern.staff(), heldAt);
		for (var child : children) {
			// most weeks present, some weeks away (and marked so)
			attendance.insert(session, child, organisation, new AttendanceStore.Mark(random.nextInt(5) > 0, null, null),
					pattern.staff().get(0), heldAt);
		}
		if (dropIn(pattern)) {
			for (var band : List.of(AgeBand.FOUR_TO_SIX, AgeBand.SEVEN_TO_NINE, AgeBand.TEN_TO_TWELVE)) {
				for (var gender : List.of(WalkInGender.GIRL, WalkInGender.BOY)) {
					attendance.setWalkIns(session, organisation, band, gender, random.nextInt(4) + (summer ? 3 : 0));
				}
			}
		}
	}
}
