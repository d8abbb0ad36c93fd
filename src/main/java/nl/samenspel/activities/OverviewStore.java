package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the home's overviews ({@link HomeOverview}): each one query, bounded, over the activities module's own
 * tables.
 */
@Repository
class OverviewStore {

	private final JdbcClient jdbc;

	OverviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Children with a place, present so far and waiting, per session: counted as the attendance page counts them. */
	Map<UUID, HomeOverview.Counts> counts(Collection<UUID> sessionIds) {
		var counts = new HashMap<UUID, HomeOverview.Counts>();
		if (sessionIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select s.id,
				  (select count(*) from enrolment e where e.activity_id = s.activity_id and e.status = 'ENROLLED'
				     and (e.session_id is null or e.session_id = s.id)) as enrolled,
				  (select count(*) from attendance a where a.session_id = s.id and a.present = true) as present,
				  (select count(*) from enrolment e where e.activity_id = s.activity_id and e.status = 'WAITING'
				     and (e.session_id is null or e.session_id = s.id)) as waiting
				from activity_session s where s.id in (:ids)""")
			.param("ids", List.copyOf(sessionIds))
			.query(rs -> {
				counts.put(rs.getObject("id", UUID.class), new HomeOverview.Counts(rs.getInt("enrolled"),
						rs.getInt("present"), rs.getInt("waiting")));
			});
		return counts;
	}

	/** A change on a waiting list: a child who joined one, or who moved up from one to a place. */
	record Move(UUID childId, UUID activityId, String title, boolean movedUp, Instant at) {
	}

	/** The organisation's waiting-list changes since a moment, newest first. */
	List<Move> moves(UUID organisationId, Instant since, int limit) {
		return jdbc.sql("""
				select e.child_id, e.activity_id, a.title, e.status, e.created_at, e.changed_at
				from enrolment e join activity a on a.id = e.activity_id
				where e.organisation_id = :organisation
				  and ((e.status = 'WAITING' and e.created_at >= :since)
				    or (e.status = 'ENROLLED' and e.changed_at >= :since and e.changed_at > e.created_at))
				order by e.changed_at desc, e.id
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, n) -> {
				var waiting = "WAITING".equals(rs.getString("status"));
				return new Move(rs.getObject("child_id", UUID.class), rs.getObject("activity_id", UUID.class),
						rs.getString("title"), !waiting,
						(waiting ? rs.getTimestamp("created_at") : rs.getTimestamp("changed_at")).toInstant());
			})
			.list();
	}

	/** A session to come that a child has a place in. */
	record Next(UUID childId, UUID activityId, String title, LocalDate date, LocalTime startsAt, LocalTime endsAt,
			UUID locationId) {
	}

	/** The planned sessions to come that the children have a place in, soonest first. */
	List<Next> next(UUID organisationId, Collection<UUID> childIds, LocalDate today, LocalTime now, int limit) {
		if (childIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.child_id, s.activity_id, a.title, s.session_date, s.starts_at, s.ends_at, s.location_id
				from enrolment e
				join activity a on a.id = e.activity_id
				join activity_session s on s.activity_id = e.activity_id and (e.session_id is null or e.session_id = s.id)
				where e.organisation_id = :organisation and s.organisation_id = :organisation and e.status = 'ENROLLED'
				  and e.child_id in (:children) and s.status = 'PLANNED'
				  and (s.session_date > :today or (s.session_date = :today and s.ends_at > :now))
				order by s.session_date, s.starts_at, a.title
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("children", List.copyOf(childIds))
			.param("today", Date.valueOf(today))
			.param("now", Time.valueOf(now))
			.param("limit", limit)
			.query((rs, n) -> new Next(rs.getObject("child_id", UUID.class), rs.getObject("activity_id", UUID.class),
					rs.getString("title"), rs.getDate("session_date").toLocalDate(), rs.getTime("starts_at").toLocalTime(),
					rs.getTime("ends_at").toLocalTime(), rs.getObject("location_id", UUID.class)))
			.list();
	}
}
