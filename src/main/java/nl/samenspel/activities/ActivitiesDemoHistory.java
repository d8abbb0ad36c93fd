package nl.samenspel.activities;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
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
	private final ProgrammeStore store;
	private final boolean enabled;

	ActivitiesDemoHistory(DemoMode demo, ProgrammeStore store, @Value("${samenspel.demo.history:true}") boolean enabled) {
		this.demo = demo;
		this.store = store;
		this.enabled = enabled;
	}

	/** A demo activity's first coming session, as the pattern of its past ones. */
	private record Pattern(UUID activity, String mode, int everyWeeks, LocalDate first, LocalTime startsAt,
			LocalTime endsAt, int minutes, UUID location, List<UUID> staff) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled() || !enabled) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var jdbc = store.jdbc();
		var today = store.today();
		var past = jdbc.sql("select count(*) from activity_session where organisation_id = :organisation and session_date < :today")
			.param("organisation", organisation).param("today", ProgrammeStore.date(today)).query(Integer.class).single();
		if (past > 0) {
			return;
		}
		var patterns = new ArrayList<Pattern>();
		jdbc.sql("""
				select s.id, s.activity_id, a.mode, sc.recurrence, s.session_date, s.starts_at, s.ends_at, s.duration_minutes,
				  s.location_id
				from activity_session s
				join activity a on a.id = s.activity_id
				join activity_schedule sc on sc.id = s.schedule_id
				where s.organisation_id = :organisation and sc.recurrence in ('WEEKLY', 'FORTNIGHTLY') and sc.holidays <> 'ONLY'
				  and s.session_date = (select min(o.session_date) from activity_session o where o.schedule_id = s.schedule_id)
				order by a.title""")
			.param("organisation", organisation)
			.query((rs, row) -> new Pattern(rs.getObject(2, UUID.class), rs.getString(3),
					"FORTNIGHTLY".equals(rs.getString(4)) ? 2 : 1, rs.getDate(5).toLocalDate(), rs.getTime(6).toLocalTime(),
					rs.getTime(7).toLocalTime(), rs.getInt(8), rs.getObject(9, UUID.class),
					jdbc.sql("select app_user_id from session_staff where session_id = :session order by app_user_id")
						.param("session", rs.getObject(1, UUID.class)).query(UUID.class).list()))
			.list()
			.forEach(patterns::add);
		// the children the organisation may register (those with an enrolment) came to the drop-in and per-session
		// activities; a series had its own enrolled children
		var children = jdbc.sql("select distinct child_id from enrolment where organisation_id = :organisation order by child_id")
			.param("organisation", organisation).query(UUID.class).list();
		// the school holidays of the organisation's region on its list; before those, the usual weeks
		var holidays = jdbc.sql("""
				select h.starts_on, h.ends_on from school_holiday h join organisation o on o.id = h.organisation_id
				where h.organisation_id = :organisation and h.region = o.region""")
			.param("organisation", organisation)
			.query((rs, row) -> new LocalDate[] { rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate() })
			.list();
		var random = new Random(2026);
		var since = LocalDate.of(today.getYear() - 1, 1, 1);
		for (var pattern : patterns) {
			if (pattern.staff().isEmpty()) {
				continue;
			}
			var present = !pattern.mode().equals("SERIES") ? children
					: jdbc.sql("select child_id from enrolment where activity_id = :activity and status = 'ENROLLED' order by child_id")
						.param("activity", pattern.activity()).query(UUID.class).list();
			if (present.isEmpty() && !dropIn(pattern)) {
				// nobody to register and no walk-ins counted: such a session would not have been held (the children's
				// council has nobody enrolled yet), so it gets no past
				continue;
			}
			var step = 7L * pattern.everyWeeks();
			var weeksBack = ChronoUnit.DAYS.between(since, pattern.first()) / step;
			for (long i = weeksBack; i >= 1; i--) {
				var date = pattern.first().minusDays(i * step);
				var week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
				var summer = week >= 29 && week <= 34;
				var christmas = week >= 52 || week == 1;
				var holiday = holidays.stream().anyMatch(it -> !date.isBefore(it[0]) && !date.isAfter(it[1]));
				if (date.isBefore(since) || !date.isBefore(today)
						|| (!dropIn(pattern) && (summer || christmas || holiday))) {
					continue;
				}
				held(organisation, pattern, date, summer, present, random);
			}
		}
	}

	private static boolean dropIn(Pattern pattern) {
		return pattern.mode().equals("DROP_IN");
	}

	private void held(UUID organisation, Pattern pattern, LocalDate date, boolean summer, List<UUID> children,
			Random random) {
		var jdbc = store.jdbc();
		var session = UUID.randomUUID();
		var heldAt = Timestamp.from(date.atTime(pattern.endsAt()).atZone(ProgrammeStore.ZONE).toInstant());
		jdbc.sql("""
				insert into activity_session (id, version, organisation_id, activity_id, schedule_id, session_date, weekday,
				  starts_at, ends_at, duration_minutes, location_id, status, held_at)
				values (:id, 0, :organisation, :activity, null, :date, :weekday, :start, :end, :minutes, :location, 'PLANNED', :held)""")
			.param("id", session)
			.param("organisation", organisation)
			.param("activity", pattern.activity())
			.param("date", ProgrammeStore.date(date))
			.param("weekday", date.getDayOfWeek().getValue())
			.param("start", ProgrammeStore.time(pattern.startsAt()))
			.param("end", ProgrammeStore.time(pattern.endsAt()))
			.param("minutes", pattern.minutes())
			.param("location", pattern.location())
			.param("held", heldAt)
			.update();
		for (var staff : pattern.staff()) {
			jdbc.sql("insert into session_staff (session_id, app_user_id) values (:session, :user)")
				.param("session", session).param("user", staff).update();
		}
		for (var child : children) {
			// most weeks present, some weeks away (and marked so)
			jdbc.sql("""
					insert into attendance (session_id, child_id, organisation_id, present, checked_in_at, checked_out_at,
					  recorded_by, recorded_at)
					values (:session, :child, :organisation, :present, null, null, :by, :at)""")
				.param("session", session).param("child", child).param("organisation", organisation)
				.param("present", random.nextInt(5) > 0).param("by", pattern.staff().get(0)).param("at", heldAt)
				.update();
		}
		if (dropIn(pattern)) {
			for (var band : List.of(AgeBand.FOUR_TO_SIX, AgeBand.SEVEN_TO_NINE, AgeBand.TEN_TO_TWELVE)) {
				for (var gender : List.of(WalkInGender.GIRL, WalkInGender.BOY)) {
					jdbc.sql("""
							insert into walk_in_count (session_id, organisation_id, age_band, gender, visitors)
							values (:session, :organisation, :band, :gender, :visitors)""")
						.param("session", session).param("organisation", organisation).param("band", band.name())
						.param("gender", gender.name()).param("visitors", random.nextInt(4) + (summer ? 3 : 0))
						.update();
				}
			}
		}
	}
}
