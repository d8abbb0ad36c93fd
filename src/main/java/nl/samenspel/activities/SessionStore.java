package nl.samenspel.activities;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.NotFound;

/**
 * The SQL of sessions, with the staff who work at them. Every method that takes an
 * organisation scopes to it; an id of another organisation is simply not found.
 */
@Repository
class SessionStore {

	private static final String SESSION_COLUMNS = """
			s.id, s.organisation_id, s.activity_id, a.title, a.mode, s.session_date, s.starts_at, s.ends_at,
			s.location_id, s.status, s.cancel_reason, s.moved_from, s.held_at""";

	private final JdbcClient jdbc;

	SessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// reading

	Session session(UUID organisationId, UUID id) {
		return findSession(id).filter(it -> it.organisationId().equals(organisationId)).orElseThrow(NotFound::new);
	}

	Optional<Session> findSession(UUID id) {
		return sessions("s.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** An activity's sessions in a period. */
	List<Session> ofActivity(UUID activityId, LocalDate from, LocalDate to) {
		return sessions("s.activity_id = :activity and s.session_date between :from and :to",
				Map.of("activity", activityId, "from", Date.valueOf(from), "to", Date.valueOf(to)));
	}

	/** The organisation's sessions in a period. */
	List<Session> ofOrganisation(UUID organisationId, LocalDate from, LocalDate to) {
		return sessions("s.organisation_id = :organisation and s.session_date between :from and :to",
				Map.of("organisation", organisationId, "from", Date.valueOf(from), "to", Date.valueOf(to)));
	}

	/** Those of the sessions that are the organisation's, by day. */
	List<Session> ofIds(UUID organisationId, Collection<UUID> ids) {
		var found = new ArrayList<Session>();
		for (var chunk : chunks(List.copyOf(ids))) {
			found.addAll(sessions("s.organisation_id = :organisation and s.id in (:ids)",
					Map.of("organisation", organisationId, "ids", chunk)));
		}
		return found.stream()
			.sorted(java.util.Comparator.comparing(Session::date).thenComparing(Session::startsAt).thenComparing(Session::title))
			.toList();
	}

	/**
	 * The sessions of published, active activities in a period, of one organisation or at the locations given (none:
	 * no sessions).
	 */
	List<Session> published(@Nullable UUID organisationId, List<UUID> locations, LocalDate from, LocalDate to) {
		var params = new HashMap<String, Object>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		var condition = new StringBuilder(
				"a.published = true and a.active = true and s.session_date between :from and :to");
		if (organisationId != null) {
			condition.append(" and s.organisation_id = :organisation");
			params.put("organisation", organisationId);
		}
		else {
			condition.append(locations.isEmpty() ? " and 1 = 0" : " and s.location_id in (:locations)");
			params.put("locations", locations.isEmpty() ? List.of(UUID.randomUUID()) : locations);
		}
		return sessions(condition.toString(), params);
	}

	/** The sessions of one published, active activity between two days, cancelled ones too: its calendar feed. */
	List<Session> publishedOf(UUID activityId, LocalDate from, LocalDate to) {
		var params = new HashMap<String, Object>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("activity", activityId);
		return sessions("a.published = true and a.active = true and s.activity_id = :activity"
				+ " and s.session_date between :from and :to", params);
	}

	private List<Session> sessions(String condition, Map<String, ?> params) {
		var rows = jdbc.sql("select " + SESSION_COLUMNS + " from activity_session s join activity a on a.id = s.activity_id where "
				+ condition + " order by s.session_date, s.starts_at, a.title")
			.params(params)
			.query(SessionStore::sessionRow)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var staff = new HashMap<UUID, List<UUID>>();
		for (var chunk : chunks(rows.stream().map(SessionRow::id).toList())) {
			jdbc.sql("select session_id, app_user_id from session_staff where session_id in (:ids)").param("ids", chunk)
				.query(rs -> {
					staff.computeIfAbsent(rs.getObject(1, UUID.class), it -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
				});
		}
		return rows.stream().map(row -> row.with(staff.getOrDefault(row.id(), List.of()))).toList();
	}

	private record SessionRow(UUID id, UUID organisationId, UUID activityId, String title, Mode mode, LocalDate date,
			LocalTime startsAt, LocalTime endsAt, UUID locationId, SessionStatus status, @Nullable String cancelReason,
			@Nullable LocalDate movedFrom, @Nullable Instant heldAt) {

		Session with(List<UUID> staff) {
			return new Session(id, organisationId, activityId, title, mode, date, startsAt, endsAt, locationId, status,
					cancelReason, movedFrom, heldAt, staff);
		}
	}

	private static SessionRow sessionRow(ResultSet rs, int n) throws SQLException {
		var moved = rs.getDate("moved_from");
		var held = rs.getTimestamp("held_at");
		return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("activity_id", UUID.class), rs.getString("title"), Mode.valueOf(rs.getString("mode")),
				rs.getDate("session_date").toLocalDate(), rs.getTime("starts_at").toLocalTime(),
				rs.getTime("ends_at").toLocalTime(), rs.getObject("location_id", UUID.class),
				SessionStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
				moved == null ? null : moved.toLocalDate(), held == null ? null : held.toInstant());
	}

	/** Sessions that overlap in time with another planned session at the same location on the same day. */
	List<Overlap> overlaps(UUID organisationId, Collection<UUID> sessionIds) {
		var overlaps = new ArrayList<Overlap>();
		for (var chunk : chunks(List.copyOf(new LinkedHashSet<>(sessionIds)))) {
			overlaps.addAll(jdbc.sql("""
					select s.id, s.session_date, s.starts_at, s.ends_at, o.id as other_id, a.title, o.starts_at as other_start,
					       o.ends_at as other_end
					from activity_session s
					join activity_session o on o.location_id = s.location_id and o.session_date = s.session_date
					     and o.id <> s.id and o.status = 'PLANNED' and o.starts_at < s.ends_at and o.ends_at > s.starts_at
					join activity a on a.id = o.activity_id
					where s.organisation_id = :organisation and s.status = 'PLANNED' and s.id in (:ids)
					order by s.session_date, s.starts_at""")
				.param("organisation", organisationId)
				.param("ids", chunk)
				.query((rs, n) -> new Overlap(rs.getObject("id", UUID.class), rs.getDate("session_date").toLocalDate(),
						rs.getTime("starts_at").toLocalTime(), rs.getTime("ends_at").toLocalTime(),
						rs.getObject("other_id", UUID.class), rs.getString("title"),
						rs.getTime("other_start").toLocalTime(), rs.getTime("other_end").toLocalTime()))
				.list());
		}
		return overlaps;
	}

	boolean anyBefore(UUID organisationId, LocalDate day) {
		return jdbc.sql("select count(*) from activity_session where organisation_id = :organisation and session_date < :today")
			.param("organisation", organisationId).param("today", Date.valueOf(day)).query(Integer.class).single() > 0;
	}

	/** The first planned session of an activity on or after a day. */
	Optional<LocalDate> firstPlanned(UUID activityId, LocalDate from) {
		return jdbc.sql("""
				select min(session_date) from activity_session where activity_id = :activity and status = 'PLANNED'
				and session_date >= :today""")
			.param("activity", activityId)
			.param("today", Date.valueOf(from))
			.query(Date.class)
			.optional()
			.map(Date::toLocalDate);
	}

	/** Planned minutes in a period per location, age range and task, for the coverage matrix. */
	record PlannedMinutes(@Nullable UUID locationId, int minAge, int maxAge, String task, int minutes) {
	}

	List<PlannedMinutes> plannedMinutes(UUID organisationId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select s.location_id, a.min_age, a.max_age, t.task, sum(s.duration_minutes) as minutes
				from activity_session s join activity a on a.id = s.activity_id join activity_task t on t.activity_id = a.id
				where s.organisation_id = :organisation and s.status = 'PLANNED' and s.session_date between :from and :to
				group by s.location_id, a.min_age, a.max_age, t.task""")
			.param("organisation", organisationId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new PlannedMinutes(rs.getObject("location_id", UUID.class), rs.getInt("min_age"),
					rs.getInt("max_age"), rs.getString("task"), rs.getInt("minutes")))
			.list();
	}

	// writing

	/** A planned session with its staff; held already when {@code heldAt} is given (the demo's past). */
	void insertSession(UUID id, UUID organisationId, UUID activityId, @Nullable UUID scheduleId, LocalDate date,
			LocalTime startsAt, LocalTime endsAt, UUID locationId, List<UUID> staff, @Nullable Instant heldAt) {
		jdbc.sql("""
				insert into activity_session (id, version, organisation_id, activity_id, schedule_id, session_date, weekday,
				  starts_at, ends_at, duration_minutes, location_id, status, held_at)
				values (:id, 0, :organisation, :activity, :schedule, :date, :weekday, :start, :end, :minutes, :location, 'PLANNED',
				  :held)""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("activity", activityId)
			.param("schedule", scheduleId)
			.param("date", Date.valueOf(date))
			.param("weekday", date.getDayOfWeek().getValue())
			.param("start", Time.valueOf(startsAt))
			.param("end", Time.valueOf(endsAt))
			.param("minutes", (int) Duration.between(startsAt, endsAt).toMinutes())
			.param("location", locationId)
			.param("held", heldAt == null ? null : Timestamp.from(heldAt))
			.update();
		insertStaff(id, staff);
	}

	void update(UUID id, SessionDetails details, @Nullable LocalDate movedFrom) {
		jdbc.sql("""
				update activity_session set version = version + 1, session_date = :date, weekday = :weekday, starts_at = :start,
				  ends_at = :end, duration_minutes = :minutes, location_id = :location, moved_from = :movedFrom
				where id = :id""")
			.param("date", Date.valueOf(details.date()))
			.param("weekday", details.date().getDayOfWeek().getValue())
			.param("start", Time.valueOf(details.startsAt()))
			.param("end", Time.valueOf(details.endsAt()))
			.param("minutes", (int) Duration.between(details.startsAt(), details.endsAt()).toMinutes())
			.param("location", details.locationId())
			.param("movedFrom", movedFrom == null ? null : Date.valueOf(movedFrom))
			.param("id", id)
			.update();
		jdbc.sql("delete from session_staff where session_id = :id").param("id", id).update();
		insertStaff(id, details.staffList());
	}

	private void insertStaff(UUID sessionId, List<UUID> staff) {
		for (var member : staff) {
			jdbc.sql("insert into session_staff (session_id, app_user_id) values (:session, :user)")
				.param("session", sessionId).param("user", member).update();
		}
	}

	/** Takes a user off the staff of the organisation's sessions from a day on that have not taken place. */
	int removeStaffFrom(UUID organisationId, UUID userId, LocalDate from) {
		return jdbc.sql("""
				delete from session_staff where app_user_id = :user and session_id in (
				  select id from activity_session where organisation_id = :organisation and session_date >= :from and held_at is null)""")
			.param("user", userId)
			.param("organisation", organisationId)
			.param("from", Date.valueOf(from))
			.update();
	}

	void cancel(UUID id, String reason) {
		jdbc.sql("update activity_session set status = 'CANCELLED', cancel_reason = :reason, version = version + 1 where id = :id")
			.param("reason", reason).param("id", id).update();
	}

	/** Marks the session held; false when it already was. */
	boolean markHeld(UUID id, Instant now) {
		return jdbc.sql("update activity_session set held_at = :now where id = :id and held_at is null")
			.param("now", Timestamp.from(now)).param("id", id).update() > 0;
	}

	private static <T> List<List<T>> chunks(List<T> ids) {
		var chunks = new ArrayList<List<T>>();
		for (int from = 0; from < ids.size(); from += 500) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return chunks;
	}
}
