package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * Who a user of an organisation's OpenID Connect provider is in Samenspel: an account of that organisation only, the
 * one linked to their issuer and subject before, or the first time the one active account with the e-mail address the
 * provider vouches for ({@code email_verified}) and that no other user of the provider is linked to. Their roles are,
 * at every sign-in, the roles their groups map to (a change ends their other sessions). Only a provider in force
 * ({@link IdentityProviders#enabled}) signs anyone in; every refusal is audited for the organisation.
 */
@Service
@Transactional
class ProviderAccounts {

	static final String UNKNOWN_USER = "samenspel_unknown_user";
	static final String NO_ROLE = "samenspel_no_role";
	static final String NO_MFA = "samenspel_no_mfa";
	static final String UNAVAILABLE = "samenspel_provider_unavailable";

	private final IdentityProviders providers;
	private final IdentityProviderStore store;
	private final UserAccounts users;
	private final UserSessions sessions;
	private final AuditLog audit;
	private final Clock clock;

	ProviderAccounts(IdentityProviders providers, IdentityProviderStore store, UserAccounts users, UserSessions sessions,
			AuditLog audit, Clock clock) {
		this.providers = providers;
		this.store = store;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The organisation's account this provider's user signs in as, with the roles their groups map to now. Refused
	 * (and audited for the organisation) when no account matches or no group is mapped.
	 */
	@Transactional(noRollbackFor = OAuth2AuthenticationException.class)
	CurrentUser signIn(String registrationId, OidcUser oidc) {
		var provider = providers.enabled(registrationId).orElseThrow(() -> refused(UNAVAILABLE));
		// the sign-in stands in for the second factor (SecondFactorGate.passed): when the organisation demands it,
		// the provider must say it did more than a password
		if (!provider.multiFactorConfirmed(oidc.getIdToken().getClaims().get("amr"))) {
			audit.record(new AuditLog.Actor(provider.organisationId(), null, null, null), AuditAction.LOGIN_FAILED,
					"identity-provider", provider.id(), AuditResult.DENIED);
			throw refused(NO_MFA);
		}
		// the ID token's issuer was checked against this one; a change of issuer starts new links
		var issuer = provider.issuerUri();
		var subject = oidc.getSubject();
		var account = store.linkedUser(provider.organisationId(), issuer, subject)
			.flatMap(id -> users.findByIdAndOrganisationId(id, provider.organisationId()))
			.or(() -> byVerifiedEmail(provider, issuer, subject, oidc))
			.filter(UserAccount::isActive);
		if (account.isEmpty()) {
			audit.record(new AuditLog.Actor(provider.organisationId(), null, null, null), AuditAction.LOGIN_FAILED,
					"identity-provider", provider.id(), AuditResult.DENIED);
			throw refused(UNKNOWN_USER);
		}
		var user = account.get();
		var roles = provider.roles(groups(oidc.getClaims().get(provider.groupsClaim())));
		if (roles.isEmpty()) {
			audit.record(new AuditLog.Actor(provider.organisationId(), user.getId(), user.getUsername(), null),
					AuditAction.LOGIN_FAILED, "identity-provider", provider.id(), AuditResult.DENIED);
			throw refused(NO_ROLE);
		}
		if (!roles.equals(user.getRoles())) {
			user.changeRoles(roles);
			users.save(user);
			sessions.end(user.getUsername(), null);
			audit.record(new AuditLog.Actor(provider.organisationId(), user.getId(), user.getUsername(), null),
					AuditAction.ROLES_CHANGED, "user", user.getId(), AuditResult.SUCCESS);
		}
		var current = user.toCurrentUser();
		current.eraseCredentials();
		return current;
	}

	private Optional<UserAccount> byVerifiedEmail(IdentityProvider provider, String issuer, String subject,
			OidcUser oidc) {
		if (!Boolean.TRUE.equals(oidc.getEmailVerified()) || oidc.getEmail() == null || oidc.getEmail().isBlank()) {
			return Optional.empty();
		}
		var matches = users.findActiveByEmail(oidc.getEmail().strip()).stream()
			.filter(user -> user.getOrganisationId().equals(provider.organisationId()))
			.toList();
		// one account only, and not one already linked to another of this provider's users
		if (matches.size() != 1 || store.hasLink(matches.get(0).getId(), issuer)) {
			return Optional.empty();
		}
		var user = matches.get(0);
		store.link(provider.organisationId(), issuer, subject, user.getId(), Instant.now(clock));
		return Optional.of(user);
	}

	private static List<String> groups(@Nullable Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		if (claim instanceof String value) {
			return List.of(value);
		}
		return List.of();
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code), code);
	}
}
