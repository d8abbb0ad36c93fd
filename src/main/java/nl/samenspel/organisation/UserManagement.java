package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.OneTimeLinks.Purpose;

/**
 * The lifecycle of user accounts: an ADMIN invites (an e-mail with a link that works once, for 72 hours), the
 * invitee chooses a password, an ADMIN changes roles or deactivates; anyone can reset a forgotten password by
 * e-mail. Deactivating a user, changing their roles or resetting their password ends their sessions on every node
 * at once; deactivation and reset also revoke their API tokens.
 */
@Service
@Transactional
public class UserManagement {

	private static final Logger log = LoggerFactory.getLogger(UserManagement.class);

	/** A new reset link is sent at most this often per account, so the form cannot flood a mailbox. */
	static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

	private final UserAccounts users;
	private final OneTimeLinks links;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Mailer mailer;
	private final AuditLog audit;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final TokenManagement tokens;
	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;
	private final TaskExecutor executor;
	private final SecuritySettings settings;
	private final Clock clock;
	private final String baseUrl;

	UserManagement(UserAccounts users, OneTimeLinks links, PasswordPolicy policy, PasswordEncoder encoder,
			Mailer mailer, AuditLog audit, FindByIndexNameSessionRepository<? extends Session> sessions,
			TokenManagement tokens, LoginThrottle throttle, ApplicationEventPublisher events,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			SecuritySettings settings, Clock clock, @Value("${samenspel.base-url}") String baseUrl) {
		this.users = users;
		this.links = links;
		this.policy = policy;
		this.encoder = encoder;
		this.mailer = mailer;
		this.audit = audit;
		this.sessions = sessions;
		this.tokens = tokens;
		this.throttle = throttle;
		this.events = events;
		this.executor = executor;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * The one form of a user name that lookups, login and throttling all use: control characters dropped, trimmed,
	 * lower case. So {@code "ad\u0001min "} is {@code admin} everywhere, and cannot buy extra login attempts.
	 */
	static String canonical(@Nullable String username) {
		return SearchTerm.of(username).toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> users(UUID organisationId, String query, Pageable pageable) {
		return users.findByOrganisationIdAndUsernameContainingIgnoreCase(organisationId, query.strip(), pageable);
	}

	/** The id of the user with this user name in the organisation, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UUID> userId(UUID organisationId, String username) {
		return users.findByUsername(canonical(username)).filter(user -> user.getOrganisationId().equals(organisationId))
			.map(UserAccount::getId);
	}

	/** The organisation's active users with one of these roles, by name: who can be put on a session, say. */
	@Transactional(readOnly = true)
	public List<UserAccount> activeUsersWithAnyRole(UUID organisationId, Set<Role> roles) {
		return users.findByOrganisationId(organisationId).stream()
			.filter(UserAccount::isActive)
			.filter(user -> user.getRoles().stream().anyMatch(roles::contains))
			.sorted(java.util.Comparator.comparing(UserAccount::getDisplayName))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount user(UUID organisationId, UUID id) {
		return users.findByIdAndOrganisationId(id, organisationId).orElseThrow(NotFound::new);
	}

	public UserAccount invite(UUID organisationId, InvitationDetails details) {
		var user = createInvited(organisationId, details);
		sendActivation(user);
		return user;
	}

	/** Invites a guardian to the parent portal (for the children module): the new PARENT account's id. */
	public UUID inviteParent(UUID organisationId, InvitationDetails details) {
		if (!details.roles().equals(Set.of(Role.PARENT))) {
			throw new IllegalArgumentException("only PARENT accounts are made this way");
		}
		return invite(organisationId, details).getId();
	}

	/**
	 * Invites the first ADMIN of a new installation. Without an SMTP server the operator gets the activation link in
	 * the log: nobody could sign in otherwise.
	 */
	void inviteFirstAdmin(UUID organisationId, InvitationDetails details) {
		var user = createInvited(organisationId, details);
		var link = sendActivation(user);
		if (!mailer.delivers()) {
			log.warn("No SMTP server configured: activate the first ADMIN '{}' with this link (valid {} hours): {}",
					user.getUsername(), settings.activationLinkValidity().toHours(), link);
		}
	}

	private UserAccount createInvited(UUID organisationId, InvitationDetails details) {
		var username = details.username().toLowerCase(Locale.ROOT);
		if (users.findByUsername(username).isPresent()) {
			throw new FieldRejected("username", "validation.username.taken");
		}
		var user = users.save(new UserAccount(organisationId, username, details.displayName().strip(),
				details.email().strip(), details.roles(), details.preferredLanguage(), Instant.now(clock)));
		audit.record(AuditAction.USER_INVITED, "user", user.getId(), AuditResult.SUCCESS);
		return user;
	}

	public void resendInvitation(UUID organisationId, UUID id) {
		var user = user(organisationId, id);
		if (user.getStatus() != UserStatus.INVITED) {
			throw new FieldRejected("status", "users.resend.notInvited");
		}
		sendActivation(user);
		audit.record(AuditAction.USER_INVITED, "user", user.getId(), AuditResult.SUCCESS);
	}

	private String sendActivation(UserAccount user) {
		var secret = links.issue(user.getId(), Purpose.ACTIVATION, settings.activationLinkValidity());
		var link = baseUrl + "/activate?token=" + secret + "&lang=" + user.getPreferredLanguage();
		mailer.send(user.getOrganisationId(), user.getEmail(), user.getPreferredLanguage(), "mail.activation",
				user.getDisplayName(), link, settings.activationLinkValidity().toHours());
		return link;
	}

	/** The invited account a still valid activation link belongs to. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> invitation(String secret) {
		return links.peek(secret, Purpose.ACTIVATION).flatMap(users::findById)
			.filter(user -> user.getStatus() == UserStatus.INVITED);
	}

	/** Sets the password of an invited account through its link; false when the link is used, expired or unknown. */
	public boolean activate(String secret, PasswordChoice choice) {
		if (invitation(secret).isEmpty()) {
			return false;
		}
		var hash = checkedHash(choice);
		var user = links.consume(secret, Purpose.ACTIVATION).flatMap(users::findById).orElse(null);
		if (user == null || user.getStatus() != UserStatus.INVITED) {
			return false;
		}
		user.activate(hash);
		users.save(user);
		audit.record(actor(user), AuditAction.USER_ACTIVATED, "user", user.getId(), AuditResult.SUCCESS);
		return true;
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
				: users.findByUsername(canonical(value)).filter(UserAccount::isActive).stream().toList();
		for (var user : matches) {
			if (links.issuedSince(user.getId(), Purpose.PASSWORD_RESET, Instant.now(clock).minus(RESET_INTERVAL))) {
				continue;
			}
			var secret = links.issue(user.getId(), Purpose.PASSWORD_RESET, settings.resetLinkValidity());
			var link = baseUrl + "/password-reset/confirm?token=" + secret + "&lang=" + user.getPreferredLanguage();
			afterCommit(() -> mailer.send(user.getOrganisationId(), user.getEmail(), user.getPreferredLanguage(),
					"mail.reset", user.getDisplayName(), link, settings.resetLinkValidity().toHours()));
			audit.record(actor(user), AuditAction.PASSWORD_RESET_REQUESTED, "user", user.getId(), AuditResult.SUCCESS);
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
	 * the account was taken over); false when the link is not valid.
	 */
	public boolean resetPassword(String secret, PasswordChoice choice) {
		if (!resetLinkValid(secret)) {
			return false;
		}
		var hash = checkedHash(choice);
		var user = links.consume(secret, Purpose.PASSWORD_RESET).flatMap(users::findById).orElse(null);
		if (user == null || !user.isActive()) {
			return false;
		}
		user.changePassword(hash);
		users.save(user);
		endSessions(user.getUsername(), null);
		tokens.revokeAll(user.getId());
		audit.record(actor(user), AuditAction.PASSWORD_RESET, "user", user.getId(), AuditResult.SUCCESS);
		return true;
	}

	/**
	 * A signed-in user changes their own password, confirming the current one. Wrong current passwords count as
	 * failed logins, so a borrowed session cannot be used to guess it. The user's other sessions end.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void changePassword(CurrentUser current, PasswordChoice choice) {
		var user = users.findById(current.id()).orElseThrow(NotFound::new);
		if (throttle.isBlocked(user.getUsername(), null)) {
			throw new FieldRejected("currentPassword", "login.blocked");
		}
		if (choice.currentPassword() == null || user.passwordHash() == null
				|| !encoder.matches(choice.currentPassword(), user.passwordHash())) {
			throttle.recordFailure(user.getUsername(), null);
			audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.FAILURE);
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		user.changePassword(checkedHash(choice));
		users.save(user);
		endSessions(user.getUsername(), RequestContextHolder.getRequestAttributes() == null ? null
				: RequestContextHolder.getRequestAttributes().getSessionId());
		audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.SUCCESS);
	}

	public UserAccount changeRoles(CurrentUser admin, UUID id, Set<Role> roles) {
		var user = user(admin.organisationId(), id);
		if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			rejectLastAdmin(admin.organisationId(), user, "roles");
		}
		user.changeRoles(roles);
		users.save(user);
		endSessions(user.getUsername(), null);
		audit.record(AuditAction.ROLES_CHANGED, "user", id, AuditResult.SUCCESS);
		return user;
	}

	public UserAccount deactivate(CurrentUser admin, UUID id) {
		var user = user(admin.organisationId(), id);
		if (user.getId().equals(admin.id())) {
			throw new FieldRejected("status", "users.deactivate.self");
		}
		if (user.getRoles().contains(Role.ADMIN)) {
			rejectLastAdmin(admin.organisationId(), user, "status");
		}
		user.deactivate();
		users.save(user);
		links.invalidate(user.getId(), Purpose.ACTIVATION);
		links.invalidate(user.getId(), Purpose.PASSWORD_RESET);
		endSessions(user.getUsername(), null);
		tokens.revokeAll(user.getId());
		audit.record(AuditAction.USER_DEACTIVATED, "user", id, AuditResult.SUCCESS);
		events.publishEvent(new UserDeactivated(user.getOrganisationId(), user.getId()));
		return user;
	}

	public UserAccount reactivate(CurrentUser admin, UUID id) {
		var user = user(admin.organisationId(), id);
		user.reactivate();
		users.save(user);
		audit.record(AuditAction.USER_REACTIVATED, "user", id, AuditResult.SUCCESS);
		return user;
	}

	/** Ends the user's sessions on every node (they live in the database), except the one given. */
	void endSessions(String username, @Nullable String except) {
		sessions.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(except))
			.forEach(sessions::deleteById);
	}

	private void rejectLastAdmin(UUID organisationId, UserAccount leaving, String field) {
		// Lock the organisation's active ADMINs, so that two ADMINs removing each other at once cannot both succeed.
		if (users.lockOtherActiveAdmins(organisationId, leaving.getId()).isEmpty()) {
			throw new FieldRejected(field, "users.lastAdmin");
		}
	}

	private String checkedHash(PasswordChoice choice) {
		policy.problem(choice.password()).ifPresent(problem -> {
			throw new FieldRejected("password", problem);
		});
		if (!choice.password().equals(choice.confirmation())) {
			throw new FieldRejected("confirmation", "validation.password.mismatch");
		}
		return encoder.encode(choice.password());
	}

	private static AuditLog.Actor actor(UserAccount user) {
		return new AuditLog.Actor(user.getOrganisationId(), user.getId(), user.getUsername(),
				String.join(",", user.getRoles().stream().map(Role::name).sorted().toList()));
	}

	@Nullable CurrentUser load(String username) {
		return users.findByUsername(canonical(username)).filter(UserAccount::isActive).map(UserAccount::toCurrentUser)
			.orElse(null);
	}
}
