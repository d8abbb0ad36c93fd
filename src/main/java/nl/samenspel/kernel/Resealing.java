package nl.samenspel.kernel;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The second half of a key rotation: every sealed value (each module declares its sealed columns as
 * {@link SealedColumn} beans: the children's health information, referrals, signals) that names another key than the active one is opened and
 * sealed again with the active key, at start-up and every night. Once the log says no value is left, the old key
 * can be removed from the configuration (docs/children.md). Safe on several nodes: each value is rewritten only
 * when it still holds what was read.
 */
@Component
public class Resealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);

	private final JdbcClient jdbc;
	private final Encryption encryption;
	private final List<SealedColumn> columns;

	public Resealing(JdbcClient jdbc, Encryption encryption, List<SealedColumn> columns) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.columns = List.copyOf(columns);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		reseal();
	}

	@Scheduled(cron = "${samenspel.encryption.reseal-cron:0 15 3 * * *}")
	public int reseal() {
		int count = 0;
		for (var sealedColumn : columns) {
			var table = sealedColumn.table();
			var id = sealedColumn.idColumn();
			var column = sealedColumn.column();
			// only the values of another key leave the database: after a rotation, usually none
			var rows = jdbc.sql("select " + id + ", " + column + " from " + table + " where " + column + " is not null and "
					+ column + " not like :active")
				.param("active", encryption.activePrefix() + "%")
				.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
				.list();
			for (var row : rows) {
				var sealed = (String) row[1];
				var owner = (UUID) row[0];
				String plain;
				try {
					plain = encryption.open(sealed, owner);
				}
				catch (IllegalStateException e) {
					log.error("Encryption: a value in {}.{} of row {} opens with no configured key", table, column, owner);
					continue;
				}
				count += jdbc.sql("update " + table + " set " + column + " = :fresh where " + id + " = :owner and " + column + " = :old")
					.param("fresh", encryption.seal(plain, owner))
					.param("owner", owner)
					.param("old", sealed)
					.update();
			}
		}
		if (count > 0) {
			log.info("Encryption: {} values sealed again with the active key", count);
		}
		return count;
	}
}
