package nl.samenspel.kernel;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as every module sees them: who they are, which organisation they act for and their roles.
 * Every query a module runs on behalf of a user is scoped to {@link #organisationId()}.
 * It lives in the session (stored in the database), so it holds no personal data beyond the display name.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final UUID organisationId;
	private final String username;
	private final String displayName;
	private final Set<Role> roles;
	private final String preferredLanguage;
	private @Nullable String passwordHash;

	public CurrentUser(UUID id, UUID organisationId, String username, String displayName, Set<Role> roles,
			String preferredLanguage, @Nullable String passwordHash) {
		this.id = Objects.requireNonNull(id);
		this.organisationId = Objects.requireNonNull(organisationId);
		this.username = Objects.requireNonNull(username);
		this.displayName = Objects.requireNonNull(displayName);
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.preferredLanguage = preferredLanguage;
		this.passwordHash = passwordHash;
	}

	/** The user of the current request, if one is signed in. */
	public static @Nullable CurrentUser current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		return null;
	}

	/** The user of the current request; fails when nobody is signed in (a programming error behind security). */
	public static CurrentUser required() {
		var user = current();
		if (user == null) {
			throw new IllegalStateException("No signed-in user for this request");
		}
		return user;
	}

	public UUID id() {
		return id;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}

	public String preferredLanguage() {
		return preferredLanguage;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + id + "]";
	}
}
