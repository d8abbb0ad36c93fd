package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code second_factor} and {@code recovery_code} tables. The secret arrives and leaves sealed: this class never
 * sees it in plain text.
 */
@Component
class SecondFactorStore {

	/** A user's second factor as stored: the secret still sealed. */
	record Row(UUID userId, String sealedSecret, boolean active, @Nullable Long lastStep) {
	}

	record RecoveryCode(UUID id, String salt, String hash) {
	}

	private final JdbcClient jdbc;

	SecondFactorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(UUID userId) {
		return jdbc.sql("select app_user_id, secret, active, last_step from second_factor where app_user_id = :user")
			.param("user", userId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					rs.getObject(4) == null ? null : rs.getLong(4)))
			.optional();
	}

	boolean active(UUID userId) {
		return find(userId).map(Row::active).orElse(false);
	}

	/** A new secret waiting for its first code; replaces one that was never confirmed. */
	void startEnrolment(UUID userId, String sealedSecret, Instant now) {
		jdbc.sql("delete from second_factor where app_user_id = :user and active = false").param("user", userId).update();
		jdbc.sql("insert into second_factor (app_user_id, secret, active, created_at) values (:user, :secret, false, :now)")
			.param("user", userId)
			.param("secret", sealedSecret)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Confirms the pending secret, with the step of the code that confirmed it as used. */
	boolean activate(UUID userId, long step, Instant now) {
		return jdbc.sql("update second_factor set active = true, last_step = :step, activated_at = :now "
				+ "where app_user_id = :user and active = false")
			.param("user", userId)
			.param("step", step)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Marks the step used, in one statement: false when it (or a later one) was used already. */
	boolean useStep(UUID userId, long step) {
		return jdbc.sql("update second_factor set last_step = :step where app_user_id = :user and active = true "
				+ "and (last_step is null or last_step < :step)")
			.param("user", userId)
			.param("step", step)
			.update() == 1;
	}

	void remove(UUID userId) {
		jdbc.sql("delete from recovery_code where app_user_id = :user").param("user", userId).update();
		jdbc.sql("delete from second_factor where app_user_id = :user").param("user", userId).update();
	}

	void replaceRecoveryCodes(UUID userId, List<RecoveryCode> codes) {
		jdbc.sql("delete from recovery_code where app_user_id = :user").param("user", userId).update();
		for (var code : codes) {
			jdbc.sql("insert into recovery_code (id, app_user_id, salt, code_hash) values (:id, :user, :salt, :hash)")
				.param("id", code.id())
				.param("user", userId)
				.param("salt", code.salt())
				.param("hash", code.hash())
				.update();
		}
	}

	List<RecoveryCode> unusedRecoveryCodes(UUID userId) {
		return jdbc.sql("select id, salt, code_hash from recovery_code where app_user_id = :user and used_at is null")
			.param("user", userId)
			.query((rs, n) -> new RecoveryCode(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Uses the code, in one statement: false when a parallel request used it first. */
	boolean useRecoveryCode(UUID id, Instant now) {
		return jdbc.sql("update recovery_code set used_at = :now where id = :id and used_at is null")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	int unusedRecoveryCodeCount(UUID userId) {
		return unusedRecoveryCodes(userId).size();
	}
}
