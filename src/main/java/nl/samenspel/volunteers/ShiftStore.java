package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shifts: how many volunteers each activity's sessions want ({@code volunteer_shift_need}) and the volunteers'
 * own sign-ups and cancellations in {@code volunteer_assignment}. Sessions are read through the view activities
 * publishes ({@code activities_session_facts}), always within one organisation.
 */
@Repository
class ShiftStore {

	/** An activity whose sessions want volunteers, and how many per session. */
	record Need(UUID activityId, int wanted) {
	}

	/** A session's activity and day, from activities' published view. */
	record SessionFact(UUID sessionId, UUID activityId, LocalDate date) {
	}

	private static final String SHIFT = """
			select a.id, a.volunteer_id, a.session_id, f.activity_id, f.session_date, a.status
			from volunteer_assignment a join activities_session_facts f on f.session_id = a.session_id
			""";

	private final JdbcClient jdbc;

	ShiftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// needs

	List<Need> needs(UUID organisationId) {
		return jdbc.sql("select activity_id, wanted from volunteer_shift_need where organisation_id = :organisation and wanted > 0")
			.param("organisation", organisationId).query((rs, n) -> new Need(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
	}

	Map<UUID, Integer> wanted(UUID organisationId) {
		var wanted = new HashMap<UUID, Integer>();
		jdbc.sql("select activity_id, wanted from volunteer_shift_need where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(rs -> {
				wanted.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return wanted;
	}

	void setWanted(UUID organisationId, UUID activityId, int wanted) {
		var updated = jdbc.sql("update volunteer_shift_need set wanted = :wanted where activity_id = :activity and organisation_id = :organisation")
			.param("wanted", wanted).param("activity", activityId).param("organisation", organisationId).update();
		if (updated == 0) {
			jdbc.sql("insert into volunteer_shift_need (activity_id, organisation_id, wanted) values (:activity, :organisation, :wanted)")
				.param("wanted", wanted).param("activity", activityId).param("organisation", organisationId).update();
		}
	}

	/**
	 * How many volunteers the activity's sessions want, holding its row until the transaction ends: sign-ups for the
	 * activity's sessions are counted one after the other, so two for the last place cannot both get it.
	 */
	int lockWanted(UUID organisationId, UUID activityId) {
		return jdbc.sql("select wanted from volunteer_shift_need where organisation_id = :organisation and activity_id = :need for update")
			.param("need", activityId).param("organisation", organisationId).query(Integer.class).optional().orElse(0);
	}

	boolean autoConfirms(UUID organisationId, UUID activityId) {
		return jdbc.sql("select auto_confirm from volunteer_activity_rule where activity_id = :activity and organisation_id = :organisation")
			.param("activity", activityId).param("organisation", organisationId).query(Boolean.class).optional()
			.orElse(false);
	}

	// sessions

	Optional<SessionFact> session(UUID organisationId, UUID sessionId) {
		return jdbc.sql("select session_id, activity_id, session_date from activities_session_facts where session_id = :id and organisation_id = :organisation")
			.param("id", sessionId).param("organisation", organisationId)
			.query((rs, n) -> new SessionFact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getDate(3).toLocalDate()))
			.optional();
	}

	/** How many volunteers are on each of the sessions (signed up or confirmed). */
	Map<UUID, Integer> taken(Collection<UUID> sessionIds) {
		var taken = new HashMap<UUID, Integer>();
		if (sessionIds.isEmpty()) {
			return taken;
		}
		jdbc.sql("""
				select session_id, count(*) from volunteer_assignment
				where session_id in (:sessions) and status in ('REQUESTED', 'CONFIRMED') group by session_id""")
			.param("sessions", List.copyOf(sessionIds))
			.query(rs -> {
				taken.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return taken;
	}

	// a volunteer's shifts

	/** The volunteer's assignments to any of the sessions, whatever their status, by session. */
	Map<UUID, Shift> onSessions(UUID volunteerId, Collection<UUID> sessionIds) {
		var shifts = new HashMap<UUID, Shift>();
		if (sessionIds.isEmpty()) {
			return shifts;
		}
		jdbc.sql(SHIFT + " where a.volunteer_id = :volunteer and a.session_id in (:sessions)")
			.param("volunteer", volunteerId).param("sessions", List.copyOf(sessionIds))
			.query(ShiftStore::shift).list().forEach(shift -> shifts.put(shift.sessionId(), shift));
		return shifts;
	}

	Optional<Shift> find(UUID organisationId, UUID volunteerId, UUID assignmentId) {
		return jdbc.sql(SHIFT + " where a.id = :id and a.volunteer_id = :volunteer and a.organisation_id = :organisation")
			.param("id", assignmentId).param("volunteer", volunteerId).param("organisation", organisationId)
			.query(ShiftStore::shift).optional();
	}

	Optional<Shift> find(UUID organisationId, UUID assignmentId) {
		return jdbc.sql(SHIFT + " where a.id = :id and a.organisation_id = :organisation")
			.param("id", assignmentId).param("organisation", organisationId).query(ShiftStore::shift).optional();
	}

	/** The volunteer's shifts of some statuses between two days (both included), by day. */
	List<Shift> between(UUID organisationId, UUID volunteerId, LocalDate from, LocalDate to,
			Collection<AssignmentStatus> statuses) {
		return jdbc.sql(SHIFT + """
				where a.volunteer_id = :volunteer and a.organisation_id = :organisation and a.status in (:statuses)
				  and f.session_date between :from and :to
				order by f.session_date, a.id""")
			.param("volunteer", volunteerId).param("organisation", organisationId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
			.query(ShiftStore::shift).list();
	}

	void insert(UUID id, UUID organisationId, UUID volunteerId, UUID sessionId, AssignmentStatus status, UUID by,
			Instant at) {
		jdbc.sql("""
				insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, created_by,
				  created_at, confirmed_by, confirmed_at)
				values (:id, :organisation, :volunteer, :session, :status, :by, :at, :confirmedBy, :confirmedAt)""")
			.param("id", id).param("organisation", organisationId).param("volunteer", volunteerId)
			.param("session", sessionId).param("status", status.name()).param("by", by).param("at", Timestamp.from(at))
			.param("confirmedBy", status == AssignmentStatus.CONFIRMED ? by : null)
			.param("confirmedAt", status == AssignmentStatus.CONFIRMED ? Timestamp.from(at) : null)
			.update();
	}

	/** Signs a volunteer who had cancelled up again on the same row (one row per volunteer and session). */
	boolean reopen(UUID assignmentId, AssignmentStatus status, UUID by, Instant at) {
		return jdbc.sql("""
				update volunteer_assignment set status = :status, created_by = :by, created_at = :at,
				  confirmed_by = :confirmedBy, confirmed_at = :confirmedAt, cancelled_by = null, cancelled_at = null,
				  cancel_reason = null, absent = false
				where id = :id and status = 'CANCELLED'""")
			.param("id", assignmentId).param("status", status.name()).param("by", by).param("at", Timestamp.from(at))
			.param("confirmedBy", status == AssignmentStatus.CONFIRMED ? by : null)
			.param("confirmedAt", status == AssignmentStatus.CONFIRMED ? Timestamp.from(at) : null)
			.update() > 0;
	}

	/** Cancels a shift that was still on; false when it was not (cancelled in the meantime). */
	boolean cancel(UUID assignmentId, UUID by, Instant at, @Nullable String reason) {
		return jdbc.sql("""
				update volunteer_assignment set status = 'CANCELLED', cancelled_by = :by, cancelled_at = :at,
				  cancel_reason = :reason
				where id = :id and status in ('REQUESTED', 'CONFIRMED')""")
			.param("id", assignmentId).param("by", by).param("at", Timestamp.from(at)).param("reason", reason)
			.update() > 0;
	}

	@Nullable
	String cancelReason(UUID assignmentId) {
		var reasons = jdbc.sql("select cancel_reason from volunteer_assignment where id = :id").param("id", assignmentId)
			.query((rs, n) -> rs.getString(1)).list();
		return reasons.isEmpty() ? null : reasons.get(0);
	}

	private static Shift shift(ResultSet rs, int n) throws SQLException {
		return new Shift(rs.getObject("id", UUID.class), rs.getObject("volunteer_id", UUID.class),
				rs.getObject("session_id", UUID.class), rs.getObject("activity_id", UUID.class),
				rs.getDate("session_date").toLocalDate(), AssignmentStatus.valueOf(rs.getString("status")));
	}
}
