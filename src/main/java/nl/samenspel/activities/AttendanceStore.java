package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of attendance at the door: children marked present or absent, and the anonymous walk-in counts. */
@Repository
class AttendanceStore {

	private final JdbcClient jdbc;

	AttendanceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A child's mark: present or absent, with the times of checking in and out when known. */
	record Mark(boolean present, @Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt,
			@Nullable Collected collectedBy) {

		Mark(boolean present, @Nullable LocalTime checkedInAt, @Nullable LocalTime checkedOutAt) {
			this(present, checkedInAt, checkedOutAt, null);
		}
	}

	/** The marks of a session by child. */
	Map<UUID, Mark> marks(UUID sessionId) {
		var marks = new HashMap<UUID, Mark>();
		jdbc.sql("""
				select child_id, present, checked_in_at, checked_out_at, collected_by_kind, collected_by_name
				from attendance where session_id = :session""")
			.param("session", sessionId)
			.query(rs -> {
				var kind = rs.getString(5);
				marks.put(rs.getObject(1, UUID.class), new Mark(rs.getBoolean(2), localTime(rs.getTime(3)),
						localTime(rs.getTime(4)), kind == null ? null
								: new Collected(Collected.Kind.valueOf(kind), rs.getString(6))));
			});
		return marks;
	}

	private static @Nullable LocalTime localTime(@Nullable Time time) {
		return time == null ? null : time.toLocalTime();
	}

	void insert(UUID sessionId, UUID childId, UUID organisationId, Mark mark, UUID by, Instant at) {
		jdbc.sql("""
				insert into attendance (session_id, child_id, organisation_id, present, checked_in_at, checked_out_at,
				  collected_by_kind, collected_by_name, recorded_by, recorded_at)
				values (:session, :child, :organisation, :present, :in, :out, :kind, :collector, :by, :now)""")
			.params(columns(sessionId, childId, organisationId, mark, by, at))
			.update();
	}

	/** An erased child's attendance keeps its facts (present, times) but not the name of whoever collected the child. */
	int forgetCollectors(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				update attendance set collected_by_name = null
				where organisation_id = :organisation and child_id = :child and collected_by_name is not null""")
			.param("organisation", organisationId).param("child", childId).update();
	}

	void update(UUID sessionId, UUID childId, UUID organisationId, Mark mark, UUID by, Instant at) {
		jdbc.sql("""
				update attendance set present = :present, checked_in_at = :in, checked_out_at = :out,
				  collected_by_kind = :kind, collected_by_name = :collector, recorded_by = :by, recorded_at = :now
				where session_id = :session and child_id = :child and organisation_id = :organisation""")
			.params(columns(sessionId, childId, organisationId, mark, by, at))
			.update();
	}

	private static Map<String, Object> columns(UUID sessionId, UUID childId, UUID organisationId, Mark mark, UUID by,
			Instant at) {
		var columns = new HashMap<String, Object>();
		columns.put("session", sessionId);
		columns.put("child", childId);
		columns.put("organisation", organisationId);
		columns.put("present", mark.present());
		columns.put("in", mark.checkedInAt() == null ? null : Time.valueOf(mark.checkedInAt()));
		columns.put("out", mark.checkedOutAt() == null ? null : Time.valueOf(mark.checkedOutAt()));
		columns.put("kind", mark.collectedBy() == null ? null : mark.collectedBy().kind().name());
		columns.put("collector", mark.collectedBy() == null ? null : mark.collectedBy().name());
		columns.put("by", by);
		columns.put("now", Timestamp.from(at));
		return columns;
	}

	// walk-ins

	Map<AgeBand, Map<WalkInGender, Integer>> walkIns(UUID sessionId) {
		var counts = new EnumMap<AgeBand, Map<WalkInGender, Integer>>(AgeBand.class);
		jdbc.sql("select age_band, gender, visitors from walk_in_count where session_id = :session")
			.param("session", sessionId)
			.query(rs -> {
				counts.computeIfAbsent(AgeBand.valueOf(rs.getString(1)), it -> new EnumMap<>(WalkInGender.class))
					.put(WalkInGender.valueOf(rs.getString(2)), rs.getInt(3));
			});
		return counts;
	}

	int walkInTotal(UUID sessionId) {
		return jdbc.sql("select coalesce(sum(visitors), 0) from walk_in_count where session_id = :session")
			.param("session", sessionId).query(Integer.class).single();
	}

	/** Sets one count, which replaces the count there was. */
	void setWalkIns(UUID sessionId, UUID organisationId, AgeBand band, WalkInGender gender, int visitors) {
		var params = Map.<String, Object>of("session", sessionId, "band", band.name(), "gender", gender.name(), "visitors",
				visitors, "organisation", organisationId);
		var updated = jdbc.sql("update walk_in_count set visitors = :visitors where session_id = :session and age_band = :band and gender = :gender")
			.params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into walk_in_count (session_id, organisation_id, age_band, gender, visitors)
					values (:session, :organisation, :band, :gender, :visitors)""")
				.params(params).update();
		}
	}

	// who may see a child

	/** Those of the children enrolled in or marked at one of the sessions. */
	java.util.Set<UUID> onListsOf(java.util.Collection<UUID> sessionIds, java.util.Collection<UUID> childIds) {
		if (sessionIds.isEmpty() || childIds.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("""
				select e.child_id from enrolment e
				join activity_session s on s.activity_id = e.activity_id and (e.session_id is null or e.session_id = s.id)
				where s.id in (:sessions) and e.status = 'ENROLLED' and e.child_id in (:children)
				union
				select a.child_id from attendance a
				where a.session_id in (:sessions) and a.child_id in (:children)""")
			.param("sessions", sessionIds)
			.param("children", childIds)
			.query(UUID.class)
			.list());
	}

	/** The sessions of the organisation in a period at which the child was marked present. */
	java.util.List<UUID> attendedBy(UUID organisationId, UUID childId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.session_id from attendance a join activity_session s on s.id = a.session_id
				where a.organisation_id = :organisation and s.organisation_id = :organisation and a.child_id = :child
				  and a.present = true and s.session_date between :from and :to
				order by s.session_date desc, s.starts_at desc""")
			.param("organisation", organisationId)
			.param("child", childId)
			.param("from", java.sql.Date.valueOf(from))
			.param("to", java.sql.Date.valueOf(to))
			.query(UUID.class)
			.list();
	}

	/** Whether the child has a place in (or was marked at) one of the sessions that is planned. */
	boolean onListOfPlanned(java.util.Collection<UUID> sessionIds, UUID childId) {
		if (sessionIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from activity_session s
				where s.id in (:sessions) and s.status = 'PLANNED'
				and (exists (select 1 from enrolment e where e.child_id = :child and e.status = 'ENROLLED'
				             and e.activity_id = s.activity_id and (e.session_id is null or e.session_id = s.id))
				     or exists (select 1 from attendance a where a.session_id = s.id and a.child_id = :child))""")
			.param("sessions", sessionIds)
			.param("child", childId)
			.query(Integer.class)
			.single() > 0;
	}
}
