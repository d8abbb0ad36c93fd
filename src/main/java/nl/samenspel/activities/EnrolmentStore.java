package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of enrolments: the places of an activity or session, the lists, and the children with a place. */
@Repository
class EnrolmentStore {

	private final JdbcClient jdbc;

	EnrolmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The places of an activity (no session) or of one of its sessions: enrolled and waiting in the order they were
	 * asked for; for a session also the children with a place for the whole series.
	 */
	Places places(Activity activity, @Nullable UUID sessionId) {
		var enrolled = new ArrayList<Places.Place>();
		var waiting = new ArrayList<Places.Place>();
		var elsewhere = new ArrayList<UUID>();
		jdbc.sql("""
				select id, child_id, session_id, status from enrolment where activity_id = :activity
				and status in ('ENROLLED', 'WAITING') and \s"""
				+ (sessionId == null ? "session_id is null" : "(session_id is null or session_id = :session)")
				+ " order by created_at, id")
			.param("activity", activity.id())
			.param("session", sessionId == null ? UUID.randomUUID() : sessionId)
			.query(rs -> {
				var place = new Places.Place(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class));
				if (!java.util.Objects.equals(rs.getObject("session_id", UUID.class), sessionId)) {
					elsewhere.add(place.childId());
				}
				else if (EnrolmentStatus.valueOf(rs.getString("status")) == EnrolmentStatus.ENROLLED) {
					enrolled.add(place);
				}
				else {
					waiting.add(place);
				}
			});
		return new Places(activity.capacity(), activity.minAge(), activity.maxAge(), enrolled, waiting, elsewhere);
	}

	/** How many places are taken and how many children wait, for one activity's whole series or one session. */
	record Taken(UUID activityId, @Nullable UUID sessionId, int enrolled, int waiting) {
	}

	/**
	 * The places taken and the children waiting of several activities at once, per series (no session) and per
	 * session: one query for a whole list of activities.
	 */
	List<Taken> taken(UUID organisationId, List<UUID> activityIds) {
		if (activityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select activity_id, session_id,
				  sum(case when status = 'ENROLLED' then 1 else 0 end) as enrolled,
				  sum(case when status = 'WAITING' then 1 else 0 end) as waiting
				from enrolment where organisation_id = :organisation and activity_id in (:activities)
				and status in ('ENROLLED', 'WAITING') group by activity_id, session_id""")
			.param("organisation", organisationId)
			.param("activities", activityIds)
			.query((rs, n) -> new Taken(rs.getObject("activity_id", UUID.class), rs.getObject("session_id", UUID.class),
					rs.getInt("enrolled"), rs.getInt("waiting")))
			.list();
	}

	void insert(UUID id, UUID organisationId, UUID activityId, @Nullable UUID sessionId, UUID childId,
			EnrolmentStatus status, @Nullable String overrideReason, UUID by, Instant now) {
		jdbc.sql("""
				insert into enrolment (id, organisation_id, activity_id, session_id, child_id, status, override_reason,
				  enrolled_by, created_at, changed_at)
				values (:id, :organisation, :activity, :session, :child, :status, :reason, :by, :now, :now)""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("activity", activityId)
			.param("session", sessionId)
			.param("child", childId)
			.param("status", status.name())
			.param("reason", ActivityStore.blankToNull(overrideReason))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	void changeStatus(UUID id, EnrolmentStatus status, Instant now) {
		jdbc.sql("update enrolment set status = :status, changed_at = :now where id = :id")
			.param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
	}

	/** The sessions of an activity with children waiting for a place. */
	List<UUID> sessionsWithWaiting(UUID activityId) {
		return jdbc.sql("select distinct session_id from enrolment where activity_id = :activity and status = 'WAITING'")
			.param("activity", activityId)
			.query(UUID.class)
			.list();
	}

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

	/** The children of the organisation with an enrolment, of any status. */
	List<UUID> childrenOf(UUID organisationId) {
		return jdbc.sql("select distinct child_id from enrolment where organisation_id = :organisation order by child_id")
			.param("organisation", organisationId).query(UUID.class).list();
	}

	/** The children with a place in an activity, in any of its sessions or the whole series. */
	List<UUID> enrolledInActivity(UUID activityId) {
		return jdbc.sql("select child_id from enrolment where activity_id = :activity and status = 'ENROLLED' order by child_id")
			.param("activity", activityId).query(UUID.class).list();
	}

	// lists: rows without the child's name or waiting position, which the service adds

	Optional<Enrolment> find(UUID organisationId, UUID id) {
		return list(organisationId, "e.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The places and the waiting list of an activity, cancelled ones left out. */
	List<Enrolment> ofActivity(UUID organisationId, UUID activityId) {
		return list(organisationId, "e.activity_id = :activity and e.status <> 'CANCELLED'", Map.of("activity", activityId));
	}

	/** Children's places and waiting-list spots in activities or sessions from a day on, cancelled ones left out. */
	List<Enrolment> ofChildren(UUID organisationId, List<UUID> children, LocalDate from) {
		return list(organisationId,
				"e.child_id in (:children) and e.status <> 'CANCELLED' and (s.id is null or s.session_date >= :today)",
				Map.of("children", children, "today", Date.valueOf(from)));
	}

	private List<Enrolment> list(UUID organisationId, String condition, Map<String, ?> params) {
		return jdbc.sql("""
				select e.id, e.activity_id, a.title, e.session_id, s.session_date, e.child_id, e.status, e.override_reason,
				  e.created_at
				from enrolment e join activity a on a.id = e.activity_id left join activity_session s on s.id = e.session_id
				where e.organisation_id = :organisation""" + " and " + condition + " order by a.title, s.session_date, e.status, e.created_at, e.id")
			.params(params)
			.param("organisation", organisationId)
			.query((rs, n) -> {
				var date = rs.getDate("session_date");
				return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
						rs.getString("title"), rs.getObject("session_id", UUID.class), date == null ? null : date.toLocalDate(),
						rs.getObject("child_id", UUID.class), "", EnrolmentStatus.valueOf(rs.getString("status")),
						rs.getString("override_reason"), rs.getTimestamp("created_at").toInstant(), 0);
			})
			.list();
	}

	/** Where a waiting child stands in line: 1 for the first. */
	int waitingPosition(Enrolment row) {
		return 1 + jdbc.sql("select count(*) from enrolment where activity_id = :activity and status = 'WAITING' and "
				+ (row.sessionId() == null ? "session_id is null" : "session_id = :session")
				+ " and (created_at < :created or (created_at = :created and id < :id))")
			.param("activity", row.activityId())
			.param("session", row.sessionId() == null ? UUID.randomUUID() : row.sessionId())
			.param("created", Timestamp.from(row.createdAt()))
			.param("id", row.id())
			.query(Integer.class)
			.single();
	}
}
