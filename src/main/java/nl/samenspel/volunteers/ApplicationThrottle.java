package nl.samenspel.volunteers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many applications the public form takes per hour: from one address ({@code
 * samenspel.volunteers.applications-per-address}, 5 by default) and for one organisation (…{@code
 * -per-organisation}, 50), so the form cannot flood the organisation's list and its coordinators' mailboxes. Each
 * subject has one counter row per hour; {@link #take} makes the row where missing and raises it only while it is
 * below the limit, in one conditional update, inside the application's transaction: parallel requests on any node
 * wait for the row's lock and count one after the other, and an application that is refused or rolled back counts
 * nothing. The address is kept only as a hash.
 */
@Component
class ApplicationThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int perAddress;
	private final int perOrganisation;

	ApplicationThrottle(JdbcClient jdbc, Clock clock,
			@Value("${samenspel.volunteers.applications-per-address:5}") int perAddress,
			@Value("${samenspel.volunteers.applications-per-organisation:50}") int perOrganisation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perAddress = perAddress;
		this.perOrganisation = perOrganisation;
	}

	/**
	 * Counts one application from the address for the organisation, or answers false (counting nothing that stays)
	 * when either has had its hour's share. Call inside the transaction that saves the application.
	 */
	boolean take(String address, UUID organisationId) {
		var window = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
		// always in this order, so that two requests never wait for each other's second row
		return take("address:" + hash(address), window, perAddress)
				&& take("organisation:" + organisationId, window, perOrganisation);
	}

	private boolean take(String subject, Timestamp window, int limit) {
		jdbc.sql("""
				insert into volunteer_application_throttle (subject, window_start, used) values (:subject, :window, 0)
				on conflict do nothing""")
			.param("subject", subject).param("window", window).update();
		return jdbc.sql("""
				update volunteer_application_throttle set used = used + 1
				where subject = :subject and window_start = :window and used < :limit""")
			.param("subject", subject).param("window", window).param("limit", limit).update() == 1;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	void forgetOldCounts() {
		jdbc.sql("delete from volunteer_application_throttle where window_start < :before")
			.param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
	}

	static String hash(String value) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
