package nl.samenspel.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * Someone who signs in to Samenspel for one organisation, with one or more roles. Created by an invitation; active
 * once they chose a password through the activation link.
 */
@Table("app_user")
public class UserAccount {

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private final String username;
	private String displayName;
	private String email;
	private @Nullable String passwordHash;
	private String preferredLanguage;
	private UserStatus status;
	private final Instant createdAt;
	private final @MappedCollection(idColumn = "app_user_id") Set<RoleAssignment> roles;

	@Table("app_user_role")
	record RoleAssignment(Role role) {
	}

	UserAccount(UUID organisationId, String username, String displayName, String email, Set<Role> roles,
			String preferredLanguage, Instant createdAt) {
		this(UUID.randomUUID(), null, organisationId, username, displayName, email, null, preferredLanguage,
				UserStatus.INVITED, createdAt, new HashSet<>());
		changeRoles(roles);
	}

	@PersistenceCreator
	private UserAccount(UUID id, Long version, UUID organisationId, String username, String displayName, String email,
			@Nullable String passwordHash, String preferredLanguage, UserStatus status, Instant createdAt,
			Set<RoleAssignment> roles) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.preferredLanguage = preferredLanguage;
		this.status = status;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
	}

	/**
	 * A child's own account ({@link ChildAccounts}): role CHILD only, no e-mail address, no password ever, active at
	 * once. It signs in with the code and pictures of its login card, never with a password.
	 */
	static UserAccount child(UUID organisationId, String username, String displayName, Instant createdAt) {
		return new UserAccount(UUID.randomUUID(), null, organisationId, username, displayName, "", null, "nl",
				UserStatus.ACTIVE, createdAt, Set.of(new RoleAssignment(Role.CHILD)));
	}

	void changeRoles(Set<Role> newRoles) {
		roles.clear();
		newRoles.forEach(role -> roles.add(new RoleAssignment(role)));
	}

	void activate(String passwordHash) {
		if (status == UserStatus.DEACTIVATED) {
			throw new IllegalStateException("A deactivated account cannot be activated by a link");
		}
		this.passwordHash = passwordHash;
		this.status = UserStatus.ACTIVE;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** The name the account is shown by changes (an erased child's account forgets the child's name). */
	void rename(String displayName) {
		this.displayName = displayName;
	}

	void deactivate() {
		this.status = UserStatus.DEACTIVATED;
	}

	void reactivate() {
		this.status = passwordHash == null ? UserStatus.INVITED : UserStatus.ACTIVE;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, organisationId, username, displayName, getRoles(), preferredLanguage, passwordHash);
	}

	public UUID getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public UserStatus getStatus() {
		return status;
	}

	public boolean isActive() {
		return status == UserStatus.ACTIVE;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class)
				: roles.stream().map(RoleAssignment::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}
}
