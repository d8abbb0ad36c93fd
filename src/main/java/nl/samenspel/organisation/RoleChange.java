package nl.samenspel.organisation;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.Role;

/** The roles an ADMIN gives a user: at least one. */
public record RoleChange(@NotEmpty @Nullable Set<@NotNull Role> roles) {
}
