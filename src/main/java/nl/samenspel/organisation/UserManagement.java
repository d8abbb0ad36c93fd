package nl.samenspel.organisation;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.organisation.OneTimeLinks.Purpose;
import nl.samenspel.ui.CurrentUser;
import nl.samenspel.ui.FieldRejected;
import nl.samenspel.ui.Role;

/**
 * The lifecycle of user accounts: an ADMIN invites (an e-mail with a link that works once, for 72 hours), the
 * invitee chooses a password, an ADMIN changes roles or deactivates; anyone can reset a forgotten password by
 * e-mail. Deactivating a user or changing their roles ends their sessions on every node at once.
 */
@Service
@Transactional
public class UserManagement {

	private final UserAccounts users;
	private final OneTimeLinks links;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final Mailer mailer;
	private final AuditLog audit;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final ApplicationEventPublisher events;
	private final SecuritySettings settings;
	private final Clock clock;
	private final String baseUrl;

	UserManagement(UserAccounts users, OneTimeLinks links, PasswordPolicy policy, PasswordEncoder encoder,
			Mailer mailer, AuditLog audit, FindByIndexNameSessionRepository<? extends Session> sessions,
			ApplicationEventPublisher events, SecuritySettings settings, Clock clock,
			@Value("${samenspel.base-url}") String baseUrl) {
		this.users = users;
		this.links = links;
		this.policy = policy;
		this.encoder = encoder;
		this.mailer = mailer;
		this.audit = audit;
		this.sessions = sessions;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> users(UUID organisationId, String query, Pageable pageable) {
		return users.findByOrganisationIdAndUsernameContainingIgnoreCase(organisationId, query.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public UserAccount user(UUID organisationId, UUID id) {
		return users.findByIdAndOrganisationId(id, organisationId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	public UserAccount invite(UUID organisationId, InvitationDetails details) {
		var username = details.username().toLowerCase(Locale.ROOT);
		if (users.findByUsername(username).isPresent()) {
			throw new FieldRejected("username", "validation.username.taken");
		}
		var user = users.save(new UserAccount(organisationId, username, details.displayName().strip(),
				details.email().strip(), details.roles(), details.preferredLanguage(), Instant.now(clock)));
		sendActivation(user);
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

	private void sendActivation(UserAccount user) {
		var secret = links.issue(user.getId(), Purpose.ACTIVATION, settings.activationLinkValidity());
		mailer.send(user.getEmail(), user.getPreferredLanguage(), "mail.activation", user.getDisplayName(),
				baseUrl + "/activate?token=" + secret, settings.activationLinkValidity().toHours());
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
	 * Sends a reset link to the active account with this user name or e-mail address, if there is one. The caller
	 * answers the same either way, so the form reveals no accounts.
	 */
	public void requestPasswordReset(String identifier) {
		var value = nl.samenspel.ui.SearchTerm.of(identifier);
		var matches = value.contains("@") ? users.findActiveByEmail(value)
				: users.findByUsername(value.toLowerCase(Locale.ROOT)).filter(UserAccount::isActive).stream().toList();
		for (var user : matches) {
			var secret = links.issue(user.getId(), Purpose.PASSWORD_RESET, settings.resetLinkValidity());
			mailer.send(user.getEmail(), user.getPreferredLanguage(), "mail.reset", user.getDisplayName(),
					baseUrl + "/password-reset/confirm?token=" + secret, settings.resetLinkValidity().toHours());
			audit.record(actor(user), AuditAction.PASSWORD_RESET_REQUESTED, "user", user.getId(), AuditResult.SUCCESS);
		}
	}

	@Transactional(readOnly = true)
	public boolean resetLinkValid(String secret) {
		return links.peek(secret, Purpose.PASSWORD_RESET).flatMap(users::findById).filter(UserAccount::isActive)
			.isPresent();
	}

	/** Sets a new password through a reset link and ends the account's sessions; false when the link is not valid. */
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
		endSessions(user.getUsername());
		audit.record(actor(user), AuditAction.PASSWORD_RESET, "user", user.getId(), AuditResult.SUCCESS);
		return true;
	}

	/** A signed-in user changes their own password, confirming the current one. */
	public void changePassword(CurrentUser current, PasswordChoice choice) {
		var user = users.findById(current.id()).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (choice.currentPassword() == null || user.passwordHash() == null
				|| !encoder.matches(choice.currentPassword(), user.passwordHash())) {
			audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.FAILURE);
			throw new FieldRejected("currentPassword", "validation.password.currentWrong");
		}
		user.changePassword(checkedHash(choice));
		users.save(user);
		audit.record(AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditResult.SUCCESS);
	}

	public UserAccount changeRoles(CurrentUser admin, UUID id, Set<Role> roles) {
		var user = user(admin.organisationId(), id);
		if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			rejectLastAdmin(admin.organisationId(), user, "roles");
		}
		user.changeRoles(roles);
		users.save(user);
		endSessions(user.getUsername());
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
		endSessions(user.getUsername());
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

	/** Ends every session of the user, on every node: the sessions live in the database. */
	void endSessions(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	private void rejectLastAdmin(UUID organisationId, UserAccount leaving, String field) {
		if (users.countOtherActiveAdmins(organisationId, leaving.getId()) == 0) {
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
		return users.findByUsername(nl.samenspel.ui.SearchTerm.of(username).toLowerCase(Locale.ROOT)).filter(UserAccount::isActive)
			.map(UserAccount::toCurrentUser).orElse(null);
	}
}
