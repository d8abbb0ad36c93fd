package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of one child's part in the programme: their places and their attendance, one query each. */
@Repository
class ChildHistoryStore {

	private final JdbcClient jdbc;

	ChildHistoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The child's places and waiting-list spots in activities, or in sessions from {@code from} on, by activity; a
	 * waiting spot with its place in line (1 for the first), counted as {@code EnrolmentStore.waitingPosition} does.
	 */
	List<ChildHistory.Place> places(UUID organisationId, UUID childId, LocalDate from, int limit) {
		return jdbc.sql("""
				select e.activity_id, a.title, e.session_id, s.session_date, e.status, e.changed_at,
				  case when e.status = 'WAITING' then 1 + (select count(*) from enrolment w
				    where w.activity_id = e.activity_id and w.status = 'WAITING'
				      and (w.session_id = e.session_id or (w.session_id is null and e.session_id is null))
				      and (w.created_at < e.created_at or (w.created_at = e.created_at and w.id < e.id)))
				  else 0 end as position
				from enrolment e join activity a on a.id = e.activity_id
				left join activity_session s on s.id = e.session_id
				where e.organisation_id = :organisation and e.child_id = :child and e.status in ('ENROLLED', 'WAITING')
				  and (s.id is null or s.session_date >= :from)
				order by a.title, s.session_date, e.id
				limit :limit""")
			.param("organisation", organisationId)
			.param("child", childId)
			.param("from", Date.valueOf(from))
			.param("limit", limit)
			.query((rs, n) -> {
				var day = rs.getDate("session_date");
				return new ChildHistory.Place(rs.getObject("activity_id", UUID.class), rs.getString("title"),
						rs.getObject("session_id", UUID.class), day == null ? null : day.toLocalDate(),
						EnrolmentStatus.valueOf(rs.getString("status")), rs.getInt("position"),
						rs.getTimestamp("changed_at").toInstant());
			})
			.list();
	}

	/**
	 * The child's marks at sessions up to {@code to}, newest first, each with how many sessions the child was present
	 * at from {@code presentSince} to {@code to} (the same number on every row).
	 */
	List<Marked> visits(UUID organisationId, UUID childId, LocalDate presentSince, LocalDate to, int limit) {
		return jdbc.sql("""
				select s.id, s.activity_id, act.title, s.session_date, s.starts_at, a.present, a.checked_out_at,
				  (select count(*) from attendance p join activity_session ps on ps.id = p.session_id
				   where p.organisation_id = :organisation and p.child_id = :child and p.present = true
				     and ps.session_date between :since and :to) as recent
				from attendance a join activity_session s on s.id = a.session_id join activity act on act.id = s.activity_id
				where a.organisation_id = :organisation and a.child_id = :child and s.session_date <= :to
				order by s.session_date desc, s.starts_at desc, s.id
				limit :limit""")
			.param("organisation", organisationId)
			.param("child", childId)
			.param("since", Date.valueOf(presentSince))
			.param("to", Date.valueOf(to))
			.param("limit", limit)
			.query((rs, n) -> {
				Time out = rs.getTime("checked_out_at");
				return new Marked(new ChildHistory.Visit(rs.getObject("id", UUID.class),
						rs.getObject("activity_id", UUID.class), rs.getString("title"),
						rs.getDate("session_date").toLocalDate(), rs.getTime("starts_at").toLocalTime(),
						rs.getBoolean("present"), out == null ? null : out.toLocalTime()), rs.getInt("recent"));
			})
			.list();
	}

	/** A visit, and the count of recent ones its query carried along. */
	record Marked(ChildHistory.Visit visit, int recent) {
	}
}
