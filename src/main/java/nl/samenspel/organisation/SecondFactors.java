package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Two-factor login with TOTP (RFC 6238): required for ADMIN, COORDINATOR and SAFEGUARDING_OFFICER, offered to
 * everyone else. A user enrols by scanning a QR code (or typing the secret) and confirming with a valid code, and gets
 * ten single-use recovery codes (120 random bits each), shown once and stored only as salted hashes. The secret is sealed at rest
 * ({@link Encryption}, the user's id as associated data). Every code works once: the 30-second step of the last
 * accepted code is kept, and a code of that step or an earlier one is refused. Wrong codes are throttled per account
 * like passwords ({@link LoginThrottle}, under their own name so a correct password does not forgive them). Changing
 * the second factor needs the current password and code, and never a token. Who must pass it, and when, is
 * {@link SecondFactorGate}'s.
 */
@Service
@Transactional
public class SecondFactors {

	/** The fixed secret of the demo users, only in {@link DemoMode} (README, "Demo logins"). */
	public static final String DEMO_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	/** The roles that must have a second factor. */
	public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.SAFEGUARDING_OFFICER);

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Samenspel";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a signed-in user still has to do before the pages open. */
	public enum State {
		/** Nothing: no second factor, and none required. */
		NONE,
		/** Enter a code: the user has an active second factor. */
		CODE,
		/** Enrol: the user's role requires a second factor and they have none. */
		ENROLMENT
	}

	/** The outcome of a code at login. */
	public enum Outcome {
		PASSED, WRONG, THROTTLED
	}

	/** What the enrolment page shows: the secret as text and as a QR code (an SVG image as a data: URI). */
	public record Enrolment(String secret, String qrCode) {
	}

	private final SecondFactorStore store;
	private final Encryption encryption;
	private final UserAccounts users;
	private final LoginThrottle throttle;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final UserSessions sessions;
	private final AccessReviewStore reviews;
	private final DemoMode demo;
	private final Clock clock;

	SecondFactors(SecondFactorStore store, Encryption encryption, UserAccounts users, LoginThrottle throttle,
			PasswordEncoder encoder, AuditLog audit, UserSessions sessions, AccessReviewStore reviews, DemoMode demo,
			Clock clock) {
		this.store = store;
		this.reviews = reviews;
		this.encryption = encryption;
		this.users = users;
		this.throttle = throttle;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
		this.demo = demo;
		this.clock = clock;
	}

	public static boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(REQUIRED_FOR::contains);
	}

	@Transactional(readOnly = true)
	public State state(CurrentUser user) {
		if (store.active(user.id())) {
			return State.CODE;
		}
		return requiredFor(user.roles()) ? State.ENROLMENT : State.NONE;
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return store.active(userId);
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		return store.unusedRecoveryCodeCount(userId);
	}

	/**
	 * The secret a user enrols with: the one waiting for its first code, or a new one. Never for a user whose second
	 * factor is active (they remove it first, re-authenticated).
	 */
	public Enrolment enrolment(CurrentUser user) {
		TokenAuthentication.refuse();
		var row = store.find(user.id());
		if (row.isPresent() && row.get().active()) {
			throw new IllegalStateException("already enrolled");
		}
		var secret = row.map(it -> encryption.open(it.sealedSecret(), user.id())).orElse(null);
		if (secret == null) {
			secret = Totp.newSecret();
			store.startEnrolment(user.id(), seal(secret, user.id()), Instant.now(clock));
		}
		return new Enrolment(secret, qrCode(Totp.uri(ISSUER, user.getUsername(), secret)));
	}

	/**
	 * Activates the waiting secret with the user's current password and a code from it: the ten recovery codes, to
	 * show once.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public List<String> confirm(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		TokenAuthentication.refuse();
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		checkPassword(account, currentPassword);
		var row = store.find(user.id()).filter(it -> !it.active())
			.orElseThrow(() -> new FieldRejected("code", "secondFactor.expired"));
		if (code == null || code.isBlank()) {
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
		var attempt = throttle.begin(codeSubject(account), null)
			.orElseThrow(() -> new FieldRejected("code", "login.blocked"));
		var now = Instant.now(clock);
		var step = Totp.matchingStep(open(row), code == null ? "" : code, now);
		if (step.isEmpty() || !store.activate(user.id(), step.getAsLong(), now)) {
			audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_ENROLLED, "user", user.id(), AuditResult.FAILURE);
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
		throttle.succeeded(attempt);
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_ENROLLED, "user", user.id(), AuditResult.SUCCESS);
		return newRecoveryCodes(user.id());
	}

	/** Removes the user's own second factor, with their current password and code (or a recovery code). */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void remove(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		reauthenticate(user, currentPassword, code);
		store.remove(user.id());
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_REMOVED, "user", user.id(), AuditResult.SUCCESS);
	}

	/** Ten new recovery codes in place of the old ones, with the current password and code. */
	@Transactional(noRollbackFor = FieldRejected.class)
	public List<String> renewRecoveryCodes(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		reauthenticate(user, currentPassword, code);
		if (!store.active(user.id())) {
			throw new FieldRejected("code", "secondFactor.notEnrolled");
		}
		audit.record(AuditLog.Actor.of(user), AuditAction.RECOVERY_CODES_RENEWED, "user", user.id(), AuditResult.SUCCESS);
		return newRecoveryCodes(user.id());
	}

	/**
	 * Re-authentication before a change of password, e-mail or second factor: the current password, and a current
	 * code (or recovery code) when the user has a second factor. Only from a signed-in session, never with a token.
	 * Wrong answers count as failed logins.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void reauthenticate(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		TokenAuthentication.refuse();
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		checkPassword(account, currentPassword);
		if (store.active(user.id()) && verify(user, code) != Outcome.PASSED) {
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
	}

	/**
	 * Checks the code the user typed at the second step of the login: a TOTP code of an unused step, or one of their
	 * unused recovery codes (used up by this). Throttled and audited.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public Outcome verifyLogin(CurrentUser user, @Nullable String code) {
		return check(user, code, AuditAction.LOGIN_SUCCEEDED);
	}

	/** A current code for re-authentication (a password change, say): as at login, audited as such. */
	@Transactional(noRollbackFor = FieldRejected.class)
	public Outcome verify(CurrentUser user, @Nullable String code) {
		return check(user, code, AuditAction.SECOND_FACTOR_PASSED);
	}

	private Outcome check(CurrentUser user, @Nullable String code, AuditAction passed) {
		var outcome = checked(user, code, passed);
		if (outcome == Outcome.PASSED && passed == AuditAction.LOGIN_SUCCEEDED) {
			// the login is complete: the access review's "last login"
			reviews.recordLogin(user.id(), Instant.now(clock));
		}
		return outcome;
	}

	private Outcome checked(CurrentUser user, @Nullable String code, AuditAction passed) {
		if (code == null || code.isBlank()) {
			// no code is no guess: refused, not counted
			return Outcome.WRONG;
		}
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		var attempt = throttle.begin(codeSubject(account), null);
		if (attempt.isEmpty()) {
			audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_FAILED, "user", user.id(), AuditResult.DENIED);
			return Outcome.THROTTLED;
		}
		var row = store.find(user.id()).filter(SecondFactorStore.Row::active);
		var typed = code == null ? "" : code.strip();
		if (row.isPresent() && typed.length() <= 40) {
			var now = Instant.now(clock);
			var step = Totp.matchingStep(open(row.get()), typed, now);
			if (step.isPresent() && store.useStep(user.id(), step.getAsLong())) {
				throttle.succeeded(attempt.get());
				audit.record(AuditLog.Actor.of(user), passed, "user", user.id(), AuditResult.SUCCESS);
				return Outcome.PASSED;
			}
			if (step.isEmpty() && useRecoveryCode(user.id(), typed, now)) {
				throttle.succeeded(attempt.get());
				audit.record(AuditLog.Actor.of(user), AuditAction.RECOVERY_CODE_USED, "user", user.id(), AuditResult.SUCCESS);
				audit.record(AuditLog.Actor.of(user), passed, "user", user.id(), AuditResult.SUCCESS);
				return Outcome.PASSED;
			}
		}
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_FAILED, "user", user.id(), AuditResult.FAILURE);
		return Outcome.WRONG;
	}

	/**
	 * An ADMIN removes the second factor of a user of their organisation (a lost phone): the user's sessions end, and
	 * at their next login they enrol again (their role requires it) or sign in with the password alone.
	 */
	public void reset(CurrentUser admin, UUID userId) {
		var user = users.findByIdAndOrganisationId(userId, admin.organisationId()).orElseThrow(NotFound::new);
		store.remove(user.getId());
		sessions.end(user.getUsername(), null);
		audit.record(AuditLog.Actor.of(admin), AuditAction.SECOND_FACTOR_RESET, "user", user.getId(), AuditResult.SUCCESS);
	}

	/**
	 * The code of the demo's secret the user can enter now, to show on the second step; only in {@link DemoMode}.
	 * When this step's code was used already (two people trying the demo as the same user), the next step's, which
	 * is accepted too.
	 */
	@Transactional(readOnly = true)
	public Optional<String> demoCode(CurrentUser user) {
		if (!demo.enabled()) {
			return Optional.empty();
		}
		var now = Totp.step(Instant.now(clock));
		var used = store.find(user.id()).map(SecondFactorStore.Row::lastStep).orElse(null);
		var step = used != null && used >= now ? Math.min(used + 1, now + 1) : now;
		return Optional.of(Totp.code(DEMO_SECRET, step));
	}

	/** An active second factor with a known secret, without enrolment: for the demo users. */
	void enrolFixed(UUID userId, String secret) {
		store.remove(userId);
		store.startEnrolment(userId, seal(secret, userId), Instant.now(clock));
		store.activate(userId, 0, Instant.now(clock));
	}

	/**
	 * The current password of a signed-in user, throttled per account (5 wrong ones in 15 minutes refuse more), not
	 * per address: the user passed the login already, and a borrowed session must not guess it. No password is no
	 * guess, and not counted.
	 */
	private void checkPassword(UserAccount account, @Nullable String currentPassword) {
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
	private static String codeSubject(UserAccount account) {
		return "second-factor:" + account.getUsername();
	}

	private String seal(String secret, UUID userId) {
		var sealed = encryption.seal(secret, userId);
		if (sealed == null) {
			throw new IllegalStateException("no secret");
		}
		return sealed;
	}

	private String open(SecondFactorStore.Row row) {
		var secret = encryption.open(row.sealedSecret(), row.userId());
		if (secret == null) {
			throw new IllegalStateException("no secret");
		}
		return secret;
	}

	private List<String> newRecoveryCodes(UUID userId) {
		var plain = new ArrayList<String>();
		var stored = new ArrayList<SecondFactorStore.RecoveryCode>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			var bytes = new byte[15];
			RANDOM.nextBytes(bytes);
			var code = Totp.base32(bytes).toLowerCase(Locale.ROOT);
			var salt = new byte[16];
			RANDOM.nextBytes(salt);
			var saltText = HexFormat.of().formatHex(salt);
			stored.add(new SecondFactorStore.RecoveryCode(UUID.randomUUID(), saltText, recoveryHash(saltText, code)));
			plain.add(String.join("-", code.substring(0, 6), code.substring(6, 12), code.substring(12, 18),
					code.substring(18)));
		}
		store.replaceRecoveryCodes(userId, stored);
		return plain;
	}

	private boolean useRecoveryCode(UUID userId, String typed, Instant now) {
		var normal = typed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		if (normal.length() != 24) {
			return false;
		}
		for (var code : store.unusedRecoveryCodes(userId)) {
			if (MessageDigest.isEqual(recoveryHash(code.salt(), normal).getBytes(StandardCharsets.US_ASCII),
					code.hash().getBytes(StandardCharsets.US_ASCII))) {
				return store.useRecoveryCode(code.id(), now);
			}
		}
		return false;
	}

	/**
	 * A recovery code carries 120 random bits (24 base32 characters): a salted SHA-256 is enough (ASVS 6.5.2 asks
	 * for 112 bits before a plain hash will do), nobody guesses one from its hash.
	 */
	static String recoveryHash(String salt, String code) {
		return Secrets.hash(salt + ":" + code);
	}

	private static String qrCode(String uri) {
		try {
			var matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
					java.util.Map.of(EncodeHintType.MARGIN, 4));
			var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
				.append(matrix.getWidth()).append(' ').append(matrix.getHeight())
				.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			svg.append("\"/></svg>");
			return "data:image/svg+xml;base64,"
					+ java.util.Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
	}
}
