package nl.samenspel.organisation;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes of the second factor for tests that sign in through the forms: the demo users and the fixture users of
 * roles that require a second factor share the demo's documented secret.
 */
public final class SecondFactorCodes {

	/** The demo's documented TOTP secret (README), which fixture users of the required roles get as well. */
	public static final String SECRET = SecondFactors.DEMO_SECRET;

	private SecondFactorCodes() {
	}

	/** The code of the secret for the current 30-second step. */
	public static String now(String secret) {
		return at(secret, Instant.now());
	}

	public static String at(String secret, Instant at) {
		return Totp.code(secret, Totp.step(at));
	}

	public static String atStep(String secret, long step) {
		return Totp.code(secret, step);
	}

	public static long step(Instant at) {
		return Totp.step(at);
	}

	/**
	 * Forgets which step the user's last code was for, so that a test may sign the same user in again within 30
	 * seconds (each code works once). Test data only: the application never forgets a used step.
	 */
	public static void forgetUsedCodes(JdbcClient jdbc, String username) {
		jdbc.sql("update second_factor set last_step = null where app_user_id in "
				+ "(select id from app_user where username = :username)")
			.param("username", UserManagement.canonical(username))
			.update();
	}
}
