package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of buddy pairs and their meetings, always within one organisation. */
@Repository
class BuddyPairStore {

	private final JdbcClient jdbc;

	BuddyPairStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(BuddyPair pair, UUID by, Instant at) {
		jdbc.sql("""
				insert into volunteer_buddy_pair (id, organisation_id, volunteer_id, resident_name, resident_age_band,
				  child_id, activity_id, started_on, created_by, created_at, version)
				values (:id, :organisation, :volunteer, :residentName, :residentAgeBand, :child, :activity, :startedOn,
				  :by, :at, 0)""")
			.param("id", pair.id())
			.param("organisation", pair.organisationId())
			.param("volunteer", pair.volunteerId())
			.param("residentName", pair.residentName())
			.param("residentAgeBand", pair.residentAgeBand() == null ? null : pair.residentAgeBand().name())
			.param("child", pair.childId())
			.param("activity", pair.activityId())
			.param("startedOn", Date.valueOf(pair.startedOn()))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<BuddyPair> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from volunteer_buddy_pair where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(BuddyPairStore::pair).optional();
	}

	/** The organisation's pairs, running ones or ended ones, latest started first. */
	List<BuddyPair> list(UUID organisationId, boolean ended) {
		return jdbc.sql("select * from volunteer_buddy_pair where organisation_id = :organisation and ended_on is "
				+ (ended ? "not null" : "null") + " order by started_on desc, id")
			.param("organisation", organisationId).query(BuddyPairStore::pair).list();
	}

	/** The pairs of a child that have not ended. */
	List<BuddyPair> runningWithChild(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select * from volunteer_buddy_pair
				where organisation_id = :organisation and child_id = :child and ended_on is null""")
			.param("organisation", organisationId).param("child", childId).query(BuddyPairStore::pair).list();
	}

	/** Ends the pair, only when nobody changed it since it was read; whether it did. */
	boolean end(BuddyPair ended, @Nullable UUID by) {
		return jdbc.sql("""
				update volunteer_buddy_pair set ended_on = :endedOn, end_reason = :reason, ended_by = :by,
				  version = version + 1
				where id = :id and organisation_id = :organisation and ended_on is null and version = :version""")
			.param("endedOn", Date.valueOf(ended.endedOn()))
			.param("reason", ended.endReason().name())
			.param("by", by)
			.param("id", ended.id())
			.param("organisation", ended.organisationId())
			.param("version", ended.version() - 1)
			.update() == 1;
	}

	void insertMeeting(UUID organisationId, BuddyMeeting meeting, UUID by, Instant at) {
		jdbc.sql("""
				insert into volunteer_buddy_meeting (id, organisation_id, pair_id, met_on, duration_minutes, note,
				  logged_by, logged_at)
				values (:id, :organisation, :pair, :metOn, :minutes, :note, :by, :at)""")
			.param("id", meeting.id())
			.param("organisation", organisationId)
			.param("pair", meeting.pairId())
			.param("metOn", Date.valueOf(meeting.metOn()))
			.param("minutes", meeting.durationMinutes())
			.param("note", meeting.note())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A pair's meetings, latest first. */
	List<BuddyMeeting> meetings(UUID organisationId, UUID pairId) {
		return jdbc.sql("""
				select id, pair_id, met_on, duration_minutes, note from volunteer_buddy_meeting
				where pair_id = :pair and organisation_id = :organisation order by met_on desc, logged_at desc""")
			.param("pair", pairId).param("organisation", organisationId)
			.query((rs, n) -> new BuddyMeeting(rs.getObject("id", UUID.class), rs.getObject("pair_id", UUID.class),
					rs.getDate("met_on").toLocalDate(), (Integer) rs.getObject("duration_minutes"), rs.getString("note")))
			.list();
	}

	/** How many meetings each of the organisation's pairs has logged. */
	java.util.Map<UUID, Integer> meetingCounts(UUID organisationId) {
		var counts = new java.util.HashMap<UUID, Integer>();
		jdbc.sql("""
				select pair_id, count(*) from volunteer_buddy_meeting where organisation_id = :organisation
				group by pair_id""")
			.param("organisation", organisationId)
			.query(rs -> {
				counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		return counts;
	}

	static BuddyPair pair(ResultSet row, int number) throws SQLException {
		var band = row.getString("resident_age_band");
		var reason = row.getString("end_reason");
		return new BuddyPair(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
				row.getObject("volunteer_id", UUID.class), row.getString("resident_name"),
				band == null ? null : AgeBand.valueOf(band), row.getObject("child_id", UUID.class),
				row.getObject("activity_id", UUID.class), row.getDate("started_on").toLocalDate(),
				VolunteerStore.day(row, "ended_on"), reason == null ? null : BuddyEndReason.valueOf(reason),
				row.getInt("version"));
	}
}
