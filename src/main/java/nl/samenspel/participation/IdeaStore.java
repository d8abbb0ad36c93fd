package nl.samenspel.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds, ideas with their status history, ballots and votes, always within one organisation. */
@Repository
class IdeaStore {

	private final JdbcClient jdbc;

	IdeaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// rounds

	void insertRound(UUID id, UUID organisationId, RoundDetails details, int dots, UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_round (id, organisation_id, title, activity_id, method, dots, status, opens_on,
				  closes_on, created_by, created_at)
				values (:id, :organisation, :title, :activity, :method, :dots, 'OPEN', :opens, :closes, :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("title", details.title().strip())
			.param("activity", details.activityId()).param("method", details.method().name()).param("dots", dots)
			.param("opens", date(details.opensOn())).param("closes", date(details.closesOn()))
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	Optional<Round> round(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_round where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(IdeaStore::round).optional();
	}

	/** The round, locked against a ballot or an idea arriving while it closes. */
	Optional<Round> lockedRound(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_round where id = :id and organisation_id = :organisation for update")
			.param("id", id).param("organisation", organisationId).query(IdeaStore::round).optional();
	}

	List<Round> rounds(UUID organisationId) {
		return jdbc.sql("""
				select * from participation_round where organisation_id = :organisation
				order by case when status = 'OPEN' then 0 else 1 end, created_at desc""")
			.param("organisation", organisationId).query(IdeaStore::round).list();
	}

	void closeRound(UUID id) {
		jdbc.sql("update participation_round set status = 'CLOSED' where id = :id").param("id", id).update();
	}

	private static Round round(ResultSet rs, int n) throws SQLException {
		var opens = rs.getDate("opens_on");
		var closes = rs.getDate("closes_on");
		return new Round(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("activity_id", UUID.class),
				VotingMethod.valueOf(rs.getString("method")), rs.getInt("dots"), RoundStatus.valueOf(rs.getString("status")),
				opens == null ? null : opens.toLocalDate(), closes == null ? null : closes.toLocalDate());
	}

	private static java.sql.@Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : java.sql.Date.valueOf(day);
	}

	// ideas

	void insertIdea(UUID id, UUID organisationId, UUID roundId, String text, @Nullable UUID childId, boolean approved,
			boolean flagged, @Nullable UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_idea (id, organisation_id, round_id, text, child_id, proposed_by, approved, flagged,
				  status, created_at)
				values (:id, :organisation, :round, :text, :child, :by, :approved, :flagged, 'NEW', :at)""")
			.param("id", id).param("organisation", organisationId).param("round", roundId).param("text", text)
			.param("child", childId).param("by", by).param("approved", approved).param("flagged", flagged)
			.param("at", Timestamp.from(at)).update();
		addChange(id, IdeaStatus.NEW, null, null, by, at);
	}

	Optional<Idea> idea(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_idea where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query((rs, n) -> idea(rs, history(id))).optional();
	}

	/** The round's ideas, oldest first, without their history. */
	List<Idea> ideas(UUID roundId) {
		return jdbc.sql("select * from participation_idea where round_id = :round order by created_at, id")
			.param("round", roundId).query((rs, n) -> idea(rs, List.of())).list();
	}

	/** The child's own ideas in the organisation's rounds, newest first, with the round's title. */
	List<ChildIdea> ideasOf(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select i.*, r.title as round_title from participation_idea i join participation_round r on r.id = i.round_id
				where i.organisation_id = :organisation and i.child_id = :child order by i.created_at desc, i.id limit 200""")
			.param("organisation", organisationId).param("child", childId)
			.query((rs, n) -> new ChildIdea(idea(rs, List.of()), rs.getString("round_title"))).list();
	}

