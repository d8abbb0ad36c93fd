package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of schedules: the rules that made an activity's sessions. */
@Repository
class ScheduleStore {

	private final JdbcClient jdbc;

	ScheduleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, UUID activityId, ScheduleDetails details, Instant now) {
		jdbc.sql("""
				insert into activity_schedule (id, organisation_id, activity_id, recurrence, first_date, last_date, starts_at,
				  ends_at, holidays, created_at)
				values (:id, :organisation, :activity, :recurrence, :first, :last, :start, :end, :holidays, :now)""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("activity", activityId)
			.param("recurrence", details.recurrence().name())
			.param("first", Date.valueOf(details.firstDate()))
			.param("last", Date.valueOf(details.until()))
			.param("start", Time.valueOf(details.startsAt()))
			.param("end", Time.valueOf(details.endsAt()))
			.param("holidays", details.holidayRule().name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The first session of a weekly or fortnightly schedule, with its staff (by id). */
	record FirstSession(UUID activityId, Mode mode, Recurrence recurrence, LocalDate date, LocalTime startsAt,
			LocalTime endsAt, UUID locationId, List<UUID> staff) {
	}

	/** The first session of every weekly or fortnightly schedule outside the holidays only, by activity title. */
	List<FirstSession> firstSessionsOfRepeating(UUID organisationId) {
		return jdbc.sql("""
				select s.id, s.activity_id, a.mode, sc.recurrence, s.session_date, s.starts_at, s.ends_at, s.location_id
				from activity_session s
				join activity a on a.id = s.activity_id
				join activity_schedule sc on sc.id = s.schedule_id
				where s.organisation_id = :organisation and sc.recurrence in ('WEEKLY', 'FORTNIGHTLY') and sc.holidays <> 'ONLY'
				  and s.session_date = (select min(o.session_date) from activity_session o where o.schedule_id = s.schedule_id)
				order by a.title""")
			.param("organisation", organisationId)
			.query((rs, row) -> new FirstSession(rs.getObject(2, UUID.class), Mode.valueOf(rs.getString(3)),
					Recurrence.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), rs.getTime(6).toLocalTime(),
					rs.getTime(7).toLocalTime(), rs.getObject(8, UUID.class),
					jdbc.sql("select app_user_id from session_staff where session_id = :session order by app_user_id")
						.param("session", rs.getObject(1, UUID.class)).query(UUID.class).list()))
			.list();
	}
}
