package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.OneTimeLinks.Purpose;

/**
 * Passwords after the first: a signed-in user changes their own, and anyone can reset a forgotten one by e-mail (a
 * link that works once, for 2 hours). A reset ends the user's sessions on every node and revokes their API tokens; a
 * change ends their other sessions. Every password meets the {@link PasswordPolicy}.
 */
@Service
@Transactional
public class PasswordManagement {

	private static final Logger log = LoggerFactory.getLogger(PasswordManagement.class);

	/** A new reset link is sent at most this often per account, so the form cannot flood a mailbox. */
	static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

	private final UserAccounts users;
	private final Organisations organisations;
	private final OneTimeLinks links;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Mailer mailer;
	private final AuditLog audit;
	private final UserSessions sessions;
	private final TokenManagement tokens;
	private final LoginThrottle throttle;
	private final TaskExecutor executor;
	private final SecuritySettings settings;
	private final Clock clock;
	private final String baseUrl;
	private final SecondFactors secondFactors;

	PasswordManagement(UserAccounts users, Organisations organisations, OneTimeLinks links, PasswordPolicy policy, PasswordEncoder encoder,
			Mailer mailer, AuditLog audit, UserSessions sessions, TokenManagement tokens, LoginThrottle throttle,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, SecuritySettings settings, Clock clock,
			@Value("${samenspel.base-url}") String baseUrl, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.users = users;
		this.organisations = organisations;
		this.links = links;
		this.policy = policy;
		this.encoder = encoder;
		this.mailer = mailer;
		this.audit = audit;
		this.sessions = sessions;
		this.tokens = tokens;
		this.throttle = throttle;
		this.executor = executor;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends a reset link to the active account with this user name or e-mail address, if there is one and it got no
	 * link in the last minutes. The mail leaves after the answer, on another thread, and the caller answers the same
	 * either way: the form reveals no accounts, neither by its text nor by its speed.
	 */
	public void requestPasswordReset(String identifier) {
		var value = SearchTerm.of(identifier);
		if (value.isEmpty()) {
			return;
		}
		var matches = value.contains("@") ? users.findActiveByEmail(value)
				: users.findByUsername(UserManagement.canonical(value)).filter(UserAccount::isActive).stream().toList();
		for (var user : matches) {
			if (user.passwordHash() == null) {
				// a child's own account has no password and no address: nothing to reset, nothing to send
				continue;
			}
			if (links.issuedSince(user.getId(), Purpose.PASSWORD_RESET, Instant.now(clock).minus(RESET_INTERVAL))) {
				continue;
			}
			var secret = links.issue(user.getId(), Purpose.PASSWORD_RESET, settings.resetLinkValidity());
			var link = baseUrl + "/password-reset/confirm?token=" + secret + "&lang=" + user.getPreferredLanguage();
			afterCommit(() -> mailer.send(user.getOrganisationId(), user.getEmail(), user.getPreferredLanguage(),
					"mail.reset", user.getDisplayName(), link, settings.resetLinkValidity().toHours()));
			audit.record(AuditLog.Actor.of(user.toCurrentUser()), AuditAction.PASSWORD_RESET_REQUESTED, "user",
					user.getId(), AuditResult.SUCCESS);
		}
	}

	private void afterCommit(Runnable mail) {
		Runnable guarded = () -> {
			try {
				mail.run();
			}
			catch (RuntimeException e) {
				log.error("A password-reset mail could not be sent", e);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(guarded);
				}
			});
		}
		else {
			executor.execute(guarded);
		}
	}

	@Transactional(readOnly = true)
	public boolean resetLinkValid(String secret) {
		return links.peek(secret, Purpose.PASSWORD_RESET).flatMap(users::findById).filter(UserAccount::isActive)
			.isPresent();
	}

	/**
	 * Sets a new password through a reset link, ends the account's sessions and revokes its tokens (a reset may mean
	 * the account was taken over), and forgives the failed logins counted against the account (its owner proved who
	 * they are); false when the link is not valid.
	 */
	public boolean resetPassword(String secret, PasswordChoice choice) {
		var holder = links.peek(secret, Purpose.PASSWORD_RESET).flatMap(users::findById).filter(UserAccount::isActive);
		if (holder.isEmpty()) {
			return false;
		}
		var hash = checkedHash(choice, holder.get());
		var user = links.consume(secret, Purpose.PASSWORD_RESET).flatMap(users::findById).orElse(null);
		if (user == null || !user.isActive()) {
			return false;
		}
		user.changePassword(hash);
		users.save(user);
		sessions.end(user.getUsername(), null);
		tokens.revokeAll(user.getId());
		throttle.forgive(user.getUsername());
		audit.record(AuditLog.Actor.of(user.toCurrentUser()), AuditAction.PASSWORD_RESET, "user", user.getId(),
				AuditResult.SUCCESS);
		return true;
	}

	/**
	 * A signed-in user changes their own password, confirming the current one (and a current code when they have a
	 * second factor: a password reset never touches the second factor either). Wrong current passwords count as
	 * failed logins, so a borrowed session cannot be used to guess it. The user's other sessions end. Only from a
	 * signed-in session: a personal access token never changes a password (403), or a stolen one could lock its
	 * owner out.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void changePassword(CurrentUser current, PasswordChoice choice) {
		changePassword(current, choice, null);
	}

	/**
	 * As {@link #changePassword(CurrentUser, PasswordChoice)}, and with a current code (or recovery code) of the
	 * user's second factor, which a user who has one must give.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void changePassword(CurrentUser current, PasswordChoice choice, @Nullable String code) {
		TokenAuthentication.refuse();
		var user = users.findById(current.id()).orElseThrow(NotFound::new);
		var attempt = throttle.begin(user.getUsername(), LoginThrottle.currentAddress())
			.orElseThrow(() -> new FieldRejected("currentPassword", "login.blocked"));
		if (choice.currentPassword() == null || user.passwordHash() == null
				|| !encoder.matches(choice.currentPassword(), user.passwordHash())) {
			audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.FAILURE);
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		throttle.succeeded(attempt);
		// the new password's faults first: they are shown whatever the code, and a code is used up only by a change
		var hash = checkedHash(choice, user);
		if (secondFactors.enrolled(user.getId()) && secondFactors.verify(current, code) != SecondFactors.Outcome.PASSED) {
			throw new FieldRejected("code", "secondFactor.codeWrong");
		}
		user.changePassword(hash);
		users.save(user);
		sessions.endOthers(user.getUsername());
		audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.SUCCESS);
	}

	/**
	 * The hash of a new password for the user that meets the policy, contains nothing of the user's name, address or
	 * organisation, and was typed the same twice; else the field at fault.
	 */
	String checkedHash(PasswordChoice choice, UserAccount user) {
		problem(choice.password(), user.getUsername(), user.getEmail(),
				organisations.findById(user.getOrganisationId()).map(Organisation::getName).orElse(null))
			.ifPresent(problem -> {
				throw new FieldRejected("password", problem);
			});
		if (!choice.password().equals(choice.confirmation())) {
			throw new FieldRejected("confirmation", "validation.password.mismatch");
		}
		return encoder.encode(choice.password());
	}

	/** The message key of what is wrong with a password for this user of this organisation, if anything. */
	Optional<String> problem(@Nullable String password, @Nullable String username, @Nullable String email,
			@Nullable String organisation) {
		return policy.problem(password, PasswordPolicy.personal(username, email, organisation));
	}

	/** The hash of a password, for one that was checked already. */
	String hash(String password) {
		return encoder.encode(password);
	}
}
