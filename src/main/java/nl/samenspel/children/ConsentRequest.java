package nl.samenspel.children;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** A consent to record: which guardian gives it, for what, and how. */
public record ConsentRequest(@NotNull @Nullable UUID guardianId, @NotNull @Nullable ConsentPurpose purpose,
		@NotNull @Nullable ConsentMethod method) {
}
