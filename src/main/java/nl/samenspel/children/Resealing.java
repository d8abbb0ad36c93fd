package nl.samenspel.children;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The second half of a key rotation: every sealed value that names another key than the active one is opened and
 * sealed again with the active key, at start-up and every night. Once the log says no value is left, the old key
 * can be removed from the configuration (docs/children.md). Safe on several nodes: each value is rewritten only
 * when it still holds what was read.
 */
@Component
class Resealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);
	private static final String[] COLUMNS = { "allergies", "medication", "diet", "medical_notes" };

	private final JdbcClient jdbc;
	private final Encryption encryption;

	Resealing(JdbcClient jdbc, Encryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		reseal();
	}

	@Scheduled(cron = "${samenspel.encryption.reseal-cron:0 15 3 * * *}")
	int reseal() {
		int count = 0;
		for (var column : COLUMNS) {
			// only the values of another key leave the database: after a rotation, usually none
			var rows = jdbc.sql("select child_id, " + column + " from safety_info where " + column + " is not null and "
					+ column + " not like :active")
				.param("active", encryption.activePrefix() + "%")
				.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
				.list();
			for (var row : rows) {
				var sealed = (String) row[1];
				var child = (UUID) row[0];
				String plain;
				try {
					plain = encryption.open(sealed, child);
				}
				catch (IllegalStateException e) {
					log.error("Encryption: a health value of child {} opens with no configured key", child);
					continue;
				}
				count += jdbc.sql("update safety_info set " + column + " = :fresh where child_id = :child and " + column + " = :old")
					.param("fresh", encryption.seal(plain, child))
					.param("child", child)
					.param("old", sealed)
					.update();
			}
		}
		if (count > 0) {
			log.info("Encryption: {} health values sealed again with the active key", count);
		}
		return count;
	}
}
