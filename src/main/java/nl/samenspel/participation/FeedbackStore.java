package nl.samenspel.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback after sessions, always within one organisation. */
@Repository
class FeedbackStore {

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, UUID sessionId, UUID activityId, int score, @Nullable String fun,
			@Nullable String better, @Nullable UUID childId, @Nullable UUID giverId, @Nullable UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_feedback (id, organisation_id, session_id, activity_id, score, fun, better, child_id,
				  giver_child_id, recorded_by, recorded_at)
				values (:id, :organisation, :session, :activity, :score, :fun, :better, :child, :giver, :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("session", sessionId)
			.param("activity", activityId).param("score", score).param("fun", fun).param("better", better)
			.param("child", childId).param("giver", giverId).param("by", by).param("at", Timestamp.from(at)).update();
	}

	/** The session's entries, newest first, without who gave them. */
	List<Feedback> ofSession(UUID organisationId, UUID sessionId) {
		return jdbc.sql("""
				select * from participation_feedback where organisation_id = :organisation and session_id = :session
				order by recorded_at desc, id""")
			.param("organisation", organisationId).param("session", sessionId)
			.query((rs, n) -> new Feedback(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
					rs.getObject("activity_id", UUID.class), rs.getInt("score"), rs.getString("fun"), rs.getString("better"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** The feedback a child gave themselves (named or anonymous), newest first: for that child only, never for staff. */
	/** The feedback given or recorded with the child's name (not the anonymous ones): for the child's access request. */
	List<Feedback> named(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select * from participation_feedback where organisation_id = :organisation and child_id = :child
				order by recorded_at desc, id limit 200""")
			.param("organisation", organisationId).param("child", childId)
			.query((rs, n) -> new Feedback(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
					rs.getObject("activity_id", UUID.class), rs.getInt("score"), rs.getString("fun"), rs.getString("better"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	List<Feedback> givenBy(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select * from participation_feedback where organisation_id = :organisation
				and (giver_child_id = :child or child_id = :child) order by recorded_at desc, id limit 200""")
			.param("organisation", organisationId).param("child", childId)
			.query((rs, n) -> new Feedback(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
					rs.getObject("activity_id", UUID.class), rs.getInt("score"), rs.getString("fun"), rs.getString("better"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * Lets go of an erased child on the feedback they gave or that was recorded for them: the entries stay (the
	 * satisfaction figures do not change), without the child's id. How many changed; none the second time.
	 */
	int forgetChild(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				update participation_feedback set child_id = null, giver_child_id = null
				where organisation_id = :organisation and (child_id = :child or giver_child_id = :child)""")
			.param("organisation", organisationId).param("child", childId).update();
	}

	/** Whether the child gave feedback on the session themselves already (named or anonymous). */
	boolean givenBy(UUID organisationId, UUID sessionId, UUID childId) {
		return jdbc.sql("""
				select count(*) from participation_feedback
				where organisation_id = :organisation and session_id = :session and giver_child_id = :child""")
			.param("organisation", organisationId).param("session", sessionId).param("child", childId)
			.query(Integer.class).single() > 0;
	}

	/** How many entries of the activity gave each score: index 0 for score 1 up to index 4 for score 5. */
	int[] distribution(UUID organisationId, UUID activityId) {
		var counts = new int[5];
		jdbc.sql("""
				select score, count(*) as entries from participation_feedback
				where organisation_id = :organisation and activity_id = :activity group by score""")
			.param("organisation", organisationId).param("activity", activityId)
			.query(rs -> {
				counts[rs.getInt("score") - 1] = rs.getInt("entries");
			});
		return counts;
	}
}
