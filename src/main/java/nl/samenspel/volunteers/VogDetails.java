package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.samenspel.kernel.PlainText;

/**
 * The VOG a COORDINATOR saw: its issue date, the screening profile it was asked for ({@code OTHER} with the profile
 * typed in {@code otherProfile}), and a renewal date when it should come sooner than the policy says (empty: the
 * issue date plus the policy's years). Who checked it and when is the signed-in user, today.
 */
public record VogDetails(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
		@NotNull @Nullable ScreeningProfile profile, @Size(max = 80) @PlainText @Nullable String otherProfile,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate renewalDue) {
}
