package nl.samenspel.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * The accounts children sign in as with their own login (participation's child login, ages 8 to 12): role CHILD
 * only, no e-mail address, no password, so never a password login, a password reset or an activation link
 * ({@link UserManagement#load}, {@link PasswordManagement}). Neither the second-admin rule ({@link RoleGrant}) nor the
 * second factor ({@link SecondFactors}: CHILD is no staff role) applies to them.
 * <p>
 * {@link #signIn} is the child's login: the throttle of every login ({@link LoginThrottle}, counted before the check,
 * per subject and per address, so parallel guesses cannot beat it), the check the caller gives, then a session like
 * a staff member's (a new session id, the absolute timeout's clock, the device), audited as every login is.
 */
@Service
@Transactional
public class ChildAccounts {

	/** What became of a sign-in. */
	public enum Outcome {
		SIGNED_IN, WRONG, THROTTLED
	}

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String NAME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	/** What an erased child's account is shown by. */
	static final String ERASED_NAME = "-";

	private final UserAccounts users;
	private final UserSessions sessions;
	private final LoginThrottle throttle;
	private final AccessReviewStore reviews;
	private final AuditLog audit;
	private final Clock clock;
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	ChildAccounts(UserAccounts users, UserSessions sessions, LoginThrottle throttle, AccessReviewStore reviews,
			AuditLog audit, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.throttle = throttle;
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new child account in the organisation, shown to staff by the child's first name: its id. */
	public UUID open(UUID organisationId, String displayName) {
		var name = new StringBuilder("kind-");
		for (int i = 0; i < 16; i++) {
			name.append(NAME_ALPHABET.charAt(RANDOM.nextInt(NAME_ALPHABET.length())));
		}
		var account = UserAccount.child(organisationId, name.toString(), displayName, Instant.now(clock));
		return users.save(account).getId();
	}

	/**
	 * Closes a child account of the organisation: deactivated, its sessions ended on every node. Closing a closed
	 * or unknown account does nothing; an account that is not a child's own is never touched here.
	 */
	public void close(UUID organisationId, UUID accountId) {
		users.findByIdAndOrganisationId(accountId, organisationId)
			.filter(ChildAccounts::childOwn)
			.ifPresent(account -> {
				if (account.getStatus() != UserStatus.DEACTIVATED) {
					account.deactivate();
					users.save(account);
				}
				sessions.end(account.getUsername(), null);
			});
	}

	/**
	 * The child the account was for has been erased: closed as by {@link #close}, and the child's first name it was
	 * shown by is gone. Only a child's own account is touched; a second call changes nothing.
	 */
	public void forget(UUID organisationId, UUID accountId) {
		close(organisationId, accountId);
		users.findByIdAndOrganisationId(accountId, organisationId)
			.filter(ChildAccounts::childOwn)
			.filter(account -> !ERASED_NAME.equals(account.getDisplayName()))
			.ifPresent(account -> {
				account.rename(ERASED_NAME);
				users.save(account);
			});
	}

	/**
	 * A child's login. {@code subject} names what is guessed (a keyed hash of the card's code, never the code), and
	 * is throttled with the request's address as a password login's account name is; {@code check} answers which
	 * account the code and pictures prove, if any. Only an active child's own account signs in; anything else fails
	 * the same way. On success the request has a new session (a new id: session fixation) holding the child.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Outcome signIn(String subject, Supplier<Optional<UUID>> check, HttpServletRequest request,
			HttpServletResponse response) {
		var attempt = throttle.begin("child-login:" + subject, request.getRemoteAddr());
		if (attempt.isEmpty()) {
			audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_THROTTLED, "child-login", null,
					AuditResult.DENIED);
			return Outcome.THROTTLED;
		}
		var account = check.get().flatMap(users::findById).filter(UserAccount::isActive).filter(ChildAccounts::childOwn);
		if (account.isEmpty()) {
			audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_FAILED, "child-login", null,
					AuditResult.FAILURE);
			return Outcome.WRONG;
		}
		throttle.succeeded(attempt.get());
		startSession(account.get().toCurrentUser(), request, response);
		return Outcome.SIGNED_IN;
	}

	/**
	 * A sign-in that cannot be right whatever the login (no code, or not a code's form): failed and audited like a
	 * wrong one, but not counted by the throttle, as a password login without a password is not a guess.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Outcome refuse() {
		audit.record(AuditLog.Actor.anonymous(null), AuditAction.LOGIN_FAILED, "child-login", null, AuditResult.FAILURE);
		return Outcome.WRONG;
	}

	private void startSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		signedIn.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		if (request.getSession(false) != null) {
			// whatever id the browser had before is worth nothing now
			request.changeSessionId();
		}
		var holder = SecurityContextHolder.getContextHolderStrategy();
		var context = holder.createEmptyContext();
		context.setAuthentication(signedIn);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		var now = Instant.now(clock);
		var session = request.getSession();
		session.setAttribute(AbsoluteSessionTimeout.LOGIN_AT, now.toEpochMilli());
		session.setAttribute(UserSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
		reviews.recordLogin(user.id(), now);
		audit.record(AuditLog.Actor.of(user), AuditAction.LOGIN_SUCCEEDED, "user", user.id(), AuditResult.SUCCESS);
	}

	/** A child's own account: role CHILD and nothing else, no password. */
	private static boolean childOwn(UserAccount account) {
		return account.getRoles().equals(EnumSet.of(Role.CHILD)) && account.passwordHash() == null;
	}

	/**
	 * A request of a user with the role CHILD alone for anything but the child's pages ({@code /kind}), the start page
	 * (which sends them there) and logging out: refused by the filter chain, so a child reaches no staff page, no
	 * account page (no password, no token, no second factor to manage) and no API, whatever a route declares.
	 */
	static final RequestMatcher OUTSIDE_CHILD_PAGES = request -> {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !child(authentication.getPrincipal())) {
			return false;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/") || path.equals("/logout") || path.equals("/error") || path.equals("/kind")
				|| path.startsWith("/kind/"));
	};

	/** Whether the signed-in user has the role CHILD alone: logging out leads back to the child's login. */
	static boolean child(@Nullable Object principal) {
		return principal instanceof CurrentUser user && user.roles().equals(EnumSet.of(Role.CHILD));
	}
}
