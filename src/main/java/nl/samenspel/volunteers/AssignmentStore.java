package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of assignments and of the per-activity rules. Session dates come from activities' published view
 * {@code activities_session_facts}, never from its tables.
 */
@Repository
class AssignmentStore {

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Assignment> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from volunteer_assignment where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(AssignmentStore::assignment).optional();
	}

	Optional<Assignment> of(UUID volunteerId, UUID sessionId) {
		return jdbc.sql("select * from volunteer_assignment where volunteer_id = :volunteer and session_id = :session")
			.param("volunteer", volunteerId).param("session", sessionId).query(AssignmentStore::assignment).optional();
	}

	void insert(UUID id, UUID organisationId, UUID volunteerId, UUID sessionId, AssignmentStatus status, @Nullable UUID by,
			Instant at) {
		jdbc.sql("""
				insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, absent, created_by,
				  created_at, confirmed_by, confirmed_at)
				values (:id, :organisation, :volunteer, :session, :status, false, :by, :at, :confirmedBy, :confirmedAt)""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("volunteer", volunteerId)
			.param("session", sessionId)
			.param("status", status.name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("confirmedBy", status == AssignmentStatus.CONFIRMED ? by : null)
			.param("confirmedAt", status == AssignmentStatus.CONFIRMED ? Timestamp.from(at) : null)
			.update();
	}

	/** Confirms a requested assignment, or one cancelled before, again; false when it changed meanwhile. */
	boolean confirm(UUID id, AssignmentStatus from, UUID by, Instant at) {
		return jdbc.sql("""
				update volunteer_assignment set status = 'CONFIRMED', absent = false, confirmed_by = :by, confirmed_at = :at,
				  cancelled_by = null, cancelled_at = null, cancel_reason = null
				where id = :id and status = :from""")
			.param("by", by).param("at", Timestamp.from(at)).param("id", id).param("from", from.name()).update() > 0;
	}

	boolean cancel(UUID id, UUID by, Instant at, String reason) {
		return jdbc.sql("""
				update volunteer_assignment set status = 'CANCELLED', cancelled_by = :by, cancelled_at = :at,
				  cancel_reason = :reason
				where id = :id and status <> 'CANCELLED'""")
			.param("by", by).param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update() > 0;
	}

	void markAbsent(UUID id, boolean absent) {
		jdbc.sql("update volunteer_assignment set absent = :absent where id = :id").param("absent", absent)
			.param("id", id).update();
	}

	/** The sessions between two days the volunteer is confirmed for. */
	Set<UUID> confirmedSessions(UUID volunteerId, LocalDate from, LocalDate to) {
		return new HashSet<>(jdbc.sql("""
				select a.session_id from volunteer_assignment a
				join activities_session_facts s on s.session_id = a.session_id
				where a.volunteer_id = :volunteer and a.status = 'CONFIRMED' and s.session_date between :from and :to""")
			.param("volunteer", volunteerId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(UUID.class)
			.list());
	}

	boolean confirmedFor(UUID volunteerId, UUID sessionId) {
		return jdbc.sql("""
				select count(*) from volunteer_assignment
				where volunteer_id = :volunteer and session_id = :session and status = 'CONFIRMED'""")
			.param("volunteer", volunteerId).param("session", sessionId).query(Integer.class).single() > 0;
	}

	/** An assignment with its volunteer's record, for the planning. */
	record Placed(Assignment assignment, Volunteer volunteer) {
	}

	/** The organisation's requested and confirmed assignments of sessions between two days, with their volunteers. */
	List<Placed> placedBetween(UUID organisationId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.id as a_id, a.organisation_id as a_organisation_id, a.volunteer_id as a_volunteer_id,
				  a.session_id as a_session_id, a.status as a_status, a.absent as a_absent, a.cancel_reason as a_cancel_reason,
				  v.*
				from volunteer_assignment a
				join activities_session_facts s on s.session_id = a.session_id
				join volunteer v on v.id = a.volunteer_id
				where a.organisation_id = :organisation and a.status <> 'CANCELLED' and s.organisation_id = :organisation
				  and s.session_date between :from and :to
				order by v.last_name, v.first_name, v.id""")
			.param("organisation", organisationId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(AssignmentStore::placed)
			.list();
	}

	/** The requested and confirmed assignments of some sessions, with their volunteers. */
	List<Placed> placedAt(UUID organisationId, Collection<UUID> sessionIds) {
		var placed = new ArrayList<Placed>();
		var ids = List.copyOf(sessionIds);
		for (int start = 0; start < ids.size(); start += 500) {
			placed.addAll(jdbc.sql("""
					select a.id as a_id, a.organisation_id as a_organisation_id, a.volunteer_id as a_volunteer_id,
					  a.session_id as a_session_id, a.status as a_status, a.absent as a_absent,
					  a.cancel_reason as a_cancel_reason, v.*
					from volunteer_assignment a join volunteer v on v.id = a.volunteer_id
					where a.organisation_id = :organisation and a.status <> 'CANCELLED' and a.session_id in (:sessions)
					order by v.last_name, v.first_name, v.id""")
				.param("organisation", organisationId)
				.param("sessions", ids.subList(start, Math.min(ids.size(), start + 500)))
				.query(AssignmentStore::placed)
				.list());
		}
		return placed;
	}

	// the rules per activity

	ActivityRule rule(UUID organisationId, UUID activityId) {
		return jdbc.sql("""
				select activity_id, four_eyes, auto_confirm from volunteer_activity_rule
				where activity_id = :activity and organisation_id = :organisation""")
			.param("activity", activityId).param("organisation", organisationId)
			.query((rs, n) -> new ActivityRule(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getBoolean(3)))
			.optional().orElse(ActivityRule.none(activityId));
	}

	Map<UUID, ActivityRule> rules(UUID organisationId) {
		var rules = new HashMap<UUID, ActivityRule>();
		jdbc.sql("select activity_id, four_eyes, auto_confirm from volunteer_activity_rule where organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(rs -> {
				var rule = new ActivityRule(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getBoolean(3));
				rules.put(rule.activityId(), rule);
			});
		return rules;
	}

	void saveRule(UUID organisationId, ActivityRule rule) {
		var updated = jdbc.sql("""
				update volunteer_activity_rule set four_eyes = :fourEyes, auto_confirm = :autoConfirm
				where activity_id = :activity and organisation_id = :organisation""")
			.param("fourEyes", rule.fourEyes()).param("autoConfirm", rule.autoConfirm())
			.param("activity", rule.activityId()).param("organisation", organisationId).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into volunteer_activity_rule (activity_id, organisation_id, four_eyes, auto_confirm)
					values (:activity, :organisation, :fourEyes, :autoConfirm)""")
				.param("activity", rule.activityId()).param("organisation", organisationId)
				.param("fourEyes", rule.fourEyes()).param("autoConfirm", rule.autoConfirm()).update();
		}
	}

	// the volunteers to choose from

	/**
	 * The organisation's volunteers who are not inactive whose name contains the text (all when blank: then the name
	 * index gives the order and the limit), by name, at most {@code limit}.
	 */
	List<Volunteer> choices(UUID organisationId, String text, int limit) {
		var search = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[%_\\\\]", "").strip();
		var condition = search.isEmpty() ? "" : " and lower(first_name || ' ' || last_name) like :like";
		var query = jdbc.sql("select * from volunteer where organisation_id = :organisation and status <> 'INACTIVE'"
				+ condition + " order by last_name, first_name, id fetch first :limit rows only")
			.param("organisation", organisationId)
			.param("limit", limit);
		if (!search.isEmpty()) {
			query = query.param("like", "%" + search + "%");
		}
		return query.query(VolunteerStore::volunteer).list();
	}

	private static Assignment assignment(ResultSet rs, int n) throws SQLException {
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("volunteer_id", UUID.class), rs.getObject("session_id", UUID.class),
				AssignmentStatus.valueOf(rs.getString("status")), rs.getBoolean("absent"), rs.getString("cancel_reason"));
	}

	private static Placed placed(ResultSet rs, int n) throws SQLException {
		var assignment = new Assignment(rs.getObject("a_id", UUID.class), rs.getObject("a_organisation_id", UUID.class),
				rs.getObject("a_volunteer_id", UUID.class), rs.getObject("a_session_id", UUID.class),
				AssignmentStatus.valueOf(rs.getString("a_status")), rs.getBoolean("a_absent"),
				rs.getString("a_cancel_reason"));
		return new Placed(assignment, VolunteerStore.volunteer(rs, n));
	}

	static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
