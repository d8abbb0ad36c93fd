package nl.samenspel.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kiosks (by the hash of their token) and the children's avatars, always within one organisation. */
@Repository
class KioskStore {

	private final JdbcClient jdbc;

	KioskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Kiosk kiosk, String tokenHash) {
		jdbc.sql("""
				insert into participation_kiosk (id, organisation_id, session_id, token_hash, opened_by, opened_at, closes_at)
				values (:id, :organisation, :session, :hash, :by, :at, :closes)""")
			.param("id", kiosk.id()).param("organisation", kiosk.organisationId()).param("session", kiosk.sessionId())
			.param("hash", tokenHash).param("by", kiosk.openedBy()).param("at", Timestamp.from(kiosk.openedAt()))
			.param("closes", Timestamp.from(kiosk.closesAt())).update();
	}

	Optional<Kiosk> byTokenHash(String tokenHash) {
		return jdbc.sql("select * from participation_kiosk where token_hash = :hash").param("hash", tokenHash)
			.query(KioskStore::kiosk).optional();
	}

	Optional<Kiosk> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_kiosk where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(KioskStore::kiosk).optional();
	}

	/**
	 * The kiosk, its row locked until the caller's transaction ends: what a child saves reads it this way, so a worker's
	 * {@link #lock} waits for a save already under way and any save after the lock finds the kiosk locked.
	 */
	Optional<Kiosk> findForInput(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_kiosk where id = :id and organisation_id = :organisation for update")
			.param("id", id).param("organisation", organisationId).query(KioskStore::kiosk).optional();
	}

	/** The organisation's kiosks that still take input at the moment, newest first. */
	List<Kiosk> open(UUID organisationId, Instant now) {
		return jdbc.sql("""
				select * from participation_kiosk where organisation_id = :organisation and locked_at is null
				and closes_at > :now order by opened_at desc, id limit 100""")
			.param("organisation", organisationId).param("now", Timestamp.from(now)).query(KioskStore::kiosk).list();
	}

	/** Locks the kiosk unless it was locked already: true when this call locked it. */
	boolean lock(UUID id, @Nullable UUID by, Instant at) {
		return jdbc.sql("update participation_kiosk set locked_at = :at, locked_by = :by where id = :id and locked_at is null")
			.param("at", Timestamp.from(at)).param("by", by).param("id", id).update() == 1;
	}

	private static Kiosk kiosk(ResultSet rs, int n) throws SQLException {
		var locked = rs.getTimestamp("locked_at");
		return new Kiosk(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("session_id", UUID.class), rs.getObject("opened_by", UUID.class),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
				locked == null ? null : locked.toInstant());
	}

	// avatars

	Map<UUID, String> avatars(UUID organisationId, Collection<UUID> childIds) {
		var avatars = new HashMap<UUID, String>();
		if (childIds.isEmpty()) {
			return avatars;
		}
		jdbc.sql("select child_id, avatar from participation_avatar where organisation_id = :organisation and child_id in (:children)")
			.param("organisation", organisationId).param("children", childIds)
			.query(rs -> {
				avatars.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return avatars;
	}

	/** Deletes the child's avatar (an erased child); none the second time. */
	int deleteAvatar(UUID organisationId, UUID childId) {
		return jdbc.sql("delete from participation_avatar where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId).param("child", childId).update();
	}

	/** Stores the child's avatar; a DuplicateKeyException when they have one already. */
	void insertAvatar(UUID organisationId, UUID childId, String avatar, Instant at) {
		jdbc.sql("""
				insert into participation_avatar (child_id, organisation_id, avatar, chosen_at)
				values (:child, :organisation, :avatar, :at)""")
			.param("child", childId).param("organisation", organisationId).param("avatar", avatar)
			.param("at", Timestamp.from(at)).update();
	}
}
