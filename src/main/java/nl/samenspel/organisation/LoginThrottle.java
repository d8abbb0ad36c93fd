package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refuses password attempts that failed too often, counted per subject within one window (15 minutes): the pair
 * of account name and address (5 failures), the account name from any address (30), and the address whatever the
 * name (100). Once a subject's allowed failures fall within one window, every attempt it takes part in is refused
 * for one window from its last failure; refused attempts are not counted, so the block ends on time even while
 * someone keeps trying. So a stranger elsewhere slows an account down only after many more failures than its
 * owner may make, and a neighbour behind the same address cannot lock anyone out with a few unknown names.
 * <p>
 * Checking and counting are one step: {@link #begin} locks the subjects' rows in {@code login_subject}, checks
 * their failures and records the attempt as a failure before the password is checked, in its own transaction;
 * {@link #succeeded} takes it back. Parallel attempts on any node are so counted one after the other. Names are
 * counted whether or not an account exists, so throttling reveals nothing, and only as a hash.
 */
@Component
class LoginThrottle {

	/** An attempt that may check a password: counted as a failure until it {@link #succeeded}. */
	record Attempt(List<Long> failures, @Nullable String pair) {
	}

	private record Subject(String key, int allowed) {
	}

	private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

	static {
		for (int i = 0; i < STRIPES.length; i++) {
			STRIPES[i] = new ReentrantLock();
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecuritySettings settings;
	private final TransactionTemplate separately;

	LoginThrottle(JdbcClient jdbc, Clock clock, SecuritySettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Reserves an attempt for this account name from this address (when known), or nothing when one of its
	 * subjects is refused now. Without an address the account name alone is held to the pair's limit.
	 */
	Optional<Attempt> begin(@Nullable String username, @Nullable String address) {
		var subjects = subjects(username, address);
		var held = stripes(subjects);
		held.forEach(ReentrantLock::lock);
		try {
			return reserveLocked(subjects, username, address);
		}
		finally {
			held.forEach(ReentrantLock::unlock);
		}
	}

	/**
	 * The in-memory locks of the subjects, in a fixed order: parallel attempts on this node wait here, without
	 * holding a database connection, and only one of them at a time waits for the database's row locks.
	 */
	private List<ReentrantLock> stripes(List<Subject> subjects) {
		return subjects.stream()
			.mapToInt(subject -> Math.floorMod(subject.key().hashCode(), STRIPES.length))
			.distinct()
			.sorted()
			.mapToObj(index -> STRIPES[index])
			.toList();
	}

	private Optional<Attempt> reserveLocked(List<Subject> subjects, @Nullable String username,
			@Nullable String address) {
		for (int tries = 1;; tries++) {
			try {
				var attempt = separately.execute(status -> locked(subjects) ? reserve(subjects, username, address) : null);
				if (attempt != null) {
					return attempt;
				}
				if (tries >= 3) {
					throw new IllegalStateException("login subjects keep being forgotten");
				}
			}
			catch (DataAccessException raced) {
				// a parallel first attempt made the same subject's row at the same time: it exists now
				if (tries >= 3) {
					throw raced;
				}
			}
		}
	}

	/**
	 * Makes the subjects' rows where missing and locks them, in one transaction; false when one was forgotten in
	 * between (then the attempt starts over).
	 */
	private boolean locked(List<Subject> subjects) {
		for (var subject : subjects) {
			jdbc.sql("insert into login_subject (subject) values (:subject) on conflict do nothing")
				.param("subject", subject.key())
				.update();
			if (jdbc.sql("select subject from login_subject where subject = :subject for update")
				.param("subject", subject.key())
				.query(String.class)
				.list()
				.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** With the subjects locked: nothing when one is refused now, else the attempt, counted as a failure already. */
	private Optional<Attempt> reserve(List<Subject> subjects, @Nullable String username, @Nullable String address) {
		if (subjects.stream().anyMatch(this::blocked)) {
			return Optional.empty();
		}
		var now = Timestamp.from(Instant.now(clock));
		var failures = new ArrayList<Long>();
		for (var subject : subjects) {
			var key = new GeneratedKeyHolder();
			jdbc.sql("insert into login_failure (subject, occurred_at) values (:subject, :at)")
				.param("subject", subject.key())
				.param("at", now)
				.update(key, "id");
			failures.add(Objects.requireNonNull(key.getKey()).longValue());
		}
		return Optional.of(new Attempt(failures, address == null ? null : pairKey(username, address)));
	}

	/**
	 * The password was right: the attempt no longer counts, and the pair's earlier failures are forgotten (its owner
	 * got in from there). Failures others made for the account or from the address stay.
	 */
	void succeeded(Attempt attempt) {
		separately.executeWithoutResult(status -> {
			jdbc.sql("delete from login_failure where id in (:ids)").param("ids", attempt.failures()).update();
			if (attempt.pair() != null) {
				jdbc.sql("delete from login_failure where subject = :subject").param("subject", attempt.pair()).update();
			}
		});
	}

	/**
	 * The account's owner proved who they are another way (a completed password reset): the failures counted
	 * against the account, from any address, are forgotten, so strangers' guesses do not keep its owner out.
	 * Failures counted against an address stay, whatever name they tried.
	 */
	void forgive(String username) {
		var pairs = "pair:" + Secrets.hash(UserManagement.canonical(username)) + "@";
		separately.executeWithoutResult(status -> jdbc
			.sql("delete from login_failure where subject = :account or substring(subject, 1, :length) = :pairs")
			.param("account", accountKey(username))
			.param("length", pairs.length())
			.param("pairs", pairs)
			.update());
	}

	/** The address of the current request as Spring gives it (after any configured forwarded-header handling). */
	static @Nullable String currentAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	/** In a fixed order (by key), so that parallel attempts lock shared subjects in the same order. */
	private List<Subject> subjects(@Nullable String username, @Nullable String address) {
		if (address == null) {
			return List.of(new Subject(accountKey(username), settings.loginFailuresAllowed()));
		}
		var subjects = new ArrayList<>(List.of(new Subject(pairKey(username, address), settings.loginFailuresAllowed()),
				new Subject(accountKey(username), settings.loginFailuresAllowedPerAccount()),
				new Subject(addressKey(address), settings.loginFailuresAllowedPerAddress())));
		subjects.sort(Comparator.comparing(Subject::key));
		return subjects;
	}

	private boolean blocked(Subject subject) {
		var window = settings.loginFailureWindow();
		var last = jdbc.sql("select max(occurred_at) from login_failure where subject = :subject")
			.param("subject", subject.key())
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(Timestamp::toInstant);
		if (last.isEmpty() || !last.get().isAfter(Instant.now(clock).minus(window))) {
			return false;
		}
		var inWindow = jdbc
			.sql("select count(*) from login_failure where subject = :subject and occurred_at > :since and occurred_at <= :last")
			.param("subject", subject.key())
			.param("since", Timestamp.from(last.get().minus(window)))
			.param("last", Timestamp.from(last.get()))
			.query(Integer.class)
			.single();
		return inWindow >= subject.allowed();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldFailures() {
		var before = Timestamp.from(Instant.now(clock).minus(settings.loginFailureWindow().multipliedBy(4)));
		jdbc.sql("delete from login_failure where occurred_at < :before").param("before", before).update();
		jdbc.sql("delete from login_subject where not exists (select 1 from login_failure f where f.subject = login_subject.subject)")
			.update();
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

	static String pairKey(@Nullable String username, String address) {
		return "pair:" + Secrets.hash(UserManagement.canonical(username)) + "@" + address;
	}
}
