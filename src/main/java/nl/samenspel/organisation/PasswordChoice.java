package nl.samenspel.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A new password, typed twice: when activating an account, after a reset, or when changing it (then with the
 * current one). The rules are {@link PasswordPolicy}'s, checked by {@link PasswordManagement}.
 */
public record PasswordChoice(@Nullable String currentPassword, @Nullable String password,
		@Nullable String confirmation) {
}
