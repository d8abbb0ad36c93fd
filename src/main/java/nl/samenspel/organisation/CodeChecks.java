package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * Checks what a user types to prove who they are once signed in: a code of their second factor (or a recovery code) at
 * the login's second step and before a change, and their current password. Throttled per account and audited. The
 * TOTP secret is sealed at rest and opened here only to check a code. {@link SecondFactors} is the way in.
 */
@Component
class CodeChecks {

	private final SecondFactorStore store;
	private final RecoveryCodes recoveryCodes;
	private final Encryption encryption;
	private final UserAccounts users;
	private final LoginThrottle throttle;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final AccessReviewStore reviews;
	private final Clock clock;

	CodeChecks(SecondFactorStore store, RecoveryCodes recoveryCodes, Encryption encryption, UserAccounts users,
			LoginThrottle throttle, PasswordEncoder encoder, AuditLog audit, AccessReviewStore reviews, Clock clock) {
		this.store = store;
		this.recoveryCodes = recoveryCodes;
		this.encryption = encryption;
		this.users = users;
		this.throttle = throttle;
		this.encoder = encoder;
		this.audit = audit;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * Re-authentication before a change of password, e-mail or second factor: the current password, and a current
	 * code (or recovery code) when the user has a second factor. Only from a signed-in session, never with a token.
	 */
	void reauthenticate(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		TokenAuthentication.refuse();
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		password(account, currentPassword);
		if (store.active(user.id()) && check(user, code, AuditAction.SECOND_FACTOR_PASSED) != SecondFactors.Outcome.PASSED) {
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
	}

	SecondFactors.Outcome check(CurrentUser user, @Nullable String code, AuditAction passed) {
		var outcome = checked(user, code, passed);
		if (outcome == SecondFactors.Outcome.PASSED && passed == AuditAction.LOGIN_SUCCEEDED) {
			// the login is complete: the access review's "last login"
			reviews.recordLogin(user.id(), Instant.now(clock));
		}
		return outcome;
	}

	private SecondFactors.Outcome checked(CurrentUser user, @Nullable String code, AuditAction passed) {
		if (code == null || code.isBlank()) {
			// no code is no guess: refused, not counted
			return SecondFactors.Outcome.WRONG;
		}
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		var attempt = throttle.begin(subject(account), null);
		if (attempt.isEmpty()) {
			audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_FAILED, "user", user.id(), AuditResult.DENIED);
			return SecondFactors.Outcome.THROTTLED;
		}
		var row = store.find(user.id()).filter(SecondFactorStore.Row::active);
		var typed = code == null ? "" : code.strip();
		if (row.isPresent() && typed.length() <= 40) {
			var now = Instant.now(clock);
			var step = Totp.matchingStep(open(row.get()), typed, now);
			if (step.isPresent() && store.useStep(user.id(), step.getAsLong())) {
				throttle.succeeded(attempt.get());
				audit.record(AuditLog.Actor.of(user), passed, "user", user.id(), AuditResult.SUCCESS);
				return SecondFactors.Outcome.PASSED;
			}
			if (step.isEmpty() && recoveryCodes.use(user.id(), typed, now)) {
				throttle.succeeded(attempt.get());
				audit.record(AuditLog.Actor.of(user), AuditAction.RECOVERY_CODE_USED, "user", user.id(), AuditResult.SUCCESS);
				audit.record(AuditLog.Actor.of(user), passed, "user", user.id(), AuditResult.SUCCESS);
				return SecondFactors.Outcome.PASSED;
			}
		}
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_FAILED, "user", user.id(), AuditResult.FAILURE);
		return SecondFactors.Outcome.WRONG;
	}

	/**
	 * The current password of a signed-in user, throttled per account (5 wrong ones in 15 minutes refuse more), not
	 * per address: the user passed the login already, and a borrowed session must not guess it. No password is no
	 * guess, and not counted.
	 */
	void password(UserAccount account, @Nullable String currentPassword) {
		if (currentPassword == null || currentPassword.isBlank()) {
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		var attempt = throttle.begin(account.getUsername(), null)
			.orElseThrow(() -> new FieldRejected("currentPassword", "login.blocked"));
		if (account.passwordHash() == null
				|| !encoder.matches(currentPassword, account.passwordHash())) {
			audit.record(AuditLog.Actor.of(account.toCurrentUser()), AuditAction.LOGIN_FAILED, "user", account.getId(),
					AuditResult.FAILURE);
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		throttle.succeeded(attempt);
	}

	/** Codes are counted under their own name: a correct password does not forgive wrong codes. */
	static String subject(UserAccount account) {
		return "second-factor:" + account.getUsername();
	}

	String seal(String secret, UUID userId) {
		var sealed = encryption.seal(secret, userId);
		if (sealed == null) {
			throw new IllegalStateException("no secret");
		}
		return sealed;
	}

	String open(SecondFactorStore.Row row) {
		var secret = encryption.open(row.sealedSecret(), row.userId());
		if (secret == null) {
			throw new IllegalStateException("no secret");
		}
		return secret;
	}
}
