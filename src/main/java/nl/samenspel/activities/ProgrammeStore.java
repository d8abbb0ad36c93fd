package nl.samenspel.activities;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.NotFound;

/**
 * The module's SQL for reading activities, sessions and enrolments, shared by the services. Every method that takes
 * an organisation scopes to it; an id of another organisation is simply not found.
 */
@Repository
class ProgrammeStore {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final String SESSION_COLUMNS = """
			s.id, s.organisation_id, s.activity_id, a.title, a.mode, s.session_date, s.starts_at, s.ends_at,
			s.location_id, s.status, s.cancel_reason, s.moved_from, s.held_at""";

	private final JdbcClient jdbc;
	private final Clock clock;

	ProgrammeStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	java.time.LocalTime now() {
		return java.time.LocalTime.now(clock.withZone(ZONE)).withNano(0);
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	// activities

	Activity activity(UUID organisationId, UUID id) {
		return activities(List.of(id)).stream().filter(it -> it.organisationId().equals(organisationId)).findFirst()
			.orElseThrow(NotFound::new);
	}

	/** Activities by id, in the order given, with their tasks, themes and staff. */
	List<Activity> activities(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var tasks = new HashMap<UUID, Set<Task>>();
		jdbc.sql("select activity_id, task from activity_task where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				tasks.computeIfAbsent(rs.getObject(1, UUID.class), it -> EnumSet.noneOf(Task.class))
					.add(Task.valueOf(rs.getString(2)));
			});
		var themes = new HashMap<UUID, Set<Theme>>();
		jdbc.sql("select activity_id, theme from activity_theme where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				themes.computeIfAbsent(rs.getObject(1, UUID.class), it -> EnumSet.noneOf(Theme.class))
					.add(Theme.valueOf(rs.getString(2)));
			});
		var staff = new HashMap<UUID, List<UUID>>();
		jdbc.sql("select activity_id, app_user_id from activity_staff where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				staff.computeIfAbsent(rs.getObject(1, UUID.class), it -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		var found = new HashMap<UUID, Activity>();
		jdbc.sql("select * from activity where id in (:ids)").param("ids", ids).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			return new Activity(id, rs.getObject("organisation_id", UUID.class), rs.getString("title"),
					rs.getString("description"), rs.getString("description_en"),
					tasks.getOrDefault(id, EnumSet.noneOf(Task.class)), themes.getOrDefault(id, EnumSet.noneOf(Theme.class)),
					rs.getObject("location_id", UUID.class), rs.getInt("min_age"), rs.getInt("max_age"),
					(Integer) rs.getObject("capacity"), Cost.valueOf(rs.getString("cost")),
					(Integer) rs.getObject("price_cents"), Mode.valueOf(rs.getString("mode")), rs.getString("accessibility"),
					rs.getString("languages"), rs.getString("intervention"), staff.getOrDefault(id, List.of()),
					rs.getBoolean("published"), rs.getBoolean("active"));
		}).list().forEach(activity -> found.put(activity.id(), activity));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Takes the activity's row lock: enrolments of one activity are decided one at a time. */
	void lock(UUID activityId) {
		jdbc.sql("select id from activity where id = :id for update").param("id", activityId).query(UUID.class).list();
	}

	// sessions

	Session session(UUID organisationId, UUID id) {
		return findSession(id).filter(it -> it.organisationId().equals(organisationId)).orElseThrow(NotFound::new);
	}

	Optional<Session> findSession(UUID id) {
		return sessions("s.id = :id", Map.of("id", id)).stream().findFirst();
	}

	List<Session> sessions(String condition, Map<String, ?> params) {
		var rows = jdbc.sql("select " + SESSION_COLUMNS + " from activity_session s join activity a on a.id = s.activity_id where "
				+ condition + " order by s.session_date, s.starts_at, a.title")
			.params(params)
			.query(ProgrammeStore::sessionRow)
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
			java.time.LocalTime startsAt, java.time.LocalTime endsAt, UUID locationId, SessionStatus status,
			@org.jspecify.annotations.Nullable String cancelReason, @org.jspecify.annotations.Nullable LocalDate movedFrom,
			java.time.@org.jspecify.annotations.Nullable Instant heldAt) {

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

	// enrolments

	/** The children with a place in a session: enrolled in it, or in the whole series. */
	List<UUID> enrolledIn(Session session) {
		return jdbc.sql("""
				select child_id from enrolment where activity_id = :activity and status = 'ENROLLED'
				and (session_id is null or session_id = :session) order by created_at""")
			.param("activity", session.activityId())
			.param("session", session.id())
			.query(UUID.class)
			.list();
	}

	int count(UUID activityId, @org.jspecify.annotations.Nullable UUID sessionId, EnrolmentStatus status) {
		return jdbc.sql("select count(*) from enrolment where activity_id = :activity and status = :status and "
				+ (sessionId == null ? "session_id is null" : "session_id = :session"))
			.param("activity", activityId)
			.param("status", status.name())
			.param("session", sessionId == null ? UUID.randomUUID() : sessionId)
			.query(Integer.class)
			.single();
	}

	static Date date(LocalDate date) {
		return Date.valueOf(date);
	}

	static Time time(java.time.LocalTime time) {
		return Time.valueOf(time);
	}

	static <T> List<List<T>> chunks(List<T> ids) {
		var chunks = new ArrayList<List<T>>();
		for (int from = 0; from < ids.size(); from += 500) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return chunks;
	}
}
