package nl.samenspel.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

/**
 * An organisation's own OpenID Connect provider: its ADMIN sets it up, changes its group-to-role mapping (audited)
 * or switches it off; another ADMIN approves each change. Which account a provider's user signs in as, and with which
 * roles, is {@link ProviderAccounts}'s.
 * <p>
 * Whoever controls the provider's settings decides who signs in as whom (the issuer vouches for e-mail addresses) and
 * with which roles (the mapping can give need-to-know roles), so the four-eyes rule of {@link RoleGrantManagement}
 * holds here too: every change of issuer, client, secret, groups claim, mapping or multi-factor demand, and switching
 * it on, leaves the
 * provider out of force until another active ADMIN of the organisation approves that change, never the one who made
 * it. Until then nobody signs in through it (not under the settings approved before either). Switching it off takes
 * effect at once. Changes and approvals are audited, and the other ADMINs and SAFEGUARDING_OFFICERs are told.
 */
@Service
@Transactional
public class IdentityProviders {

	private final IdentityProviderStore store;
	private final UserAccounts users;
	private final UserSessions sessions;
	private final Encryption encryption;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IdentityProviders(IdentityProviderStore store, UserAccounts users, UserSessions sessions, Encryption encryption,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.store = store;
		this.users = users;
		this.sessions = sessions;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation's provider for its ADMIN's page, without the secret. */
	@Transactional(readOnly = true)
	public Optional<IdentityProviderSettings> settings(UUID organisationId) {
		return store.ofOrganisation(organisationId).map(provider -> new IdentityProviderSettings(
				new IdentityProviderDetails(provider.shortName(), provider.issuerUri(), provider.clientId(), null,
						provider.groupsClaim(), IdentityProvider.format(provider.groupRoles()), provider.requireMfa()),
				provider.inForce(), provider.waitingForApproval(), provider.changeId(), provider.changedBy(),
				store.lastApproved(organisationId).orElse(null),
				approverAvailable(organisationId, provider.changedBy())));
	}

	/** Whether an active ADMIN of the organisation other than the one who made the change could approve it. */
	private boolean approverAvailable(UUID organisationId, UUID changedBy) {
		return users.findByOrganisationId(organisationId).stream()
			.filter(UserAccount::isActive)
			.filter(user -> user.getRoles().contains(Role.ADMIN))
			.anyMatch(user -> !user.getId().equals(changedBy));
	}

	/**
	 * Sets up or changes the organisation's provider, and switches it on: out of force until another ADMIN approves,
	 * unless only the short name changed on a provider in force.
	 */
	public void save(CurrentUser admin, IdentityProviderDetails details) {
		var shortName = details.shortName().strip().toLowerCase(Locale.ROOT);
		var issuer = issuer(details.issuerUri());
		var mapping = IdentityProvider.parse(details.groupRoles());
		if (store.shortNameTaken(shortName, admin.organisationId())) {
			throw new FieldRejected("shortName", "identityProvider.shortName.taken");
		}
		var existing = store.ofOrganisation(admin.organisationId());
		var secret = details.clientSecret() == null ? "" : details.clientSecret().strip();
		var id = existing.map(IdentityProvider::id).orElseGet(UUID::randomUUID);
		if (secret.isEmpty() && existing.isEmpty()) {
			throw new FieldRejected("clientSecret", "identityProvider.clientSecret.required");
		}
		var sealed = secret.isEmpty() ? existing.get().sealedSecret() : encryption.seal(secret, id);
		var changed = new IdentityProvider(id, admin.organisationId(), shortName, issuer, details.clientId().strip(),
				sealed, details.groupsClaim().strip(), mapping, Boolean.TRUE.equals(details.requireMfa()), true,
				Instant.now(clock), UUID.randomUUID(), admin.id(), null);
		// only a new short name (how people pick it on the login page) keeps a provider in force
		var keep = existing.filter(IdentityProvider::inForce)
			.filter(before -> secret.isEmpty() && before.sameAuthority(changed));
		var provider = keep.map(before -> new IdentityProvider(id, admin.organisationId(), shortName, before.issuerUri(),
				before.clientId(), before.sealedSecret(), before.groupsClaim(), before.groupRoles(), before.requireMfa(), true,
				changed.updatedAt(), before.changeId(), before.changedBy(), before.approvedBy()))
			.orElse(changed);
		try {
			if (existing.isPresent()) {
				store.update(provider);
			}
			else {
				store.insert(provider);
			}
		}
		catch (org.springframework.dao.DuplicateKeyException sameNameAtOnce) {
			throw new FieldRejected("shortName", "identityProvider.shortName.taken");
		}
		if (existing.isPresent()) {
			audit.record(AuditAction.UPDATED, "identity-provider", id, AuditResult.SUCCESS);
			if (!existing.get().groupRoles().equals(mapping)) {
				audit.record(AuditAction.ROLES_CHANGED, "identity-provider", id, AuditResult.SUCCESS);
			}
		}
		else {
			audit.record(AuditAction.CREATED, "identity-provider", id, AuditResult.SUCCESS);
			audit.record(AuditAction.ROLES_CHANGED, "identity-provider", id, AuditResult.SUCCESS);
		}
		if (keep.isEmpty()) {
			audit.record(AuditAction.ROLE_GRANT_REQUESTED, "identity-provider", id, AuditResult.SUCCESS);
			events.publishEvent(new IdentityProviderChanged(admin.organisationId(), id, admin.id()));
		}
	}

	/**
	 * Another ADMIN approves the waiting change (named, so that a change made since is never approved unseen): the
	 * provider is in force from now. Refused, and audited as denied, for the ADMIN who made the change.
	 */
	@Transactional(noRollbackFor = FieldRejected.class)
	public void approve(CurrentUser admin, @Nullable UUID changeId) {
		var provider = store.ofOrganisation(admin.organisationId())
			.filter(IdentityProvider::waitingForApproval)
			.filter(waiting -> waiting.changeId().equals(changeId))
			.orElseThrow(() -> new FieldRejected("approval", "identityProvider.approval.nothingWaiting"));
		if (provider.changedBy().equals(admin.id())) {
			audit.record(AuditAction.ROLE_GRANT_APPROVED, "identity-provider", provider.id(), AuditResult.DENIED);
			throw new FieldRejected("approval", "identityProvider.approval.otherAdmin");
		}
		if (!store.approve(admin.organisationId(), provider.changeId(), admin.id(), Instant.now(clock))) {
			throw new FieldRejected("approval", "identityProvider.approval.nothingWaiting");
		}
		audit.record(AuditAction.ROLE_GRANT_APPROVED, "identity-provider", provider.id(), AuditResult.SUCCESS);
		events.publishEvent(new IdentityProviderApproved(admin.organisationId(), provider.id(), admin.id()));
	}

	/**
	 * Switches the organisation's provider off at once (one ADMIN may: it takes access away): nobody signs in through
	 * it until an ADMIN saves it again and another approves.
	 */
	public void disable(CurrentUser admin) {
		var provider = store.ofOrganisation(admin.organisationId());
		if (provider.isPresent() && store.disable(admin.organisationId(), Instant.now(clock))) {
			audit.record(AuditAction.DEACTIVATED, "identity-provider", provider.get().id(), AuditResult.SUCCESS);
		}
	}

	/** Whether any organisation lets its people sign in through its own provider: the login page offers it then. */
	@Transactional(readOnly = true)
	public boolean anyEnabled() {
		return store.anyEnabled();
	}

	/** The registration id to sign in with for the organisation of this short name, if its provider is on. */
	@Transactional(readOnly = true)
	public Optional<String> registrationId(@Nullable String shortName) {
		if (shortName == null || shortName.isBlank() || shortName.length() > 40) {
			return Optional.empty();
		}
		return store.enabledByShortName(shortName.strip().toLowerCase(Locale.ROOT))
			.map(provider -> provider.id().toString());
	}

	/** The provider of a registration id, when it is in force (switched on, its last change approved). */
	@Transactional(readOnly = true)
	Optional<IdentityProvider> enabled(String registrationId) {
		UUID id;
		try {
			id = UUID.fromString(registrationId);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return store.byId(id).filter(IdentityProvider::inForce);
	}

	String secret(IdentityProvider provider) {
		return encryption.open(provider.sealedSecret(), provider.id());
	}

	/**
	 * The issuer as stored: an absolute https URL without query, fragment or user name; plain http only for this
	 * machine (a provider started by a test, or one behind a local proxy).
	 */
	static String issuer(String text) {
		URI uri;
		try {
			uri = new URI(text.strip());
		}
		catch (URISyntaxException e) {
			throw new FieldRejected("issuerUri", "identityProvider.issuerUri.invalid");
		}
		var local = Set.of("localhost", "127.0.0.1", "[::1]").contains(String.valueOf(uri.getHost()));
		if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			throw new FieldRejected("issuerUri", "identityProvider.issuerUri.invalid");
		}
		if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
			throw new FieldRejected("issuerUri", "identityProvider.issuerUri.https");
		}
		return uri.toString();
	}
}
