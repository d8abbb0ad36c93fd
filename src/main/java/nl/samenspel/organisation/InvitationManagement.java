package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OneTimeLinks.Purpose;

/**
 * How people get an account: an ADMIN invites by e-mail with a link that works once, for 72 hours, and the invitee
 * chooses a password through it. Roles no ADMIN gives alone become a pending grant ({@link #invite}). The first ADMIN
 * of a new installation is invited the same way ({@link Bootstrap}), the one account that gets ADMIN without a second.
 */
@Service
@Transactional
public class InvitationManagement {

	/** How long the first ADMIN's activation link works: a day, not the 72 hours of an ordinary invitation. */
	static final Duration FIRST_ADMIN_LINK = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(InvitationManagement.class);

	private final UserAccounts users;
	private final OneTimeLinks links;
	private final PasswordManagement passwords;
	private final Mailer mailer;
	private final AuditLog audit;
	private final SecuritySettings settings;
	private final Clock clock;
	private final String baseUrl;
	private final RoleGrantManagement grants;

	InvitationManagement(UserAccounts users, OneTimeLinks links, PasswordManagement passwords, Mailer mailer,
			AuditLog audit, SecuritySettings settings, Clock clock, @Value("${samenspel.base-url}") String baseUrl,
			RoleGrantManagement grants) {
		this.grants = grants;
		this.users = users;
		this.links = links;
		this.passwords = passwords;
		this.mailer = mailer;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * An ADMIN invites someone. Roles no ADMIN gives alone ({@link RoleGrant#SECOND_ADMIN}: need to know and ADMIN)
	 * are not given with the account: they become a pending grant that another ADMIN approves, as when an existing
	 * user's roles change ({@link RoleGrantManagement}); the account gets the other roles at once. In an organisation
	 * with one ADMIN the grant waits until a second ADMIN is there.
	 */
	public RoleChangeResult invite(CurrentUser admin, InvitationDetails details) {
		var requested = details.roles() == null ? Set.<Role>of() : details.roles();
		var approval = EnumSet.noneOf(Role.class);
		var now = EnumSet.noneOf(Role.class);
		requested.forEach(role -> (RoleGrant.SECOND_ADMIN.contains(role) ? approval : now).add(role));
		var user = createInvited(admin.organisationId(), new InvitationDetails(details.username(),
				details.displayName(), details.email(), now, details.preferredLanguage()));
		var grant = approval.isEmpty() ? null : grants.request(admin, user, approval);
		sendActivation(user);
		return new RoleChangeResult(user, grant);
	}

	/** Invites someone with roles any ADMIN may give alone (a guardian to the parent portal). */
	UserAccount inviteWithoutApproval(UUID organisationId, InvitationDetails details) {
		if (details.roles() == null || details.roles().stream().anyMatch(RoleGrant.SECOND_ADMIN::contains)) {
			throw new IllegalArgumentException("these roles need a second ADMIN");
		}
		var user = createInvited(organisationId, details);
		sendActivation(user);
		return user;
	}

	/**
	 * Invites the first ADMIN of a new installation, with a link that works for {@link #FIRST_ADMIN_LINK} only: it
	 * opens the organisation's most powerful account. Without an SMTP server the operator gets the activation link in
	 * the log: nobody could sign in otherwise (unless the operator sets the password, {@link #createFirstAdmin}).
	 */
	void inviteFirstAdmin(UUID organisationId, InvitationDetails details) {
		var user = createInvited(organisationId, details);
		var link = sendActivation(user, FIRST_ADMIN_LINK);
		if (!mailer.delivers()) {
			log.warn("No SMTP server configured: activate the first ADMIN '{}' with this link (valid {} hours): {}",
					user.getUsername(), FIRST_ADMIN_LINK.toHours(), link);
		}
	}

	/**
	 * Creates the first ADMIN of a new installation as an active account with the password the operator set (its hash,
	 * checked against the policy by the caller): no link is made, mailed or logged.
	 */
	void createFirstAdmin(UUID organisationId, InvitationDetails details, String passwordHash) {
		var user = createInvited(organisationId, details);
		user.activate(passwordHash);
		users.save(user);
		audit.record(AuditLog.Actor.of(user.toCurrentUser()), AuditAction.USER_ACTIVATED, "user", user.getId(),
				AuditResult.SUCCESS);
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
		var user = users.findByIdAndOrganisationId(id, organisationId).orElseThrow(NotFound::new);
		if (user.getStatus() != UserStatus.INVITED) {
			throw new FieldRejected("status", "users.resend.notInvited");
		}
		sendActivation(user);
		audit.record(AuditAction.USER_INVITED, "user", user.getId(), AuditResult.SUCCESS);
	}

	private String sendActivation(UserAccount user) {
		return sendActivation(user, settings.activationLinkValidity());
	}

	private String sendActivation(UserAccount user, Duration validity) {
		var secret = links.issue(user.getId(), Purpose.ACTIVATION, validity);
		var link = baseUrl + "/activate?token=" + secret + "&lang=" + user.getPreferredLanguage();
		mailer.send(user.getOrganisationId(), user.getEmail(), user.getPreferredLanguage(), "mail.activation",
				user.getDisplayName(), link, validity.toHours());
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
		var invited = invitation(secret);
		if (invited.isEmpty()) {
			return false;
		}
		var hash = passwords.checkedHash(choice, invited.get());
		var user = links.consume(secret, Purpose.ACTIVATION).flatMap(users::findById).orElse(null);
		if (user == null || user.getStatus() != UserStatus.INVITED) {
			return false;
		}
		user.activate(hash);
		users.save(user);
		audit.record(AuditLog.Actor.of(user.toCurrentUser()), AuditAction.USER_ACTIVATED, "user", user.getId(),
				AuditResult.SUCCESS);
		return true;
	}
}
