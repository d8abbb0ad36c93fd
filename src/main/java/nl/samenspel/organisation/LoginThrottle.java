package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses logins for an account name, or from an address, that failed too often: once the allowed number of
 * failures falls within one window (5 in 15 minutes), every attempt is refused for one window from that last
 * failure. Refused attempts are not counted, so the block ends on time even while someone keeps trying.
 * Names are counted whether or not an account exists, so throttling reveals nothing. Failures are kept in the
 * database, so every node sees them.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecuritySettings settings;

	LoginThrottle(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether attempts for this account name, or from this address (when known), are refused now. */
	boolean isBlocked(@Nullable String username, @Nullable String address) {
		return blocked(accountKey(username)) || (address != null && blocked(addressKey(address)));
	}

	void recordFailure(@Nullable String username, @Nullable String address) {
		var now = Timestamp.from(Instant.now(clock));
		var subjects = address == null ? new String[] { accountKey(username) }
				: new String[] { accountKey(username), addressKey(address) };
		for (var subject : subjects) {
			jdbc.sql("insert into login_failure (subject, occurred_at) values (:subject, :at)")
				.param("subject", subject)
				.param("at", now)
				.update();
		}
	}

	/** A successful login clears the account's failures (not the address's). */
	void recordSuccess(String username) {
		jdbc.sql("delete from login_failure where subject = :subject").param("subject", accountKey(username)).update();
	}

	private boolean blocked(String subject) {
		var window = settings.loginFailureWindow();
		var last = jdbc.sql("select max(occurred_at) from login_failure where subject = :subject")
			.param("subject", subject)
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
		if (last.isEmpty() || !last.get().isAfter(Instant.now(clock).minus(window))) {
			return false;
		}
		var inWindow = jdbc
			.sql("select count(*) from login_failure where subject = :subject and occurred_at > :since and occurred_at <= :last")
			.param("subject", subject)
			.param("since", Timestamp.from(last.get().minus(window)))
			.param("last", Timestamp.from(last.get()))
			.query(Integer.class)
			.single();
		return inWindow >= settings.loginFailuresAllowed();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldFailures() {
		var before = Timestamp.from(Instant.now(clock).minus(settings.loginFailureWindow().multipliedBy(4)));
		jdbc.sql("delete from login_failure where occurred_at < :before").param("before", before).update();
	}

	/**
	 * The key failures of an account name are counted under: a hash, so that what people type into the user name
	 * field (sometimes their password) is never stored.
	 */
	static String accountKey(@Nullable String username) {
		return "account:" + Secrets.hash(UserManagement.canonical(username));
	}

	static String addressKey(String address) {
		return "address:" + address;
	}
}
