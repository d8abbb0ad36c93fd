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
		System.setProperty("spring.datasource.url", recreate(DATABASE));
		System.setProperty("spring.datasource.username", USER);
		System.setProperty("spring.datasource.password", PASSWORD);
	}

	/** The PostgreSQL server of the tests: 127.0.0.1:5432, user postgres, or {@code SAMENSPEL_TEST_PG_*}. */
	public static final String SERVER = "jdbc:postgresql://" + env("SAMENSPEL_TEST_PG_HOST", "127.0.0.1") + ":"
			+ env("SAMENSPEL_TEST_PG_PORT", "5432") + "/";

	public static final String USER = env("SAMENSPEL_TEST_PG_USER", "postgres");

	public static final String PASSWORD = env("SAMENSPEL_TEST_PG_PASSWORD", "");

	/**
	 * Drops and creates a database of that name on the tests' PostgreSQL server, for a test that wants one of its own
	 * (left afterwards for a look, until the next run); returns its JDBC URL.
	 */
	/**
	 * Points a test class at a database of its own: an in-memory H2 database of that name, or with {@code -Ppostgres}
	 * a PostgreSQL database of that name, made anew ({@link #recreate}).
	 */
	public static void own(org.springframework.test.context.DynamicPropertyRegistry registry, String name) {
		if (!"postgres".equals(System.getProperty("samenspel.test.database"))) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			return;
		}
		var url = recreate(name);
		registry.add("spring.datasource.url", () -> url);
	}

	public static String recreate(String name) {
		try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name + " encoding 'UTF8'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the PostgreSQL test database " + name + " at " + SERVER
					+ " (is the server running? see README)", e);
		}
		return SERVER + name;
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