	/**
	 * Lets go of an erased child on their ideas: the ideas stay (still counted as ideas by a child, in the municipality
	 * of the child's home neighbourhood), without the child's id. How many ideas changed; none the second time.
	 */
	int forgetChild(UUID organisationId, UUID childId, @Nullable UUID neighbourhoodId) {
		return jdbc.sql("""
				update participation_idea set child_id = null, erased_child = true, erased_neighbourhood_id = :neighbourhood
				where organisation_id = :organisation and child_id = :child""")
			.param("organisation", organisationId).param("child", childId).param("neighbourhood", neighbourhoodId)
			.update();
	}

	record ChildIdea(Idea idea, String roundTitle) {
	}

	void approve(UUID id) {
		jdbc.sql("update participation_idea set approved = true where id = :id").param("id", id).update();
	}

	void changeStatus(UUID id, StatusChange change, @Nullable String reason, UUID by, Instant at) {
		jdbc.sql("update participation_idea set status = :status, reason = :reason, activity_id = :activity where id = :id")
			.param("id", id).param("status", change.status().name()).param("reason", reason)
			.param("activity", change.activityId()).update();
		addChange(id, change.status(), reason, change.activityId(), by, at);
	}

	private void addChange(UUID id, IdeaStatus status, @Nullable String reason, @Nullable UUID activityId, @Nullable UUID by,
			Instant at) {
		jdbc.sql("""
				insert into participation_idea_status_change (idea_id, status, reason, activity_id, changed_by, changed_at)
				values (:idea, :status, :reason, :activity, :by, :at)""")
			.param("idea", id).param("status", status.name()).param("reason", reason).param("activity", activityId)
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	private List<Idea.Change> history(UUID id) {
		return jdbc.sql("""
				select * from participation_idea_status_change where idea_id = :idea order by changed_at, status""")
			.param("idea", id)
			.query((rs, n) -> new Idea.Change(IdeaStatus.valueOf(rs.getString("status")), rs.getString("reason"),
					rs.getObject("activity_id", UUID.class), rs.getObject("changed_by", UUID.class),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private static Idea idea(ResultSet rs, List<Idea.Change> history) throws SQLException {
		return new Idea(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class), rs.getString("text"),
				rs.getObject("child_id", UUID.class), rs.getBoolean("approved"), rs.getBoolean("flagged"),
				IdeaStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getObject("activity_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), history);
	}

	// ballots

	boolean hasVoted(UUID roundId, UUID childId) {
		return jdbc.sql("select count(*) from participation_ballot where round_id = :round and child_id = :child")
			.param("round", roundId).param("child", childId).query(Integer.class).single() > 0;
	}

	/** Throws a DataIntegrityViolationException when the child's ballot for the round is already there. */
	void insertBallot(UUID id, UUID organisationId, UUID roundId, UUID childId, Map<UUID, Integer> votes, @Nullable UUID by,
			Instant at) {
		jdbc.sql("""
				insert into participation_ballot (id, organisation_id, round_id, child_id, recorded_by, cast_at)
				values (:id, :organisation, :round, :child, :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("round", roundId).param("child", childId)
			.param("by", by).param("at", Timestamp.from(at)).update();
		votes.forEach((idea, dots) -> jdbc.sql("insert into participation_vote (ballot_id, idea_id, dots) values (:b, :i, :d)")
			.param("b", id).param("i", idea).param("d", dots).update());
	}

	int ballots(UUID roundId) {
		return jdbc.sql("select count(*) from participation_ballot where round_id = :round").param("round", roundId)
			.query(Integer.class).single();
	}

	/** Per idea of the round: how many ballots named it and how many dots (or yes votes) it got. */
	Map<UUID, int[]> tallies(UUID roundId) {
		var tallies = new java.util.HashMap<UUID, int[]>();
		jdbc.sql("""
				select v.idea_id, count(*) as voters, sum(v.dots) as points from participation_vote v
				join participation_ballot b on b.id = v.ballot_id where b.round_id = :round group by v.idea_id""")
			.param("round", roundId)
			.query(rs -> {
				tallies.put(rs.getObject("idea_id", UUID.class), new int[] { rs.getInt("voters"), rs.getInt("points") });
			});
		return tallies;
	}
}
