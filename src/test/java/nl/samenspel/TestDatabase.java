package nl.samenspel;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run, once, before any test starts. By default the tests run on an in-memory H2.
 * With {@code -Ppostgres} ({@code samenspel.test.database=postgres}) they run on the PostgreSQL server at
 * 127.0.0.1:5432 (user {@code postgres}, or {@code SAMENSPEL_TEST_PG_*}): this drops and creates the database
 * {@code samenspel_test}, and Flyway migrates it when the first Spring context starts.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String DATABASE = "samenspel_test";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!"postgres".equals(System.getProperty("samenspel.test.database"))) {
			return;
		}
		var host = env("SAMENSPEL_TEST_PG_HOST", "127.0.0.1");
		var port = env("SAMENSPEL_TEST_PG_PORT", "5432");
		var user = env("SAMENSPEL_TEST_PG_USER", "postgres");
		var password = env("SAMENSPEL_TEST_PG_PASSWORD", "");
		var server = "jdbc:postgresql://" + host + ":" + port + "/";
		try (var connection = DriverManager.getConnection(server + "postgres", user, password);
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE + " encoding 'UTF8'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the PostgreSQL test database at " + server
					+ " (is the server running? see README)", e);
		}
		System.setProperty("spring.datasource.url", server + DATABASE);
		System.setProperty("spring.datasource.username", user);
		System.setProperty("spring.datasource.password", password);
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
