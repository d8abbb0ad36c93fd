package nl.samenspel.volunteers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each volunteer's calendar feed, by the SHA-256 of its token (never the token itself). */
@Repository
class FeedStore {

	/** Whose feed a token opens. */
	record Owner(UUID organisationId, UUID volunteerId) {
	}

	private final JdbcClient jdbc;

	FeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Puts a new token in place of the volunteer's old one, which stops working. */
	void replace(UUID organisationId, UUID volunteerId, String tokenHash, Instant at) {
		// two new links at once take turns on the volunteer's row instead of colliding on the feed's key
		jdbc.sql("select id from volunteer where id = :volunteer for update").param("volunteer", volunteerId)
			.query(UUID.class).list();
		jdbc.sql("delete from volunteer_feed where volunteer_id = :volunteer").param("volunteer", volunteerId).update();
		jdbc.sql("""
				insert into volunteer_feed (volunteer_id, organisation_id, token_hash, created_at)
				values (:volunteer, :organisation, :hash, :at)""")
			.param("volunteer", volunteerId).param("organisation", organisationId).param("hash", tokenHash)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<Instant> createdAt(UUID organisationId, UUID volunteerId) {
		return jdbc.sql("select created_at from volunteer_feed where volunteer_id = :volunteer and organisation_id = :organisation")
			.param("volunteer", volunteerId).param("organisation", organisationId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	Optional<Owner> byTokenHash(String tokenHash) {
		return jdbc.sql("select organisation_id, volunteer_id from volunteer_feed where token_hash = :hash")
			.param("hash", tokenHash)
			.query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional();
	}
}
