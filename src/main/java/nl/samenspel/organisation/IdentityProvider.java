package nl.samenspel.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

/**
 * An organisation's own OpenID Connect provider: where its people sign in, and which of the provider's groups gives
 * which role. {@code sealedSecret} is the client secret as stored (sealed); only {@link IdentityProviders} opens it.
 * The registration id Spring Security sees is this row's {@link #id()}: stable, and no organisation's id.
 * Four eyes: {@code changeId} names the last change, made by {@code changedBy}; it is in force only when another
 * ADMIN approved it ({@code approvedBy}), see {@link #inForce()}.
 */
record IdentityProvider(UUID id, UUID organisationId, String shortName, String issuerUri, String clientId,
		String sealedSecret, String groupsClaim, Map<String, Set<Role>> groupRoles, boolean requireMfa, boolean enabled,
		Instant updatedAt, UUID changeId, UUID changedBy, @Nullable UUID approvedBy) {

	/**
	 * What an {@code amr} claim (RFC 8176) must name for a sign-in to count as more than a password, when
	 * {@link #requireMfa()}: multiple factors, a one-time code, a hardware or software key, a text message, a finger
	 * print or a face.
	 */
	static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk", "swk", "sms", "fpt", "face");

	/** Whether its people sign in through it: switched on, and the last change approved by an ADMIN who did not make it. */
	boolean inForce() {
		return enabled && approvedBy != null && !approvedBy.equals(changedBy);
	}

	/** Switched on, and the last change waiting for a second ADMIN. */
	boolean waitingForApproval() {
		return enabled && approvedBy == null;
	}

	/** Whether the other has the same settings that decide who signs in as whom with which roles (the secret apart). */
	boolean sameAuthority(IdentityProvider other) {
		return issuerUri.equals(other.issuerUri) && clientId.equals(other.clientId)
				&& groupsClaim.equals(other.groupsClaim) && groupRoles.equals(other.groupRoles)
				&& requireMfa == other.requireMfa;
	}

	/**
	 * Whether the ID token's {@code amr} claim lets this sign-in count as a second factor: always when the provider
	 * need not confirm it, else when it names one of {@link #MULTI_FACTOR_METHODS}.
	 */
	boolean multiFactorConfirmed(@Nullable Object amr) {
		if (!requireMfa) {
			return true;
		}
		if (amr instanceof java.util.Collection<?> methods) {
			return methods.stream().anyMatch(MULTI_FACTOR_METHODS::contains);
		}
		return amr instanceof String method && MULTI_FACTOR_METHODS.contains(method);
	}

	/** The roles the given groups map to; none when no group is mapped. */
	Set<Role> roles(Iterable<String> groups) {
		var roles = EnumSet.noneOf(Role.class);
		for (var group : groups) {
			roles.addAll(groupRoles.getOrDefault(group, Set.of()));
		}
		return roles;
	}

	/** The mapping as the form shows it and the table stores it: {@code group=ROLE}, one per line, sorted. */
	static String format(Map<String, Set<Role>> groupRoles) {
		return groupRoles.entrySet().stream()
			.flatMap(entry -> entry.getValue().stream().map(role -> entry.getKey() + "=" + role.name()))
			.sorted()
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Reads {@code group=ROLE} lines; blank lines are skipped. A line without a known role, or a group with characters
	 * a groups claim does not hold, is refused on the field.
	 */
	static Map<String, Set<Role>> parse(String text) {
		var mapping = new LinkedHashMap<String, Set<Role>>();
		for (var line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			var equals = line.lastIndexOf('=');
			if (equals <= 0) {
				throw new FieldRejected("groupRoles", "identityProvider.groupRoles.format");
			}
			var group = line.substring(0, equals).strip();
			var roleName = line.substring(equals + 1).strip().toUpperCase(java.util.Locale.ROOT);
			if (group.isEmpty() || group.length() > 200 || group.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
				throw new FieldRejected("groupRoles", "identityProvider.groupRoles.format");
			}
			Role role;
			try {
				role = Role.valueOf(roleName);
			}
			catch (IllegalArgumentException e) {
				throw new FieldRejected("groupRoles", "identityProvider.groupRoles.role");
			}
			mapping.computeIfAbsent(group, key -> EnumSet.noneOf(Role.class)).add(role);
		}
		if (mapping.isEmpty()) {
			throw new FieldRejected("groupRoles", "identityProvider.groupRoles.format");
		}
		return mapping;
	}
}
