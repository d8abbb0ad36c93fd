package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links sent by e-mail that work once and expire: activation after an invitation, and password reset. Only the
 * hash of the secret is stored; using a link marks it used, so a second use finds nothing.
 */
@Component
class OneTimeLinks {

	enum Purpose {
		ACTIVATION, PASSWORD_RESET
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	OneTimeLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new link's secret for the user; earlier unused links for the same purpose stop working. */
	String issue(UUID userId, Purpose purpose, Duration validity) {
		var now = Instant.now(clock);
		invalidate(userId, purpose);
		var secret = Secrets.generate("");
		jdbc.sql("""
				insert into one_time_link (id, app_user_id, purpose, token_hash, created_at, expires_at)
				values (:id, :user, :purpose, :hash, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("user", userId)
			.param("purpose", purpose.name())
			.param("hash", Secrets.hash(secret))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(validity)))
			.update();
		return secret;
	}

	/** The user a valid, unused, unexpired link belongs to. */
	Optional<UUID> peek(String secret, Purpose purpose) {
		return jdbc.sql("""
				select app_user_id from one_time_link
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", Secrets.hash(secret))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(Instant.now(clock)))
			.query(UUID.class)
			.optional();
	}

	/** Uses the link: the user it belonged to, if it was still valid. Two concurrent uses: only one succeeds. */
	Optional<UUID> consume(String secret, Purpose purpose) {
		var user = peek(secret, purpose);
		if (user.isEmpty()) {
			return user;
		}
		var updated = jdbc.sql("update one_time_link set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("hash", Secrets.hash(secret))
			.update();
		return updated == 1 ? user : Optional.empty();
	}

	/** Whether the user got a link for this purpose after the given moment (used or not). */
	boolean issuedSince(UUID userId, Purpose purpose, Instant since) {
		return jdbc.sql("select count(*) from one_time_link where app_user_id = :user and purpose = :purpose and created_at > :since")
			.param("user", userId)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	void invalidate(UUID userId, Purpose purpose) {
		jdbc.sql("update one_time_link set used_at = :now where app_user_id = :user and purpose = :purpose and used_at is null")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", userId)
			.param("purpose", purpose.name())
			.update();
	}
}
