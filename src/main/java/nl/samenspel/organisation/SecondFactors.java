package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Two-factor login with TOTP (RFC 6238): required for ADMIN, COORDINATOR and SAFEGUARDING_OFFICER, and for every
 * staff member ({@link #ALL_STAFF}) of an organisation whose ADMIN turned that on; offered to everyone else. A user enrols by scanning a QR code (or typing the secret) and confirming with a valid code, and gets
 * ten single-use recovery codes ({@link RecoveryCodes}). The secret is sealed at rest, with the user's id as associated
 * data, and opened only to check a code ({@link CodeChecks}). Every code works once: the 30-second step of the last
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

	/** The roles that must have a second factor in an organisation that requires it of all its staff. */
	public static final Set<Role> ALL_STAFF = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.WORKER,
			Role.SAFEGUARDING_OFFICER, Role.VOLUNTEER);

	private static final String ISSUER = "Samenspel";
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
	private final CodeChecks checks;
	private final RecoveryCodes recoveryCodes;
	private final UserAccounts users;
	private final LoginThrottle throttle;
	private final AuditLog audit;
	private final UserSessions sessions;
	private final DemoMode demo;
	private final Organisations organisations;
	private final Clock clock;

	SecondFactors(SecondFactorStore store, CodeChecks checks, RecoveryCodes recoveryCodes, UserAccounts users,
			LoginThrottle throttle, AuditLog audit, UserSessions sessions, DemoMode demo, Organisations organisations,
			Clock clock) {
		this.organisations = organisations;
		this.store = store;
		this.checks = checks;
		this.recoveryCodes = recoveryCodes;
		this.users = users;
		this.throttle = throttle;
		this.audit = audit;
		this.sessions = sessions;
		this.demo = demo;
		this.clock = clock;
	}

	/** Whether these roles need a second factor whatever the organisation's setting. */
	public static boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(REQUIRED_FOR::contains);
	}

	/** Whether these roles need a second factor, given whether the organisation requires one of all its staff. */
	public static boolean requiredFor(Set<Role> roles, boolean allStaff) {
		return requiredFor(roles) || allStaff && roles.stream().anyMatch(ALL_STAFF::contains);
	}

	/**
	 * Whether this user must have a second factor: by their roles, or as staff of an organisation that requires it
	 * of all its staff (read now, not cached: this is asked at login and by the gate, only before a factor passed).
	 */
	@Transactional(readOnly = true)
	public boolean required(CurrentUser user) {
		if (requiredFor(user.roles())) {
			return true;
		}
		return user.roles().stream().anyMatch(ALL_STAFF::contains) && user.organisationId() != null
				&& organisations.findById(user.organisationId()).map(Organisation::isSecondFactorForAllStaff)
					.orElse(false);
	}

	@Transactional(readOnly = true)
	public State state(CurrentUser user) {
		if (store.active(user.id())) {
			return State.CODE;
		}
		return required(user) ? State.ENROLMENT : State.NONE;
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return store.active(userId);
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		return recoveryCodes.left(userId);
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
		var secret = row.map(checks::open).orElse(null);
		if (secret == null) {
			secret = Totp.newSecret();
			store.startEnrolment(user.id(), checks.seal(secret, user.id()), Instant.now(clock));
		}
		return new Enrolment(secret, QrCodes.svgDataUri(Totp.uri(ISSUER, user.getUsername(), secret)));
	}

	/**
	 * Activates the waiting secret with the user's current password and a code from it: the ten recovery codes, to
	 * show once.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public List<String> confirm(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		TokenAuthentication.refuse();
		var account = users.findById(user.id()).orElseThrow(NotFound::new);
		checks.password(account, currentPassword);
		var row = store.find(user.id()).filter(it -> !it.active())
			.orElseThrow(() -> new FieldRejected("code", "secondFactor.expired"));
		if (code == null || code.isBlank()) {
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
		var attempt = throttle.begin(CodeChecks.subject(account), null)
			.orElseThrow(() -> new FieldRejected("code", "login.blocked"));
		var now = Instant.now(clock);
		var step = Totp.matchingStep(checks.open(row), code == null ? "" : code, now);
		if (step.isEmpty() || !store.activate(user.id(), step.getAsLong(), now)) {
			audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_ENROLLED, "user", user.id(), AuditResult.FAILURE);
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
		throttle.succeeded(attempt);
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_ENROLLED, "user", user.id(), AuditResult.SUCCESS);
		sessions.endOthers(user.getUsername());
		return recoveryCodes.renew(user.id());
	}

	/** Removes the user's own second factor, with their current password and code (or a recovery code). */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void remove(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		reauthenticate(user, currentPassword, code);
		store.remove(user.id());
		audit.record(AuditLog.Actor.of(user), AuditAction.SECOND_FACTOR_REMOVED, "user", user.id(), AuditResult.SUCCESS);
		sessions.endOthers(user.getUsername());
	}

	/** Ten new recovery codes in place of the old ones, with the current password and code. */
	@Transactional(noRollbackFor = FieldRejected.class)
	public List<String> renewRecoveryCodes(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		reauthenticate(user, currentPassword, code);
		if (!store.active(user.id())) {
			throw new FieldRejected("code", "secondFactor.notEnrolled");
		}
		audit.record(AuditLog.Actor.of(user), AuditAction.RECOVERY_CODES_RENEWED, "user", user.id(), AuditResult.SUCCESS);
		sessions.endOthers(user.getUsername());
		return recoveryCodes.renew(user.id());
	}

	/**
	 * Re-authentication before a change of password, e-mail or second factor: the current password, and a current
	 * code (or recovery code) when the user has a second factor. Only from a signed-in session, never with a token.
	 * Wrong answers count as failed logins.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void reauthenticate(CurrentUser user, @Nullable String currentPassword, @Nullable String code) {
		checks.reauthenticate(user, currentPassword, code);
	}

	/**
	 * Checks the code the user typed at the second step of the login: a TOTP code of an unused step, or one of their
	 * unused recovery codes (used up by this). Throttled and audited.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public Outcome verifyLogin(CurrentUser user, @Nullable String code) {
		return checks.check(user, code, AuditAction.LOGIN_SUCCEEDED);
	}

	/** A current code for re-authentication (a password change, say): as at login, audited as such. */
	@Transactional(noRollbackFor = FieldRejected.class)
	public Outcome verify(CurrentUser user, @Nullable String code) {
		return checks.check(user, code, AuditAction.SECOND_FACTOR_PASSED);
	}

	/**
	 * An ADMIN removes the second factor of a user of their organisation (a lost phone): the user's sessions end, and
	 * at their next login they enrol again (their role or their organisation requires it) or sign in with the password alone.
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
		store.startEnrolment(userId, checks.seal(secret, userId), Instant.now(clock));
		store.activate(userId, 0, Instant.now(clock));
	}
}
