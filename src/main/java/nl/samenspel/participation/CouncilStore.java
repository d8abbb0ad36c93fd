package nl.samenspel.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Councils with their members, meetings (and who was present) and decisions, always within one organisation. */
@Repository
class CouncilStore {

	private final JdbcClient jdbc;

	CouncilStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// councils

	void insertCouncil(UUID id, UUID organisationId, String name, @Nullable UUID activityId, UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_council (id, organisation_id, name, activity_id, created_by, created_at)
				values (:id, :organisation, :name, :activity, :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("name", name).param("activity", activityId)
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	Optional<Council> council(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_council where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(CouncilStore::council).optional();
	}

	/** The council, locked so that two forms adding the same child at once cannot both pass the check. */
	Optional<Council> lockedCouncil(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_council where id = :id and organisation_id = :organisation for update")
			.param("id", id).param("organisation", organisationId).query(CouncilStore::council).optional();
	}

	List<Council> councils(UUID organisationId) {
		return jdbc.sql("select * from participation_council where organisation_id = :organisation order by created_at, id")
			.param("organisation", organisationId).query(CouncilStore::council).list();
	}

	private static Council council(ResultSet rs, int n) throws SQLException {
		return new Council(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("activity_id", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

	// members

	void insertMember(UUID id, UUID councilId, UUID childId, CouncilRole role, LocalDate from, @Nullable LocalDate until,
			UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_council_member (id, council_id, child_id, role, member_from, member_until,
				  added_by, added_at)
				values (:id, :council, :child, :role, :from, :until, :by, :at)""")
			.param("id", id).param("council", councilId).param("child", childId).param("role", role.name())
			.param("from", java.sql.Date.valueOf(from)).param("until", until == null ? null : java.sql.Date.valueOf(until))
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	/** Whether the child has a membership of the council that has not ended before {@code day}. */
	boolean memberOn(UUID councilId, UUID childId, LocalDate day) {
		return jdbc.sql("""
				select count(*) from participation_council_member where council_id = :council and child_id = :child
				and (member_until is null or member_until > :day)""")
			.param("council", councilId).param("child", childId).param("day", java.sql.Date.valueOf(day))
			.query(Integer.class).single() > 0;
	}

	List<CouncilMember> members(UUID councilId) {
		return jdbc.sql("""
				select * from participation_council_member where council_id = :council
				order by case role when 'CHAIR' then 0 when 'SECRETARY' then 1 else 2 end, member_from, id""")
			.param("council", councilId).query(CouncilStore::member).list();
	}

	Optional<CouncilMember> member(UUID councilId, UUID id) {
		return jdbc.sql("select * from participation_council_member where id = :id and council_id = :council")
			.param("id", id).param("council", councilId).query(CouncilStore::member).optional();
	}

	void endMember(UUID id, LocalDate until) {
		jdbc.sql("update participation_council_member set member_until = :until where id = :id")
			.param("id", id).param("until", java.sql.Date.valueOf(until)).update();
	}

	/** A council membership of one child, with the council's name: for the child's access request. */
	record Membership(String council, CouncilRole role, LocalDate from, @Nullable LocalDate until) {
	}

	/** The child's council memberships in the organisation, oldest first. */
	List<Membership> membershipsOf(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select c.name, m.role, m.member_from, m.member_until from participation_council_member m
				join participation_council c on c.id = m.council_id
				where c.organisation_id = :organisation and m.child_id = :child order by m.member_from, m.id limit 200""")
			.param("organisation", organisationId).param("child", childId)
			.query((rs, n) -> {
				var until = rs.getDate(4);
				return new Membership(rs.getString(1), CouncilRole.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
						until == null ? null : until.toLocalDate());
			})
			.list();
	}

	/**
	 * Deletes the child's council memberships in the organisation with their presence at meetings (an erased child):
	 * how many memberships there were.
	 */
	int forgetMember(UUID organisationId, UUID childId) {
		var ids = jdbc.sql("""
				select m.id from participation_council_member m join participation_council c on c.id = m.council_id
				where c.organisation_id = :organisation and m.child_id = :child""")
			.param("organisation", organisationId).param("child", childId).query(UUID.class).list();
		if (!ids.isEmpty()) {
			jdbc.sql("delete from participation_council_presence where member_id in (:ids)").param("ids", ids).update();
			jdbc.sql("delete from participation_council_member where id in (:ids)").param("ids", ids).update();
		}
		return ids.size();
	}

	private static CouncilMember member(ResultSet rs, int n) throws SQLException {
		var until = rs.getDate("member_until");
		return new CouncilMember(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				CouncilRole.valueOf(rs.getString("role")), rs.getDate("member_from").toLocalDate(),
				until == null ? null : until.toLocalDate());
	}

	// meetings

	void insertMeeting(UUID id, UUID councilId, LocalDate date, @Nullable String place, String agenda,
			@Nullable String notes, List<UUID> present, UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_council_meeting (id, council_id, meeting_date, place, agenda, notes, recorded_by,
				  recorded_at)
				values (:id, :council, :date, :place, :agenda, :notes, :by, :at)""")
			.param("id", id).param("council", councilId).param("date", java.sql.Date.valueOf(date)).param("place", place)
			.param("agenda", agenda).param("notes", notes).param("by", by).param("at", Timestamp.from(at)).update();
		present.forEach(member -> jdbc.sql("""
				insert into participation_council_presence (meeting_id, member_id) values (:meeting, :member)""")
			.param("meeting", id).param("member", member).update());
	}

	/** The council's meetings, latest first, each with the members who were present. */
	List<CouncilMeeting> meetings(UUID councilId) {
		var present = new HashMap<UUID, List<UUID>>();
		jdbc.sql("""
				select p.meeting_id, p.member_id from participation_council_presence p
				join participation_council_meeting m on m.id = p.meeting_id where m.council_id = :council""")
			.param("council", councilId)
			.query(rs -> {
				present.computeIfAbsent(rs.getObject("meeting_id", UUID.class), key -> new ArrayList<>())
					.add(rs.getObject("member_id", UUID.class));
			});
		return jdbc.sql("""
				select * from participation_council_meeting where council_id = :council
				order by meeting_date desc, recorded_at desc""")
			.param("council", councilId)
			.query((rs, n) -> {
				var id = rs.getObject("id", UUID.class);
				return new CouncilMeeting(id, rs.getDate("meeting_date").toLocalDate(), rs.getString("place"),
						rs.getString("agenda"), rs.getString("notes"), List.copyOf(present.getOrDefault(id, List.of())));
			})
			.list();
	}

	boolean hasMeeting(UUID councilId, UUID meetingId) {
		return jdbc.sql("select count(*) from participation_council_meeting where id = :id and council_id = :council")
			.param("id", meetingId).param("council", councilId).query(Integer.class).single() > 0;
	}

	// decisions

	void insertDecision(UUID id, UUID councilId, UUID meetingId, String text, @Nullable UUID ideaId,
			@Nullable String assignee, UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_council_decision (id, council_id, meeting_id, text, idea_id, assignee, status,
				  reason, recorded_by, recorded_at, changed_by, changed_at)
				values (:id, :council, :meeting, :text, :idea, :assignee, 'DECIDED', null, :by, :at, :by, :at)""")
			.param("id", id).param("council", councilId).param("meeting", meetingId).param("text", text)
			.param("idea", ideaId).param("assignee", assignee).param("by", by).param("at", Timestamp.from(at)).update();
	}

	List<CouncilDecision> decisions(UUID councilId) {
		return jdbc.sql("""
				select * from participation_council_decision where council_id = :council order by recorded_at desc, id""")
			.param("council", councilId).query(CouncilStore::decision).list();
	}

	Optional<CouncilDecision> decision(UUID councilId, UUID id) {
		return jdbc.sql("select * from participation_council_decision where id = :id and council_id = :council")
			.param("id", id).param("council", councilId).query(CouncilStore::decision).optional();
	}

	void changeDecision(UUID id, DecisionStatus status, @Nullable String reason, UUID by, Instant at) {
		jdbc.sql("""
				update participation_council_decision set status = :status, reason = :reason, changed_by = :by,
				  changed_at = :at where id = :id""")
			.param("id", id).param("status", status.name()).param("reason", reason).param("by", by)
			.param("at", Timestamp.from(at)).update();
	}

	/** The decisions of the organisation's councils about one idea, latest meeting first. */
	List<Councils.AboutIdea> decisionsAbout(UUID organisationId, UUID ideaId) {
		return jdbc.sql("""
				select d.*, c.name as council_name, m.meeting_date from participation_council_decision d
				join participation_council c on c.id = d.council_id
				join participation_council_meeting m on m.id = d.meeting_id
				where d.idea_id = :idea and c.organisation_id = :organisation
				order by m.meeting_date desc, d.recorded_at desc""")
			.param("idea", ideaId).param("organisation", organisationId)
			.query((rs, n) -> new Councils.AboutIdea(rs.getObject("council_id", UUID.class), rs.getString("council_name"),
					rs.getDate("meeting_date").toLocalDate(), decision(rs, n)))
			.list();
	}

	private static CouncilDecision decision(ResultSet rs, int n) throws SQLException {
		return new CouncilDecision(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
				rs.getString("text"), rs.getObject("idea_id", UUID.class), rs.getString("assignee"),
				DecisionStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getTimestamp("changed_at").toInstant());
	}
}
